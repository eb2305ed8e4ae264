// The passages an answer reads, beyond those the coverage decision read: each side of a
// comparison's own, the one stating what the question asks about first, and for a list or a
// question on what a work says, the next best of the question's retrieval.
import type { QuestionAnalysis } from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import { comparedTopic, type Search } from "./coverage-otherwise.ts";
import type { Deadline } from "./deadline.ts";
import { LIST_ANSWER_PASSAGES } from "./limits.ts";
import type { Retrieve } from "./llm-contract.ts";

/** Passages retrieved for each side of a comparison. */
const SIDE_PASSAGES = 2;
/** A side's best passage scores this share of the question's best. */
const SIDE_SCORE_SHARE = 0.85;

/**
 * A comparison needs each side's own passages: retrieval for the whole question may find one
 * side's and miss the other's. Each side is searched with the question's topic ("the American
 * positions on spam in the treaty") and its best passages join the question's, scored below the
 * question's best so they do not displace it.
 */
export async function withEachSide(
  passages: ScoredPassage[],
  analysis: QuestionAnalysis,
  searchSide: Search,
): Promise<ScoredPassage[]> {
  if (analysis.kind !== "compare" || analysis.sides.length < 2) return passages;
  const topic = comparedTopic(analysis);
  const top = passages[0]?.score ?? 1;
  const seen = new Set(passages.map((p) => p.passage.id));
  const lead = passages.slice(0, SIDE_PASSAGES);
  const added: ScoredPassage[] = [];
  for (const side of analysis.sides) {
    const found = (await searchSide(`${side} ${topic}`)).slice(0, SIDE_PASSAGES);
    const sideTop = found[0]?.score ?? 1;
    for (const p of found) {
      if (seen.has(p.passage.id)) continue;
      seen.add(p.passage.id);
      added.push({ ...p, score: SIDE_SCORE_SHARE * top * (p.score / sideTop) });
    }
  }
  return [...lead, ...added, ...passages.slice(SIDE_PASSAGES)];
}

/**
 * The passages with the one that states what the question asks about first, where coverage found
 * it beyond the top five: the answer is read from the place that answers.
 */
export function subjectFirst(passages: ScoredPassage[], id: string | undefined): ScoredPassage[] {
  const at = id === undefined ? -1 : passages.findIndex((p) => p.passage.id === id);
  if (at < 0) return passages;
  const lead = passages[at] as ScoredPassage;
  const top = passages[0]?.score ?? lead.score;
  return [{ ...lead, score: top }, ...passages.filter((_, i) => i !== at)];
}

/**
 * The answer reads on past the passages the coverage decision read: the next best of the
 * question's retrieval, with up to `perDocumentCap` from one document, after the first ones,
 * whose order stays as retrieval gave it (so "closest sources" and the retrieval figures read
 * the same passages). Never a passage about another thing (`otherThingPassageIds`). Coverage is
 * decided before, on the first passages alone.
 *
 * A list (`LIST_PER_DOCUMENT_CAP`, twelve passages in all): its items are often spread over
 * several paragraphs of one note. A question on what a work says ("What does the CDT paper
 * say?", no cap): every section of the note on the work names it, and those identifying it (its
 * link, its date, its authors) may outrank those saying what it argues; the extractive answer
 * takes from the further ones only sections headed with what the work says.
 */
export async function readOn(
  retrieve: Retrieve,
  passages: ScoredPassage[],
  query: string,
  otherThings: ReadonlySet<string>,
  deadline: Deadline | undefined,
  read: { perDocumentCap: number; total?: number },
): Promise<ScoredPassage[]> {
  if (read.total !== undefined && passages.length >= read.total) return passages;
  const found = await retrieve(query, LIST_ANSWER_PASSAGES, {
    perDocumentCap: read.perDocumentCap,
    ...(deadline ? { signal: deadline.signal } : {}),
  });
  const all = [...passages, ...notYetRead(found, passages, otherThings)];
  return read.total !== undefined ? all.slice(0, read.total) : all;
}

/**
 * A list counting a kind over the whole record ("every leak our notes mention") reads on, after
 * its twelve passages, in the passages a search of the kind's words alone finds (`KIND_PASSAGES`,
 * at most `KIND_PER_DOCUMENT` a note): each item is told where its own story is, in a paragraph
 * the question's other words rank low ("…language of this kind appeared in Russia's draft
 * proposals leaked in June 2012" in the note on security). They come with no score of their own
 * (another query's scores do not compare), so they give a point only where the list reads on for
 * its kind (`kindRound`, extractive-list.ts), never a lead or a point of the usual rounds.
 */
export async function withKindPassages(
  retrieve: Retrieve,
  passages: ScoredPassage[],
  kind: string,
  otherThings: ReadonlySet<string>,
  deadline: Deadline | undefined,
): Promise<ScoredPassage[]> {
  const found = await retrieve(kind, KIND_PASSAGES, {
    perDocumentCap: KIND_PER_DOCUMENT,
    ...(deadline ? { signal: deadline.signal } : {}),
  });
  const added = notYetRead(found, passages, otherThings).map((p) => ({ ...p, score: 0 }));
  return [...passages, ...added];
}

/** The passages found that are not read already and not about another thing. */
function notYetRead(
  found: readonly ScoredPassage[],
  passages: readonly ScoredPassage[],
  otherThings: ReadonlySet<string>,
): ScoredPassage[] {
  const seen = new Set(passages.map((p) => p.passage.id));
  return found.filter((p) => !seen.has(p.passage.id) && !otherThings.has(p.passage.id));
}

/** Passages a search of a list's kind alone may add (`withKindPassages`). */
export const KIND_PASSAGES = 6;
/** Most of them from one note. */
const KIND_PER_DOCUMENT = 2;
