// The feedback pass's expansion terms (RM3 with idf-weighted terms; the formula is stated in
// bm25f.ts): the relevance model over the first pass's best passages, its strongest terms, and
// their weights in the mixed query. Scratch memory is allocated once per index and grown rarely.
import { expansionQueryWeight, type FeedbackParams } from "./bm25f.ts";
import type { FeedbackTable } from "./feedback-table.ts";
import type { TopKSelector } from "./top-k.ts";

/** Per-query scratch of the feedback pass (the arrays of passages and chosen terms grow). */
export interface FeedbackScratch {
  /** Per term, its relevance-model weight (all 0 between queries). */
  readonly fbWeight: Float64Array;
  /** The terms given a weight, in the order first met (one spare slot, as the score list). */
  readonly fbTouched: Int32Array;
  /** The feedback passages and their first-pass scores. */
  fbDocs: Int32Array;
  fbScores: Float64Array;
  /** The expansion terms kept, strongest first, and their weights. */
  chosen: Int32Array;
  chosenWeights: Float64Array;
}

/** Empty scratch for an index of `termCount` terms. */
export function createFeedbackScratch(termCount: number): FeedbackScratch {
  return {
    fbWeight: new Float64Array(termCount),
    fbTouched: new Int32Array(termCount + 1),
    fbDocs: new Int32Array(16),
    fbScores: new Float64Array(16),
    chosen: new Int32Array(16),
    chosenWeights: new Float64Array(16),
  };
}

/**
 * The expansion terms into `chosen`/`chosenWeights`, weighted for the mixed query (their count):
 * from the first `fbCount` passages the first pass selected, the question's own terms summing to
 * `origSum`.
 */
export function expansionTerms(
  fb: FeedbackScratch,
  first: TopKSelector,
  fbCount: number,
  table: FeedbackTable,
  docLength: Float32Array,
  feedback: FeedbackParams,
  origSum: number,
): number {
  takeFeedbackPassages(fb, first, fbCount);
  const termsTouched = relevanceModel(fb, fbCount, table, docLength);
  const chosenCount = strongestTerms(fb, termsTouched, feedback.terms);
  mixedWeights(fb, chosenCount, feedback.originalWeight, origSum);
  return chosenCount;
}

/** The first `fbCount` selected passages and their scores into fbDocs/fbScores. */
function takeFeedbackPassages(fb: FeedbackScratch, first: TopKSelector, fbCount: number): void {
  if (fbCount > fb.fbDocs.length) {
    fb.fbDocs = new Int32Array(fbCount);
    fb.fbScores = new Float64Array(fbCount);
  }
  const { fbDocs, fbScores } = fb;
  for (let i = 0; i < fbCount; i++) {
    fbDocs[i] = first.docs[i] as number;
    fbScores[i] = first.scores[i] as number;
  }
}

/**
 * Relevance model: P(t|R) ∝ Σ_d P(d|q) · tf(t,d)/|d|, P(d|q) from first-pass scores, times
 * idf(t)^idfPower, into fbWeight; returns how many terms it listed in fbTouched. Only terms that
 * can be chosen (idf >= minIdf) are visited: a precomputed per-passage table whose counts already
 * carry the idf factor.
 */
function relevanceModel(
  fb: FeedbackScratch,
  fbCount: number,
  table: FeedbackTable,
  docLength: Float32Array,
): number {
  const { fbDocs, fbScores, fbWeight, fbTouched } = fb;
  const { offsets, term: tableTerm, tf: tableTf } = table;
  let scoreSum = 0;
  for (let i = 0; i < fbCount; i++) scoreSum += fbScores[i] as number;
  let termsTouched = 0;
  for (let i = 0; i < fbCount; i++) {
    const d = fbDocs[i] as number;
    const docWeight = (fbScores[i] as number) / (scoreSum || 1);
    const len = docLength[d] || 1;
    // tf/|d| weighted by P(d|q): one multiplication per term.
    const perUnit = docWeight / len;
    const end = offsets[d + 1] as number;
    for (let e = offsets[d] as number; e < end; e++) {
      const tf = tableTf[e] as number;
      const t = tableTerm[e] as number;
      const before = fbWeight[t] as number;
      fbTouched[termsTouched] = t;
      termsTouched += +(before === 0);
      fbWeight[t] = before + perUnit * tf;
    }
  }
  return termsTouched;
}

/**
 * Keeps the `want` strongest expansion terms (terms in many passages tell little and cost most):
 * a small insertion-ordered list, not a sort of every term the feedback passages hold. Each
 * term's weight is read once and cleared in the same pass (ready for the next query); the kept
 * terms carry their weights in chosenWeights. Returns how many were kept.
 */
function strongestTerms(fb: FeedbackScratch, termsTouched: number, want: number): number {
  if (want > fb.chosen.length) {
    fb.chosen = new Int32Array(want);
    fb.chosenWeights = new Float64Array(want);
  }
  const { fbWeight, fbTouched, chosen, chosenWeights } = fb;
  let chosenCount = 0;
  // The weakest kept weight once the list is full: what a term must beat to get in.
  let entry = -1;
  for (let i = 0; i < termsTouched; i++) {
    const t = fbTouched[i] as number;
    const w = fbWeight[t] as number;
    fbWeight[t] = 0;
    if (w <= entry) continue;
    let at = chosenCount === want ? chosenCount - 1 : chosenCount++;
    while (at > 0 && (chosenWeights[at - 1] as number) < w) {
      chosen[at] = chosen[at - 1] as number;
      chosenWeights[at] = chosenWeights[at - 1] as number;
      at--;
    }
    chosen[at] = t;
    chosenWeights[at] = w;
    if (chosenCount === want) entry = chosenWeights[want - 1] as number;
  }
  return chosenCount;
}

/**
 * The kept terms' weights in the mixed query. The original terms keep their scale (scores stay
 * comparable with a plain BM25 pass, which matters to the answer engine's relevance floor);
 * feedback terms share (1 - alpha) of it.
 */
function mixedWeights(
  fb: FeedbackScratch,
  chosenCount: number,
  alpha: number,
  origSum: number,
): void {
  const { chosenWeights } = fb;
  let fbSum = 0;
  for (let i = 0; i < chosenCount; i++) fbSum += chosenWeights[i] as number;
  for (let i = 0; i < chosenCount; i++) {
    chosenWeights[i] = expansionQueryWeight(alpha, origSum, chosenWeights[i] as number, fbSum);
  }
}
