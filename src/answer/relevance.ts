// The relevance floor: does the corpus cover this question at all? BM25 scores are unnormalized
// (they grow with corpus size, query length and field weights), so the floor is a share of the
// question instead: the IDF-weighted fraction of its key terms found in one of the top passages.
import type { ScoredPassage } from "../types.ts";
import { SECTION_SEPARATOR } from "./citations.ts";
import { splitSentences } from "./sentences.ts";
import { type Analyze, containsTerm, isRequired, type KeyTerm, termCoverage } from "./terms.ts";

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
  /** Best weighted key-term coverage (0..1) of a window of the top passages, headings included. */
  termCoverage: number;
  /** Required key terms that best window lacks. */
  missingTerms: string[];
  topScore: number;
  covered: boolean;
}

/** Sentences read together when judging coverage: a claim and the one that continues it. */
const WINDOW_SENTENCES = 2;

/**
 * Key terms a window may lack and still count as covering the question: none of two, one of three
 * to five, two of six to eight. A question whose few terms never meet in one place ("the capital
 * of Russia": "capitals" in one paragraph, "Russia" in another) is not answered by the corpus.
 */
export function allowedMissing(keyTermCount: number): number {
  return Math.floor(keyTermCount / 3);
}

/**
 * Is the question covered? Its key terms must meet in a window of adjacent sentences of one top
 * passage, read under the passage's title and headings: enough of their weight (the floor) and all
 * but a few of them (`allowedMissing`). BM25 scores are unnormalized, so they only rule out a
 * passage that matched nothing.
 */
export function assessRelevance(
  passages: readonly ScoredPassage[],
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  floor: number = RELEVANCE_FLOOR,
): Relevance {
  const topScore = passages[0]?.score ?? 0;
  const required = keyTerms.filter(isRequired);
  let best = { share: 0, missing: required.map((k) => k.term), covered: false };
  for (const { passage, document } of passages.slice(0, FLOOR_PASSAGES)) {
    const context = analyzeText(
      `${document.title}\n${passage.sectionPath.join(SECTION_SEPARATOR)}`,
    );
    const sentences = splitSentences(passage.text).map((s) => analyzeText(s.text));
    for (let i = 0; i < Math.max(1, sentences.length); i++) {
      const window = new Set(context);
      for (const terms of sentences.slice(i, i + WINDOW_SENTENCES))
        for (const t of terms) window.add(t);
      const share = termCoverage(window, keyTerms);
      const missing = required.filter((k) => !containsTerm(window, k)).map((k) => k.term);
      const covered = share >= floor && missing.length <= allowedMissing(required.length);
      if (
        (covered && !best.covered) ||
        (covered === best.covered &&
          (share > best.share || (share === best.share && missing.length < best.missing.length)))
      ) {
        best = { share, missing, covered };
      }
    }
  }
  const covered = keyTerms.length > 0 && topScore > 0 && best.covered;
  return { termCoverage: best.share, missingTerms: best.missing, topScore, covered };
}

/**
 * The share of the question's weighted key terms an answer must state (read under its headings)
 * to be "full"; with less, or without the kind of answer the question expects (a number for "how
 * many", a date for "when", every side of a comparison), it is "partial".
 */
export const FULL_COVERAGE = 0.8;

/** Full when the answer states what was asked, as far as the evidence shows; else partial. */
export function coverageOf(answer: {
  termCoverage: number;
  answersType: boolean;
}): "full" | "partial" {
  return answer.termCoverage >= FULL_COVERAGE && answer.answersType ? "full" : "partial";
}
