// A comparison's sides: after the best passage, each side it does not speak for is given by the
// passage saying most about that side, and a comparison answered in few words reads a second
// passage setting the sides side by side. Split out of `extractive.ts`, which calls these.
import { carriesAnswer } from "./evidence.ts";
import { continueArgument } from "./extractive-carried.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import { FURTHER_READING, type PassageView, passagesOf, type Sentence } from "./extractive-view.ts";
import { withoutListedItems } from "./side-listed.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * A side of a comparison is spoken for by the passage giving its view ("Hill argued that…", "RSF
 * said…"): a sentence naming the side and reporting a position or reasons counts this much more
 * than one naming the side in passing ("Hill later quotes the same wording as 'Article 7'"). Tuning
 * half (538 q): 0.802 → 0.804, compare 0.56 → 0.59; the same at 0.25 and 1.
 */
const SIDE_VIEW = 0.5;

/** A passage naming this many of a list's named items in its own sentences sets them out together. */
const ITEMS_SET_OUT = 2;

/**
 * A comparison sets out each side. After the best passage, a side it does not speak about gets the
 * best passage about that side (one naming it in a sentence, or in its title or headings): its most
 * telling sentences, with what they lean on, while the budget allows.
 */
export function pickSides(
  ranked: readonly PassageView[],
  shape: AnswerShape,
  relevance: (s: Sentence) => number,
  take: (s: Sentence, limit?: number) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
  further?: FurtherSides,
): void {
  const setsOut = itemsSetOut(ranked, shape);
  // (A list with sides keeps reading a heading naming a side as that side's, whatever else it
  // names: read strictly, seven lists' bullets changed and six of them went off the ask.)
  const told = further ? toldByContext : headedOrTold;
  for (let side = 0; side < shape.sides.length; side++) {
    if (isSpokenFor(picked, side, told)) continue;
    const view = sidePassage(ranked, shape, side, { relevance, setsOut, told });
    if (!view) {
      if (further)
        tellFromFurther(further, shape.sides[side] ?? [], side, { relevance, take, redundant });
      continue;
    }
    for (const s of sideSentences(view, side, relevance, redundant, told)) {
      if (take(s)) continueArgument(s, shape, take, picked);
    }
  }
}

/**
 * The passages a comparison's answer was given past the six it reads (the question's seventh and
 * eighth, each side's own search's), and what tells a side's compared thing: the question's key
 * terms that are no side's own (`topicKeys`), and the analyzer reading a sentence's series.
 */
export interface FurtherSides {
  views: readonly PassageView[];
  topicKeys: ReadonlySet<number>;
  analyzeText: Analyze;
}

/**
 * A side none of the six passages read says anything of is told from the further passages
 * ("parminder vs the itu's own pr on plen/3…": the ITU's framing ranked second, Parminder's
 * paragraph ninth): the sentence naming it in its own words, neither in passing nor only as a
 * short item of a series, that also names the compared thing (a key term no side holds): the one
 * holding most of the question, one sentence only. A side no such sentence tells gains nothing: a party the notes name elsewhere ("drafted by Access, CDT,
 * … Free Press and OpenMedia") is not given a sentence pretending to tell its view.
 */
function tellFromFurther(
  further: FurtherSides,
  sideTerms: readonly KeyTerm[],
  side: number,
  pick: {
    relevance: (s: Sentence) => number;
    take: (s: Sentence, limit?: number) => boolean;
    redundant: (s: Sentence) => boolean;
  },
): void {
  const { relevance, take, redundant } = pick;
  const tells = (s: Sentence) =>
    s.usable &&
    !redundant(s) &&
    s.sides.includes(side) &&
    !s.sidesInPassing?.includes(side) &&
    s.keys.some((k) => further.topicKeys.has(k)) &&
    !onlyListed(s, sideTerms, further.analyzeText);
  const best = further.views
    .flatMap((v) => v.sentences.filter(tells))
    .sort(
      (a, b) => relevance(b) - relevance(a) || a.view.rank - b.view.rank || a.index - b.index,
    )[0];
  if (best) take(best);
}

/** Whether the sentence writes the side only as a short item of a series ("…, Free Press and…"). */
function onlyListed(s: Sentence, sideTerms: readonly KeyTerm[], analyzeText: Analyze): boolean {
  const unlisted = new Set(analyzeText(withoutListedItems(s.display)));
  return !sideTerms.some((k) => containsTerm(unlisted, k));
}

/**
 * A list's items set out together: a passage whose own sentences name several of the items
 * the question lists ("Key provisions": the preamble…, Article 5A … "security…", Article 5B…)
 * tells each of them there, before an item's own section elsewhere does: 1 for the best passage
 * so, naming the side in a sentence of its own, else 0.
 * (Each in a sentence of its own: a series naming several, "…the Arab States group, the
 * Regional Commonwealth … (RCC, centred on Russia…)", names them in passing.)
 */
function itemsSetOut(
  ranked: readonly PassageView[],
  shape: AnswerShape,
): (v: PassageView, side: number) => number {
  const namedIn = (v: PassageView) =>
    new Set(v.sentences.filter((s) => s.usable && s.sides.length === 1).flatMap((s) => s.sides))
      .size;
  return (v, side) =>
    shape.list !== undefined &&
    v === ranked[0] &&
    shape.sides.length >= ITEMS_SET_OUT &&
    namedIn(v) >= ITEMS_SET_OUT &&
    v.sentences.some((s) => s.usable && s.sides.length === 1 && s.sides.includes(side))
      ? 1
      : 0;
}

/** Whether a sentence picked already speaks about the side, not only in passing. */
function isSpokenFor(picked: ReadonlySet<Sentence>, side: number, told: ToldByContext): boolean {
  return [...picked].some(
    (s) => (s.sides.includes(side) && !s.sidesInPassing?.includes(side)) || told(s, side),
  );
}

/** Whether a sentence tells a side by its passage's title or headings. */
type ToldByContext = (s: Sentence, side: number) => boolean;

/** A list's reading: any sentence under a title or heading naming the side tells it. */
function headedOrTold(s: Sentence, side: number): boolean {
  return s.view.sideContext.includes(side);
}

/**
 * A sentence tells a side by its passage's title or headings ("Spam … (Article 5B)") only where
 * they name that side alone and the sentence names no other side in its own words: under a note
 * titled with both sides ("the spam definition in the public draft vs what 5B ended up as"), or a
 * sentence naming another side ("…an African proposal also imagined…" in a note titled on the
 * Budapest Convention), the heading does not say whose the sentence is.
 */
function toldByContext(s: Sentence, side: number): boolean {
  return headedBySide(s.view, side) && s.sides.every((other) => other === side);
}

/** The passage's title or headings name the side and no other side. */
function headedBySide(v: PassageView, side: number): boolean {
  return v.sideContext.length === 1 && v.sideContext[0] === side;
}

/**
 * The passage saying most about the side: one setting the list's items out first, then an
 * item's own section, then the best by its value and how much it says about the side.
 */
function sidePassage(
  ranked: readonly PassageView[],
  shape: AnswerShape,
  side: number,
  reading: {
    relevance: (s: Sentence) => number;
    setsOut: (v: PassageView, side: number) => number;
    told: ToldByContext;
  },
): PassageView | undefined {
  const { relevance, setsOut, told } = reading;
  const aboutSide = (v: PassageView) => saidAboutSide(v, side, relevance, told);
  // In a list, an item's own section ("Russia's Document 27" for Russia) tells it first: a
  // passage naming it in passing ("…the RCC, centred on Russia…") says nothing of its own.
  // Tuning half (828 q): 0.853 -> 0.854 (a list of three actors' pushes and a two-bullet
  // comparison better, a list of a campaign's letters, statements and petition one point worse),
  // no trust figure moved.
  const ownSection = (v: PassageView) =>
    shape.list !== undefined && v.sideContext.includes(side) ? 1 : 0;
  return ranked
    .filter((v) => aboutSide(v) >= 0)
    .sort(
      (a, b) =>
        setsOut(b, side) - setsOut(a, side) ||
        ownSection(b) - ownSection(a) ||
        b.value + aboutSide(b) - (a.value + aboutSide(a)),
    )[0];
}

/**
 * How much a passage says about the side: how good it is, plus its best sentence naming it,
 * or any of its sentences when its headings name the side: under "Russia's Document 27" the
 * view is "It said states have a sovereign right…", which names no one. (Only sentences naming
 * the side counted, so the side's passage with no view spoke for it: tuning half (574 q)
 * 0.817 -> 0.818, compare 0.62 -> 0.64, words 82 / 115, no trust figure moved.) Below 0 for a
 * passage saying nothing about it.
 */
function saidAboutSide(
  v: PassageView,
  side: number,
  relevance: (s: Sentence) => number,
  told: ToldByContext,
): number {
  const headed = told === headedOrTold ? v.sideContext.includes(side) : headedBySide(v, side);
  return Math.max(
    headed ? 0 : -1,
    ...v.sentences
      .filter((s) => s.usable && (s.sides.includes(side) || told(s, side)))
      .map((s) => relevance(s) + (carriesAnswer(s.display, "reason") ? SIDE_VIEW : 0)),
  );
}

/** The side's most telling sentences first (naming it, holding the question's terms). */
function sideSentences(
  view: PassageView,
  side: number,
  relevance: (s: Sentence) => number,
  redundant: (s: Sentence) => boolean,
  told: ToldByContext,
): Sentence[] {
  return view.sentences
    .filter((s) => s.usable && !redundant(s))
    .filter((s) => s.sides.includes(side) || (told(s, side) && relevance(s) > 0))
    .sort(
      (a, b) =>
        Number(b.sides.includes(side)) +
          relevance(b) -
          Number(a.sides.includes(side)) -
          relevance(a) || a.index - b.index,
    );
}

/**
 * A comparison answered in a few words by one passage setting the sides side by side often has a
 * second such passage (before and after the event; two notes on one dispute): the next passage
 * retrieval found that names every side in its own sentences gives those sentences too. With the
 * engine reading a side that names someone as that name ("Kramer", not "Kramer spin"), tuning half
 * (538 q): 0.804 → 0.806, compare 0.59 → 0.63, words unchanged; either alone moved nothing.
 */
export function readAnotherComparison(
  ranked: readonly PassageView[],
  sideCount: number,
  topScore: number,
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  const used = passagesOf(picked);
  const namesEvery = (v: PassageView) =>
    Array.from({ length: sideCount }, (_, side) => side).every((side) =>
      v.sentences.some((s) => s.usable && s.sides.includes(side)),
    );
  const next = ranked.find(
    (v) => !used.includes(v) && v.scored.score >= FURTHER_READING.score * topScore && namesEvery(v),
  );
  if (!next) return;
  for (const s of next.sentences) {
    if (s.usable && s.sides.length > 0 && !picked.has(s) && !redundant(s)) take(s);
  }
}
