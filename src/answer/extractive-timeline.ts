// A timeline request answered event by event (dates23): one cited point an event, in the asker's
// order, from the dated sentences of each event's own passages. The engine decides that a request
// is covered this way (`byEvent` in coverage-otherwise.ts); this module writes the answer.
import type { Citation, ScoredPassage } from "../types.ts";
import { renumberCitations } from "./citations.ts";
import { carriesAnswer, datesTo } from "./evidence.ts";
import { type AnswerShape, composeExtractive, type ExtractiveAnswer } from "./extractive.ts";
import { leansOnPrevious } from "./sentences.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";

/** The most dated sentences a timeline's point gives for one event. */
const EVENT_DATES = 2;

/** An event of a timeline request and the passages that date it (`eventsCovered`). */
export interface DatedEvent {
  event: string;
  passages: ScoredPassage[];
}

/** How the engine reads an event: its key terms and answer shape, and a text's terms. */
export interface TimelineReader {
  keyTermsFor(question: string): KeyTerm[];
  shapeOf(question: string, texts: readonly string[]): AnswerShape;
  /** Passage text, acronyms as written (the engine's `readText`). */
  readText(text: string): string[];
  /** Plain analysis, as a question's terms are read. */
  analyzeText(text: string): string[];
}

/** A sentence of an event's answer, with its citation. */
type CitedSentence = { text: string; c: Citation };

/** A point an event's answer may give: a dated sentence, or a pair leaning on a dated one. */
interface Candidate {
  group: CitedSentence[];
  /** What each sentence of the group names of the event, by the same order. */
  weights: number[];
  weight: number;
  order: number;
  terms: string[];
}

/** What a text names of an event's asked (not generic) key terms, and their weight. */
interface EventNaming {
  named(text: string): KeyTerm[];
  weightOf(text: string): number;
}

/**
 * A timeline covered event by event (`eventsCovered`), one point an event in the asker's order,
 * from the event's own when-answer: its dated sentences that name the event (or a sentence naming
 * it that leans on a dated one, given with it), those naming most of it first, at most
 * `EVENT_DATES`. A sentence that names two events is given for the one it names most of
 * ("On 14 December a coalition including … CDT … delivered … petition signatures" is the
 * petition's, not CDT's sign-on letter's).
 */
export function composeTimeline(
  events: readonly DatedEvent[],
  reader: TimelineReader,
): ExtractiveAnswer | undefined {
  const candidates: Candidate[][] = [];
  for (const { event, passages } of events) {
    const own = eventCandidates(event, passages, reader);
    if (!own) return undefined;
    candidates.push(own);
  }
  const owner = sentenceOwners(candidates);
  const points: string[] = [];
  const citations: Citation[] = [];
  const given = new Set<string>();
  candidates.forEach((own, e) => {
    const mine = own
      .filter(({ group }) => group.every(({ text }) => owner.get(text)?.event === e))
      .sort((x, y) => y.weight - x.weight || x.order - y.order);
    const point = pointSentences(chosenCandidates(mine), given, citations);
    if (point.length > 0) points.push(`- ${point.join(" ")}`);
  });
  if (points.length === 0) return undefined;
  return timelineAnswer(points, citations);
}

/**
 * The points an event's own when-answer offers, its dated sentences naming the event; undefined
 * where the event has no answer.
 */
function eventCandidates(
  event: string,
  passages: ScoredPassage[],
  reader: TimelineReader,
): Candidate[] | undefined {
  const { keyTermsFor, shapeOf, readText, analyzeText } = reader;
  const texts = passages.map(({ passage }) => passage.text);
  const { list: _, ...shape } = shapeOf(event, texts);
  const terms = keyTermsFor(event).map(withoutSenseWords);
  const reply = composeExtractive(passages, terms, readText, { ...shape, expected: "date" });
  if (!reply) return undefined;
  // (Weighed with the words of the same sense: "decided to publish" is the Council agreeing to
  // put the draft out.)
  const naming = eventNaming(
    keyTermsFor(event).filter((k) => !k.generic),
    analyzeText,
  );
  const cited = reply.sentences.flatMap((x) => {
    const c = reply.citations.find((c) => c.n === x.n);
    return c ? [{ text: x.text, c }] : [];
  });
  const own: Candidate[] = [];
  for (const i of cited.keys()) addCandidate(own, cited, i, naming);
  return own;
}

/** What a text names of the asked terms, read as a question's terms are. */
function eventNaming(asked: KeyTerm[], analyzeText: (text: string) => string[]): EventNaming {
  const named = (text: string) => {
    const words = new Set(analyzeText(text));
    return asked.filter((k) => containsTerm(words, k));
  };
  return { named, weightOf: (text) => named(text).reduce((sum, k) => sum + k.weight, 0) };
}

/**
 * The `i`th cited sentence as a point of its own, where dated (or leaning on a dated sentence,
 * given with it) and naming the event, or carried on with the point it leans on.
 */
function addCandidate(
  own: Candidate[],
  cited: readonly CitedSentence[],
  i: number,
  { named, weightOf }: EventNaming,
): void {
  const x = cited[i] as CitedSentence;
  const before = cited[i - 1];
  const dated = carriesAnswer(x.text, "date");
  const leans = before !== undefined && leansOnPrevious(x.text);
  if (!dated && !(leans && carriesAnswer(before.text, "date"))) return;
  const weight = weightOf(x.text);
  // (A sentence dated to the day, leaning on a point dated only to the year, carries that
  // point on: `carriedPoint`.)
  const carried = carriedPoint(own, before, x);
  if (carried) {
    carried.group.push(x);
    carried.weights.push(weight);
    return;
  }
  const group = leans && before ? [before, x] : [x];
  const weights = group.map(({ text }) => weightOf(text));
  if (weight > 0)
    own.push({ group, weights, weight, order: i, terms: named(x.text).map((k) => k.term) });
}

/**
 * Each sentence's event: the one that names most of it (the earlier on a tie), so that a point
 * only gives sentences of its own event. What a sentence names is its own: "The 2010
 * Plenipotentiary in Guadalajara then adopted Resolution 171." is Guadalajara's, though "It made
 * the CWG the official preparatory process…", leaning on it, names the Council Working Group.
 */
function sentenceOwners(
  candidates: readonly Candidate[][],
): Map<string, { event: number; weight: number }> {
  const owner = new Map<string, { event: number; weight: number }>();
  candidates.forEach((own, e) => {
    for (const { group, weights } of own) {
      for (const [k, { text }] of group.entries()) {
        const weight = weights[k] as number;
        const held = owner.get(text);
        if (!held || weight > held.weight) owner.set(text, { event: e, weight });
      }
    }
  });
  return owner;
}

/** An event's points chosen from its own, best first: at most `EVENT_DATES`, none overlapping. */
function chosenCandidates(mine: readonly Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  for (const candidate of mine) {
    if (chosen.length >= EVENT_DATES) break;
    const overlaps = candidate.group.some(({ text }) =>
      chosen.some(({ group }) => group.some((x) => x.text === text)),
    );
    // (A further date only for a word of the event the dates given do not name: "…off the
    // table" after "…a bloc text leaked", not a second sentence on the Council.)
    const adds = candidate.terms.some((t) => !chosen.some((c) => c.terms.includes(t)));
    if (!overlaps && (chosen.length === 0 || adds)) chosen.push(candidate);
  }
  return chosen;
}

/**
 * The chosen points' sentences in the answer's order, each cited (numbered after `citations`, to
 * which it is added) and given once in the whole timeline (`given`).
 */
function pointSentences(chosen: Candidate[], given: Set<string>, citations: Citation[]): string[] {
  const point: string[] = [];
  for (const { group } of chosen.sort((x, y) => x.order - y.order)) {
    for (const x of group) {
      if (given.has(x.text)) continue;
      given.add(x.text);
      const n = citations.length + 1;
      citations.push({ ...x.c, n });
      point.push(`${x.text} [${n}]`);
    }
  }
  return point;
}

/** The timeline's answer: its points, one a line, citations renumbered, and its words counted. */
function timelineAnswer(points: readonly string[], citations: Citation[]): ExtractiveAnswer {
  const { text, citations: numbered } = renumberCitations(points.join("\n"), citations);
  return {
    text,
    citations: numbered,
    termCoverage: 0,
    answersType: true,
    sentences: [],
    words: text.split(/\s+/).filter((w) => w !== "" && !/^\[\d+\]$/.test(w) && w !== "-").length,
  };
}

/**
 * The point that a sentence dated to the day carries on, where it leans on the sentence before it
 * and that sentence is a point of its own, alone, dated only by a year ("The only binding
 * international cybercrime instrument in 2012 was … the Budapest Convention." then "It was
 * opened for signature in Budapest on 23 November 2001 and entered into force on 1 July 2004."):
 * the point, naming more of the event, was chosen first, the pair overlapped it and was left out,
 * and the answer gave the scene's year, not the event's day (blindmiss31).
 */
function carriedPoint<T extends { group: { text: string }[] }>(
  own: T[],
  before: { text: string } | undefined,
  x: { text: string },
): T | undefined {
  if (before === undefined || !leansOnPrevious(x.text)) return undefined;
  if (!datesTo(x.text, "day") || datesTo(before.text, "day")) return undefined;
  return own.find(({ group }) => group.length === 1 && group[0]?.text === before.text);
}
