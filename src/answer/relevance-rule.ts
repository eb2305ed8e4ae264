// The thresholds of the coverage decision: the tuned rule (`RELEVANCE_RULE`), how many required
// terms a window may lack (`allowedMissing`, more weight for a list: `LIST_MISSING_SHARE`), and
// whether a window's measures clear them (`clearsThresholds`).

import type { WindowVerdict } from "./coverage-window.ts";
import type { QuestionDemands } from "./question-demands.ts";

/** The thresholds of the decision; `RELEVANCE_RULE` holds the tuned ones. */
export interface RelevanceRule {
  /** Least weighted share of the question's key terms the best window must hold. */
  floor: number;
  /** Most weighted share of the REQUIRED terms (not common words, not context) it may lack. */
  maxMissingShare: number;
  /** Required terms it may lack beyond `allowedMissing` (a follow-up's few own words). */
  extraMissing?: number;
}

/**
 * Tuned on the tuning half of bench/wcit/eval.json (extractive mode, BM25F, the starter glossary,
 * corpus IDF weights) with `npm run calibrate`: refuse as many out-of-scope questions as any rule
 * does, and among those rules, the fewest in-scope ones. On that half (256 in scope, 64 out):
 *
 *   floor  maxMissingShare  wrongly refused  out of scope refused  nugget recall
 *   0.25   0.35              9                61                   0.841
 *   0.30   0.35              9                62                   0.841
 *   0.35   0.35              9                63                   0.841   ← this rule
 *   0.35   0.40              8                59                   0.844
 *   0.40   0.35             12                63                   0.834
 *   0.35   0.30             16                63                   0.824
 */
export const RELEVANCE_RULE: RelevanceRule = { floor: 0.35, maxMissingShare: 0.35 };

/**
 * Required key terms a window may lack and still count as covering the question: none of two, one
 * of three to five, two of six to eight. A question whose few terms never meet in one place ("the
 * capital of Russia": "capitals" in one paragraph, "Russia" in another) is not answered.
 */
export function allowedMissing(requiredCount: number): number {
  return Math.floor(requiredCount / 3);
}

/**
 * A list may lack this much of its required terms' weight where the rest meet, when what it lacks
 * is the asker's own plain words (no name, no number): a list asks for a topic's points and names
 * the topic and its actors in its own terms ("…worried free-speech ADVOCATES"), while its points
 * are told by the actors the sources name (RSF, a delegation). Tuning half (612 q): recall 0.8521
 * -> 0.8534 (list 0.820 -> 0.827; in-292 refused -> 0.67), wrong refusals 25 -> 24, out-of-scope
 * refused 98 of 119 and answered "full" 0 unchanged. Not for a name or a number: the same
 * figures for any missing term, but a list near miss lacking a name came to exactly this share
 * ("the main points of India's statement at the 2014 Busan Plenipotentiary"). Such an answer is
 * never "full": the place still lacks part of the question.
 */
const LIST_MISSING_SHARE = 0.4;

/**
 * Whether a window's measures clear the rule: enough of the key terms' weight (`floor`), and no
 * more missing than the rule allows, by weight (`maxMissingShare`, more for a list lacking only
 * the asker's own plain words: `LIST_MISSING_SHARE`) and by number (`allowedMissing`, unless
 * only a common word or two is missing).
 */
export function clearsThresholds(
  verdict: WindowVerdict,
  demands: QuestionDemands,
  rule: RelevanceRule,
): boolean {
  const { missingCounted } = verdict;
  const maxMissingShare =
    demands.list && missingCounted.every((k) => !demands.namesOrNumbers.has(k.term))
      ? Math.max(rule.maxMissingShare, LIST_MISSING_SHARE)
      : rule.maxMissingShare;
  return (
    verdict.share >= rule.floor &&
    verdict.missingShare <= maxMissingShare &&
    (missingCounted.length <= allowedMissing(demands.required.length) + (rule.extraMissing ?? 0) ||
      verdict.onlyCommonMissing)
  );
}
