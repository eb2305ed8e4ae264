// A further passage's sentence answering the question, read though it names no new question word.
//
// After the best passage, a further passage's sentence is taken only when it adds a key term the
// answer lacks (`usefulMore` in `extractive.ts`), and only from a passage retrieval scored at
// least `FURTHER_READING.score` of the top one. Both cut-offs keep background out, but they also
// drop the sentence that states the answer in a passage retrieval ranked among its first five:
// 'Article 5B is headed "Unsolicited bulk electronic communications", avoiding the word "spam".'
// names only the spam and the article, which the best paragraph already named (for "what was the
// spam article finally called…?"); "Genachowski said the outcome created a new layer of international Internet
// regulation…" (for "why was the FCC chairman so down on how Dubai turned out?") sits in a
// paragraph retrieval scored at 0.43 of the top, under its words about Strickling and Kramer.
//
// Here a sentence of a passage among the first five retrieved, valued at least
// `FURTHER_READING.value` of the best, is taken when it carries the kind of answer asked and is
// about the question's subject (`answers`), holds `FURTHER_READING.sentenceShare` of the key-term
// weight, names every one of the question's required terms itself (two or more: one shared word
// is no topic), says nothing the answer says already (`redundant`), and fits the room the
// answer has left after every other reading; it brings in a new passage only while the answer
// quotes fewer than `MAX_PASSAGES`. Tuning half (2,920 q): recall 0.8676 -> 0.8683 (in-2001 and
// in-2636 up, none down), words 119 / 149 and every trust figure unchanged, held-out detail
// unchanged; with one required term enough (two in a passage valued under 0.8) 78 texts changed,
// most of them longer for nothing, and a held-out answer moved.
//
// Not for lists, comparisons or yes-no answers, which read on by rules of their own, nor for
// counts, dates and lengths of time: another passage's figure is often another thing's ("Back
// then 112 countries attended…" for "how many joined the US in not signing?"), and a count gets
// another source's own count by `givesAnotherCount` in `extractive.ts`.
import { MAX_PASSAGES, MIN_SENTENCE_TERMS } from "./extractive-read-on.ts";
import type { AnswerShape } from "./extractive-shape.ts";
import { FURTHER_READING, type PassageView, passagesOf, type Sentence } from "./extractive-view.ts";

/** Passages retrieval ranked this high are read for an answering sentence (the top five). */
export const ANSWERING_RANKS = 5;

export interface AnsweringContext {
  /** Passages in the order judged best, the best first. */
  ranked: readonly PassageView[];
  shape: AnswerShape;
  picked: Set<Sentence>;
  /** Indexes of the question's required terms. */
  required: ReadonlySet<number>;
  relevance: (s: Sentence) => number;
  redundant: (s: Sentence) => boolean;
  take: (s: Sentence) => boolean;
}

/** Names each of the question's required terms itself (two or more of them). */
function statesEveryRequired(s: Sentence, required: ReadonlySet<number>): boolean {
  return [...required].every((k) => s.keys.includes(k));
}

/** Whether the answer reads further passages for their answering sentences (see above). */
export function readsAnswering(shape: AnswerShape): boolean {
  return (
    !shape.list &&
    shape.sides.length < 2 &&
    !["yes-no", "number", "date", "duration"].includes(shape.expected)
  );
}

/** Takes each further passage's answering sentence that fits (see the module comment). */
export function takeAnsweringSentences(context: AnsweringContext): void {
  const { ranked, shape, picked, required, relevance, redundant, take } = context;
  if (!readsAnswering(shape)) return;
  const best = ranked[0];
  if (!best) return;
  if (required.size < MIN_SENTENCE_TERMS) return;
  for (const view of ranked.slice(1)) {
    if (view.rank >= ANSWERING_RANKS) continue;
    if (view.value < FURTHER_READING.value * best.value) continue;
    const quoted = view.sentences.some((s) => picked.has(s));
    if (!quoted && passagesOf(picked).length >= MAX_PASSAGES) continue;
    const candidates = view.sentences
      .filter((s) => s.usable && !picked.has(s) && s.answers && s.carries)
      .filter((s) => relevance(s) >= FURTHER_READING.sentenceShare)
      .filter((s) => statesEveryRequired(s, required))
      .sort((a, b) => relevance(b) - relevance(a));
    for (const s of candidates) {
      if (redundant(s)) continue;
      if (!view.sentences.some((x) => picked.has(x)) && passagesOf(picked).length >= MAX_PASSAGES) {
        break;
      }
      take(s);
    }
  }
}
