// A yes-no answer's neighbouring paragraph: the detail a settled verdict leaves out (who, when,
// how many) is often told in the next or the previous paragraph of the same note, under its own
// heading, in words that do not repeat the question's. Split out of `extractive.ts`, which calls it.
import { MAX_PASSAGES } from "./extractive-read-on.ts";
import { FURTHER_READING, type PassageView, passagesOf, type Sentence } from "./extractive-view.ts";

/**
 * The paragraphs of the best passage's own document next to it (ordinal one before or after),
 * among the passages read, valued and scored as a further passage must be (`FURTHER_READING`),
 * best valued first.
 */
export function neighbourParagraphs(
  best: PassageView,
  ranked: readonly PassageView[],
  topScore: number,
): PassageView[] {
  const { documentId, ordinal } = best.scored.passage;
  return ranked
    .filter(
      (v) =>
        v !== best &&
        v.scored.passage.documentId === documentId &&
        Math.abs(v.scored.passage.ordinal - ordinal) === 1 &&
        v.value >= FURTHER_READING.value * best.value &&
        v.scored.score >= FURTHER_READING.score * topScore,
    )
    .sort((a, b) => b.value - a.value);
}

/**
 * A yes-no answer takes one sentence from the best passage's neighbouring paragraphs
 * (`neighbourParagraphs`): the most relevant one (earliest on a tie) holding the share of the
 * question a further passage's sentence needs (`FURTHER_READING.sentenceShare`) and naming a
 * question term itself (not only through its note's title), with what it leans on, within the answer's budget and the passage cap. No required term is asked of it: the
 * paragraph goes on about the subject of the one answering, so its detail need not name the
 * question again ("News reports said the 55 included … countries still consulting their
 * capitals" beside "no EU Member State signed in Dubai"). One sentence only: reading each
 * neighbour's every such sentence added background to a dozen tuning answers for the same two
 * answers mended.
 */
export function readOnInNeighbour(
  best: PassageView,
  ranked: readonly PassageView[],
  topScore: number,
  relevance: (s: Sentence) => number,
  take: (s: Sentence) => boolean,
  redundant: (s: Sentence) => boolean,
  picked: ReadonlySet<Sentence>,
): void {
  for (const view of neighbourParagraphs(best, ranked, topScore)) {
    const read = passagesOf(picked);
    if (!read.includes(view) && read.length >= MAX_PASSAGES) continue;
    const next = view.sentences
      .filter((s) => s.usable && s.keys.length > 0 && !picked.has(s) && !redundant(s))
      .filter((s) => relevance(s) >= FURTHER_READING.sentenceShare)
      .sort((a, b) => relevance(b) - relevance(a) || a.index - b.index)[0];
    if (next && take(next)) return;
  }
}
