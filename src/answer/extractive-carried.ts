// Carrying a chosen sentence on: the sentences after it in its paragraph that belong to the same
// statement ("He said…", "Instead, those solutions…", a verdict's grounds, an announced list's
// items) come along with it. Split out of `extractive.ts`, which calls it for every kind of answer.

import { isCommonWord } from "./common-words.ts";
import { hasSpecificCue } from "./evidence.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import type { Sentence } from "./extractive-view.ts";
import { opensNextStep } from "./method-steps.ts";
import { carriesArgumentOn } from "./sentences.ts";

/**
 * The sentences that carry on from a chosen one ("Instead, those solutions will emerge from…",
 * "He said…", "It says Member States 'should endeavour'…") belong to the same statement: they come
 * along while the budget allows; for a question wanting reasons, a name, a number or a date, while
 * they give one. A method has no words of its own ("They noted that a draft used the word dozens
 * of times…" continues how critics described it): requiring the method cue there cut such answers
 * short (tuning 0.863 → 0.864). Carrying on only for reasons and methods (as before) left a side of
 * a comparison without its argument ("Kramer accepted that spam is a serious problem…" without
 * "His concern was…") and a description without what its subject says ("Article 5B is headed…"
 * without "It says Member States 'should endeavour'…"): for every kind, tuning half (538 q)
 * 0.806 → 0.808 (fact 0.86 → 0.87; for comparisons alone, compare 0.53 → 0.54), p90 words 112 →
 * 114, no coverage figure moved.
 */
export function continueArgument(
  s: Sentence,
  shape: AnswerShape,
  take: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  carryOn(s, take, picked, (next, current) => {
    // An announced item carries on from its announcement ("The blog post gives the paper's
    // overall thesis." before the thesis), as from the item before it.
    const announced =
      next.itemOf !== undefined && next.itemOf === (current.itemOf ?? current.index);
    // A why answer's quoted reason goes on to the same speaker's next ground though it does not
    // point back ("…a poor fit for centralised, government-dominated ITU policymaking." then "The
    // field needs agility, and workable fixes are more likely to come from multi-stakeholder
    // efforts…"): a note's paragraph states one argument, ground after ground. Only a sentence
    // giving a reason or position that names no one the quoted sentence does not: "NTIA head
    // Larry Strickling said…" after Genachowski is another speaker. Tuning half (1,402 q, why21):
    // why 0.857 -> 0.866 (one answer 0.33 -> 1.00; five more give a further ground, none worse),
    // words 118 / 150, no trust figure moved; without the names test, three answers took another
    // speaker's sentence ("The Benton Foundation's summary…" for RSF's view).
    const reasonGoesOn =
      shape.expected === "reason" &&
      next.leansOn === undefined &&
      next.carries &&
      (namesNoOneNew(next.display, current.display) ||
        (VERDICT.test(current.display) &&
          namesNoOneNew(openingWords(next.display), current.display)));
    // (It leans on this sentence, or on one the answer already holds: "The group also floated…"
    // on the sentence naming the group, two before it.)
    const leansOnHeld =
      next.leansOn !== undefined &&
      (next.leansOn === current.index ||
        picked.has(current.view.sentences[next.leansOn] as Sentence));
    // A how answer's story goes on to its next act, which names no question word and points back
    // at nothing but opens placed in time or telling the outcome (`opensNextStep`).
    const stepGoesOn =
      shape.expected === "method" &&
      shape.steps === true &&
      next.leansOn === undefined &&
      opensNextStep(next.display);
    if (!leansOnHeld && !announced && !reasonGoesOn && !stepGoesOn) return false;
    // A reason is told in reason words (a name, a number, a date likewise); a method or a
    // description in any ("They noted that the draft…").
    // An argument's next step or its conclusion ("Moreover, …", "Instead, …", "The exact count is
    // therefore uncertain and depends on whether later signatures are included.") carries the
    // reasons on in words of its own, and a why answer had stopped before it. Tuning half (1,402
    // q, why21): why 0.852 -> 0.857 (one answer 0.67 -> 1.00), no other answer changed.
    const argued = shape.expected === "reason" && carriesArgumentOn(next.display);
    return !hasSpecificCue(shape.expected) || next.carries || argued;
  });
}

/**
 * Carries `s` on through the sentences after it in its paragraph: each usable next sentence that
 * `goesOn` admits (read beside the sentence before it) comes along, by `take` unless the answer
 * already holds it (`picked`), until one is not admitted or not taken. The loop of
 * `continueArgument` and of a list point's `continuePoint` (`extractive-list.ts`).
 */
export function carryOn(
  s: Sentence,
  take: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
  goesOn: (next: Sentence, current: Sentence) => boolean,
): void {
  let current = s;
  for (;;) {
    const next = current.view.sentences[current.index + 1];
    if (!next?.usable || !goesOn(next, current)) return;
    if (!picked.has(next) && !take(next)) return;
    current = next;
  }
}

/**
 * A verdict on something ("Access described the final text as mixed.", "X called it a win"), whose
 * grounds the next sentence of the paragraph gives in the same voice: "The most dangerous proposals
 * had been dropped, but vague provisions could still be used to justify more Internet regulation."
 * A name further into that sentence is what the grounds are about, not a new speaker, who would
 * open it ("NTIA head Larry Strickling said…"), so after a verdict only its opening words
 * (`openingWords`) are read for names. Tuning half (1,606 q): why 0.87 -> 0.88, one answer
 * 0 -> 1.00 (in-734), no other answer changed.
 */
const VERDICT =
  /\b(?:describ(?:ed|es)|call(?:ed|s)|term(?:ed|s)|judg(?:ed|es)|rated|dubbed|branded)\b[^.;]*?\bas\b|\b(?:call(?:ed|s)|dubbed|branded|termed) (?:it|them|the|this|that)\b/i;

/** The first words of a sentence, where a new speaker is named. */
function openingWords(sentence: string): string {
  return sentence.trimStart().split(/\s+/).slice(0, 6).join(" ");
}

/** Every name a sentence gives (a capitalised word, the first one unless common) the other gives too. */
export function namesNoOneNew(sentence: string, before: string): boolean {
  const words = sentence.match(/\p{Lu}[\p{L}\p{N}'’-]*/gu) ?? [];
  return words.every(
    (word, i) =>
      (i === 0 && sentence.trimStart().startsWith(word) && isCommonWord(word)) ||
      before.includes(word),
  );
}
