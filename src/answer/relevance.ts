// The relevance floor: does the corpus cover this question at all? BM25 scores are unnormalized
// (they grow with corpus size, query length and field weights), so the floor is a share of the
// question instead: the IDF-weighted fraction of its key terms found in one of the top passages.
import type { ScoredPassage } from "../types.ts";
import { SECTION_SEPARATOR } from "./citations.ts";
import { type Analyze, type KeyTerm, termCoverage } from "./terms.ts";

/**
 * Below this share of the question's weighted key terms in the best passage, the answer is "not
 * covered". Tuned on bench/wcit/eval.json (32 in-scope, 14 out-of-scope questions, in-01..in-32
 * and out-01..out-14) with BM25F retrieval, the starter glossary and corpus IDF weights
 * (extractive mode):
 *
 *   floor             0.30  0.40  0.45  0.50  0.55  0.60  0.70
 *   in scope, cited   32    32    32    32    31    31    31     (of 32)
 *   out of scope, no  11    12    13    13    13    14    14     (of 14)
 *
 * Out-of-scope questions score 0.00–0.41 except one, in-scope ones 0.55–1.00; 0.5 sits in that
 * gap. The miss is a near miss made of corpus words ("Who was elected ITU Secretary-General in
 * 2022?", 0.58), which no floor separates from "Who led the US delegation to WCIT-12?" (0.55).
 * Held-out questions written after tuning (in-33..in-42, out-15..out-20): 10/10 answered citing
 * an expected document, 6/6 refused (in-scope 0.73–1.00, out-of-scope 0.03–0.43).
 */
export const RELEVANCE_FLOOR = 0.5;
/** Passages looked at for the floor: the answer is built from these. */
export const FLOOR_PASSAGES = 5;

export interface Relevance {
  /** Best weighted key-term coverage (0..1) of a single top passage, title and headings included. */
  termCoverage: number;
  topScore: number;
  covered: boolean;
}

export function assessRelevance(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  floor: number = RELEVANCE_FLOOR,
): Relevance {
  const topScore = passages[0]?.score ?? 0;
  let best = 0;
  for (const { passage, document } of passages.slice(0, FLOOR_PASSAGES)) {
    const text = `${document.title}\n${passage.sectionPath.join(SECTION_SEPARATOR)}\n${passage.text}`;
    best = Math.max(best, termCoverage(new Set(analyzeText(text)), keyTerms));
  }
  // A minimum score too: a passage that matched nothing (score 0) never counts as coverage.
  const covered = keyTerms.length > 0 && topScore > 0 && best >= floor;
  return { termCoverage: best, topScore, covered };
}
