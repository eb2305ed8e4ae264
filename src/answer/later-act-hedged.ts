// A question asking two things whose later ask asks a new act of the first ask's subject ("when
// did ETNO float sender pays and when did they drop it", "…and when did they release the other
// prep docs") was covered whole by the first ask's paragraph and answered `partial` where that
// paragraph tells the later act only as hedged, denied or not done: "ETNO was reported to be
// considering WITHDRAWING it", "It did NOT RELEASE the other preparatory documents". The asked act
// did not happen as far as the notes tell, so the question is refused (`laterActHedged`).
//
// The hedge must govern the act's own verb: a negation, a modal, a denial, an intent or a request
// among the few words before the verb in its own clause (bounded by punctuation and by the words
// that open a clause). A hedge in another clause of the sentence ("When Spain ASKED whether that
// had been a vote, the Chair said it had NOT") leaves the act told (laterask32 read any hedge in
// the sentence and lost 71, then 14, in-scope answers). An act the paragraph never words is the
// asker's word for what it may tell otherwise, and is left alone.

import { AUXILIARY } from "../search/question-words.ts";
import { splitSentences, trimWord } from "../text.ts";
import type { AskTools } from "./asks-stated.ts";
import type { asksAndWindowPassage } from "./each-ask.ts";
import { taggedWords } from "./tagged-words.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";

/** The check failed by a question whose later act its paragraph tells only as hedged. */
export const LATER_ACT_HEDGED = "laterActHedged";

/**
 * Words that, before a verb in its clause, say its act was not done, not yet done or only
 * wanted: negations, modals of possibility, denials, intents and plans, requests ("urged the
 * conference not to launch…"). Not "would", "should" or "must": reported speech writes a plain
 * future or duty with them ("they noted that each country would still need to complete its own
 * domestic approval", in-3441, which laterask32 lost).
 */
const HEDGE =
  /^(?:not|never|n['’]t|\w+n['’]t|cannot|neither|nor|could|might|may|likely|unlikely|due|expected|considering|considered|planned|planning|plans|threatened|threatening|denied|denies|deny|denying|refused|refuses|urged|urging|hoped|intended|sought)$/i;

/**
 * Words by which an ask itself asks a hedge, a plan, a future or a view ("…who said it'd probably
 * get pulled", "…and what did he say he'd recommend", "…does he reckon it binds anyone?", in-2687):
 * its act is then asked as hedged, or as someone's reading, not as done.
 */
const ASK_HEDGE =
  /^(?:say|says|said|think|thinks|thought|reckon|reckons|believe|believes|argue|argues|argued|claim|claims|claimed|feel|feels|would|should|must|will|shall|\w+['’](?:d|ll)|(?:could|did|does|do|would|was|were|is|are|has|have|had|ca|wo|should)nt|probably|perhaps|possibly|supposed|meant|going|want|wanted|wants)$/i;

/**
 * A later ask opening on an auxiliary asks whether the act was done ("…, and did all of them
 * actually stand behind it"), not when or by whom: a denial or a negation is its answer ("Egypt
 * publicly denied ever supporting it"), so the ask is left to the other checks. A question word
 * asks of an act the asker takes as done, and only that is refused when the act is told hedged.
 */
const YES_NO_ASK = new RegExp(
  String.raw`^\W*(?:(?:and|but|so|or|also|then|plus)\s+)*(?:${AUXILIARY})\b`,
  "i",
);

/** Words that open a clause of their own: a hedge before them governs another verb. */
const CLAUSE_OPENER =
  /^(?:and|but|or|while|whereas|although|though|because|since|when|after|before|once|which|who|where|then|so|yet)$/i;

/** Punctuation after a word that ends its clause. */
const CLAUSE_END = /[,;:()–—]/;

/** How many words before the act's verb a hedge may stand ("had threatened to walk out"). */
const GOVERNING_WORDS = 5;

/**
 * Whether a question's later ask asks an act that the paragraph of the window covering the whole
 * question (its asks and that passage: `asksAndWindowPassage`) words only under a hedge governing it (see the module comment). Only a later ask set
 * apart as an ask (`asksAndWindowPassage`) and holding no hedge itself ("…and what did he say he'd
 * recommend" asks the hedge). Its act is each verb it writes, as the tagger reads it, that the
 * other asks do not write; a verb met nowhere in the paragraph is left alone.
 */
export function laterActHedged(
  read: ReturnType<typeof asksAndWindowPassage>,
  tools: Pick<AskTools, "keyTermsFor" | "analyzeText" | "readText">,
): boolean {
  if (read === undefined) return false;
  const { asks, passage } = read;
  const sentences = splitSentences(passage.text).map((s) => clauseWords(s.text, tools));
  return asks.some((ask, i) => {
    if (i === 0) return false;
    // (The word lists are read case-blind: a word's trim is all they need.)
    const words = ask.split(/\s+/).map(trimWord);
    if (words.some((w) => HEDGE.test(w) || ASK_HEDGE.test(w))) return false;
    if (YES_NO_ASK.test(ask)) return false;
    const others = new Set(asks.flatMap((a, j) => (j === i ? [] : tools.analyzeText(a))));
    const acts = actTerms(ask, tools).filter((k) => !others.has(k.term));
    if (acts.length === 0) return false;
    // (A sentence telling the act tells it of the ask's own thing, where the ask names one the
    // other asks do not: "…how many sigs did the coalition HAND IN" is not told by "a web page
    // where anyone could SUBMIT views", in-3643.)
    const things = thingTerms(ask, tools).filter((k) => !others.has(k.term));
    const telling = sentences.filter((words) => {
      const said = new Set(words.flatMap((w) => w.terms));
      return things.length === 0 || things.some((k) => containsTerm(said, k));
    });
    return acts.some((act) => {
      const meetings = telling.flatMap((words) =>
        words.flatMap((_, at) => (meetsAt(words, at, act) ? [governed(words, at)] : [])),
      );
      return meetings.length > 0 && meetings.every((hedged) => hedged);
    });
  });
}

/** One word of a sentence: its index terms, and whether its clause ends after it. */
interface ClauseWord {
  /** The word without the punctuation around it (`trimWord`). */
  bare: string;
  /** The tagger's negation split from a contraction ("didn't" → "did" and a negation). */
  negative: boolean;
  /** Read as a noun or a date ("in May 2013"): no modal, whatever its letters. */
  named: boolean;
  terms: string[];
  ends: boolean;
}

/** A sentence's words as the tagger reads them, each with its index terms. */
function clauseWords(sentence: string, tools: Pick<AskTools, "readText">): ClauseWord[] {
  return taggedWords(sentence).map((w) => ({
    bare: trimWord(w.text),
    negative: w.tags.includes("Negative"),
    named: ["Noun", "Date", "Month", "ProperNoun"].some((t) => w.tags.includes(t)),
    terms: tools.readText(w.text),
    ends: CLAUSE_END.test(w.post ?? ""),
  }));
}

/**
 * The ask's act: its first verb with a key term (not an auxiliary, nor a word after it the tagger
 * takes for a verb: "walk it BACK" asks no backing, in-2064): "when did they DROP it" → drop.
 */
function actTerms(ask: string, tools: Pick<AskTools, "keyTermsFor" | "analyzeText">): KeyTerm[] {
  const keys = tools.keyTermsFor(ask);
  for (const word of taggedWords(ask)) {
    if (!word.tags.includes("Verb") || word.tags.includes("Auxiliary")) continue;
    const terms = tools.analyzeText(word.text);
    const act = keys.find((k) => terms.includes(k.term));
    if (act) return [act];
  }
  return [];
}

/**
 * The things the ask names as the corpus does: its nouns (not its pronouns) as key terms the
 * corpus has, not common words ("…how many sigs did the COALITION hand in at the end of DUBAI"
 * → coalition, dubai; not "prep" of "the other prep docs", the asker's own word).
 */
function thingTerms(ask: string, tools: Pick<AskTools, "keyTermsFor" | "analyzeText">): KeyTerm[] {
  const nouns = new Set(
    taggedWords(ask)
      .filter((w) => w.tags.includes("Noun") && !w.tags.includes("Pronoun"))
      .flatMap((w) => tools.analyzeText(w.text)),
  );
  return tools
    .keyTermsFor(ask)
    .filter((k) => nouns.has(k.term) && !k.unseen && !k.unknown && !k.generic);
}

/** Whether the act is said at a word: the word, or it and the next two (a phrasal alternative). */
function meetsAt(words: readonly ClauseWord[], at: number, act: KeyTerm): boolean {
  const own = words[at]?.terms ?? [];
  if (
    !containsTerm(new Set(own), act) &&
    !act.alternatives.some((a) => a.some((t) => own.includes(t)))
  )
    return false;
  const span = new Set(words.slice(at, at + 3).flatMap((w) => w.terms));
  return containsTerm(span, act);
}

/** Whether a hedge stands among the few words before a verb, within its clause. */
function governed(words: readonly ClauseWord[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - GOVERNING_WORDS; i--) {
    const word = words[i] as ClauseWord;
    if (word.ends || CLAUSE_OPENER.test(word.bare)) return false;
    if (word.negative || (!word.named && HEDGE.test(word.bare))) return true;
  }
  return false;
}
