// The sentences of an answer, as shown, that point back by "this/these X" at nothing the answer
// states (issue #12: never a sentence whose referent is not in the answer). Read from the answer's
// text and the passages its markers cite, with orph41's reading of the phrase
// (`demonstrative-referent.ts`), so that `npm run eval` counts them for any answer and a rule is
// judged on them as well as on recall.
//
// A sentence's referent is stated when a word of its phrase is named earlier in the answer or in
// its own sentence ("filed comments… these comments"), or when the answer quotes, ahead of it, the
// sentence before it in its passage. A sentence opening its paragraph points at its document's
// subject ("Reporters Without Borders argued that governments cannot block this traffic…", first in
// the note on spam): that is stated where the question or the answer ahead of it names a word of
// the document's title. A sentence whose passage is not found is judged on its words alone.
import { analyze } from "../search/analyze.ts";
import { splitSentences, stripTrailingMarkers } from "../text.ts";
import type { Answer, ScoredPassage } from "../types.ts";
import { type PointingPhrase, pointingPhrase } from "./demonstrative-referent.ts";
import { displaySentence, isFragment } from "./sentences.ts";

/** What of an answer the count reads. */
export type ShownAnswer = Pick<Answer, "text" | "citations" | "passages">;

/** A sentence of the answer as shown, with the markers citing it. */
interface ShownSentence {
  display: string;
  refs: number[];
  /** Where it stands in the answer's text. */
  start: number;
  end: number;
}

/** Where a quoted sentence stands in its passage. */
interface SourcePlace {
  /** The usable sentence before it in its passage (display form), if any. */
  before?: string;
  title: string;
  source: { scored: ScoredPassage; index: number };
}

/** The answer's sentences (display form) whose "this/these X" points at nothing it states. */
export function orphanSentences(answer: ShownAnswer, question: string): string[] {
  return shownOrphans(answer, question).map((o) => o.display);
}

/** An answer's sentence pointing back at nothing the answer states, with where it is quoted from. */
export interface ShownOrphan {
  /** The sentence as shown (display form) and where it stands in the answer's text. */
  display: string;
  start: number;
  end: number;
  phrase: PointingPhrase;
  /** The passage it is quoted from, and its index among that passage's sentences. */
  source?: { scored: ScoredPassage; index: number };
}

/** The answer's sentences whose "this/these X" points at nothing it states, in order. */
export function shownOrphans(answer: ShownAnswer, question: string): ShownOrphan[] {
  const shown = shownSentences(answer.text);
  const asked = new Set(analyze(question));
  const orphans: ShownOrphan[] = [];
  shown.forEach((s, i) => {
    const phrase = pointingPhrase(s.display);
    if (phrase === undefined) return;
    const ahead = shown.slice(0, i).map((b) => b.display);
    const place = sourcePlace(s, answer);
    if (referentStated(s, phrase, ahead, place, asked)) return;
    const { display, start, end } = s;
    orphans.push({ display, start, end, phrase, ...(place ? { source: place.source } : {}) });
  });
  return orphans;
}

/** Whether the answer ahead of `s` (or `s` itself, before its phrase) states what it points at. */
function referentStated(
  s: ShownSentence,
  phrase: PointingPhrase,
  ahead: readonly string[],
  place: SourcePlace | undefined,
  asked: ReadonlySet<string>,
): boolean {
  const named = new Set(analyze(s.display.slice(0, phrase.at)));
  for (const b of ahead) for (const t of analyze(b)) named.add(t);
  if (analyze(phrase.words.join(" ")).some((t) => named.has(t))) return true;
  if (place === undefined) return false;
  if (place.before !== undefined) return ahead.includes(place.before);
  return analyze(place.title).some((t) => asked.has(t) || named.has(t));
}

/** The answer's sentences in order: list bullets, markers and emphasis taken off. */
function shownSentences(text: string): ShownSentence[] {
  return splitSentences(text)
    .map((span) => {
      const { text: bare, refs } = stripTrailingMarkers(span.text);
      const display = displaySentence(bare.replace(/^\s*(?:[-•*]|\d+\.)\s+/, ""));
      return { display, refs, start: span.start, end: span.end };
    })
    .filter((s) => s.display !== "");
}

/** The passage a sentence's markers cite that quotes it, and the sentence before it there. */
function sourcePlace(s: ShownSentence, answer: ShownAnswer): SourcePlace | undefined {
  for (const n of s.refs) {
    const cited = answer.citations.find((c) => c.n === n);
    const scored = answer.passages.find((p) => p.passage.id === cited?.passageId);
    const place = scored && placeIn(s.display, scored);
    if (place) return place;
  }
  return undefined;
}

function placeIn(display: string, scored: ScoredPassage): SourcePlace | undefined {
  const spans = splitSentences(scored.passage.text);
  const at = spans.findIndex((span) => shownForm(span.text) === display);
  if (at < 0) return undefined;
  const before = spans
    .slice(0, at)
    .filter((span) => !isFragment(span.text))
    .pop();
  return {
    ...(before ? { before: shownForm(before.text) } : {}),
    title: scored.document.title,
    source: { scored, index: at },
  };
}

/** A passage's sentence as an answer shows it. */
function shownForm(sentence: string): string {
  return displaySentence(stripTrailingMarkers(sentence).text);
}
