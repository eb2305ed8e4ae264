// Query-time scoring over an InvertedIndex (the formula is stated in bm25f.ts): term-at-a-time
// accumulation into one reusable score array, top-k selection (top-k.ts), and RM3-style
// pseudo-relevance feedback from a precomputed per-passage table of eligible terms. Scratch memory
// is allocated once per index (or grown rarely), not per query; a query allocates only what it
// returns.
import { expansionQueryWeight, type FeedbackParams } from "./bm25f.ts";
import type { InvertedIndex } from "./inverted.ts";
import { createTopKSelector } from "./top-k.ts";

export interface WeightedTerm {
  term: string;
  weight: number;
}

interface RankedDocs {
  /** Passage numbers, best first. */
  docs: number[];
  /** Their scores (float32 precision). */
  scores: number[];
  /**
   * True when every passage with at least one of the query's own terms (before feedback) belongs
   * to one group (document), per the `groupOf` the ranker was made with.
   */
  oneGroup: boolean;
}

/** Passages whose first-pass score is multiplied by a factor (quoted phrases they contain). */
export interface ScoreBoost {
  docs: readonly number[];
  /** Per passage in `docs`, its factor (at least 1: a boost never lowers a score). */
  factors: readonly number[];
}

export interface Ranker {
  /** Top `k` passages for the weighted terms, `boost` applied. */
  rank(terms: readonly WeightedTerm[], k: number, boost?: ScoreBoost): RankedDocs;
  /**
   * First pass (`boost` applied), feedback terms from its top passages, second pass with the
   * mixed query.
   */
  rankWithFeedback(
    terms: readonly WeightedTerm[],
    k: number,
    feedback: FeedbackParams,
    boost?: ScoreBoost,
  ): RankedDocs;
}

export interface RankerOptions {
  /**
   * The feedback parameters the app uses: the per-passage table of eligible feedback terms for
   * them is built with the index rather than on the first query.
   */
  feedback?: FeedbackParams;
}

/** Per passage, its entries whose term may become a feedback term (idf at or above a floor). */
interface FeedbackTable {
  minIdf: number;
  idfPower: number;
  offsets: Int32Array;
  term: Int32Array;
  /** Field-weighted count (entryWeightedTf) of the entry times its term's idf^idfPower. */
  tf: Float32Array;
}

/** `groupOf[passage]` = its document number, for the one-document check. */
export function createRanker(
  index: InvertedIndex,
  groupOf?: Int32Array,
  options: RankerOptions = {},
): Ranker {
  const { docCount, postingOffsets, postingDoc, postingImpact, idf, termIds, docLength } = index;
  const termCount = index.forward.terms.length;
  const acc = new Float32Array(docCount);
  const top = createTopKSelector(acc);
  const { docs: topDocs, scores: topScores } = top;
  // One spare slot: accumulate writes a passage at touched[touchedCount] before counting it.
  const touched = new Int32Array(docCount + 1);
  // accumulateAbove's list of passages at or above a bound (one spare slot, as touched).
  const above = new Int32Array(docCount + 1);
  const fbWeight = new Float64Array(termCount);
  const fbTouched = new Int32Array(termCount + 1);
  // Small per-query arrays (query terms, feedback passages and terms), grown when too small.
  let queryIds = new Int32Array(64);
  let queryWeights = new Float64Array(64);
  let fbDocs = new Int32Array(16);
  let fbScores = new Float64Array(16);
  let chosen = new Int32Array(16);
  let chosenWeights = new Float64Array(16);
  // The tables built so far (one per minIdf and idfPower; the app uses one).
  const feedbackTables: FeedbackTable[] = [];
  if (options.feedback) feedbackTable(options.feedback.minIdf, options.feedback.idfPower);

  // Accumulator state: touched[0..touchedCount) lists the passages with a score, unless
  // `untracked` (after accumulateAbove: some scored passages are on no list, and reset clears
  // the whole array). Every contribution is positive, so a passage was touched exactly when its
  // score is above 0.
  let touchedCount = 0;
  let untracked = false;

  /** Per passage, its entries whose term has idf >= minIdf (the only possible feedback terms). */
  function feedbackTable(minIdf: number, idfPower: number): FeedbackTable {
    for (const table of feedbackTables) {
      if (table.minIdf === minIdf && table.idfPower === idfPower) return table;
    }
    const { docOffsets, entryTerm } = index.forward;
    const { entryWeightedTf } = index;
    let kept = 0;
    for (let e = 0; e < entryTerm.length; e++) {
      if ((idf[entryTerm[e] as number] as number) >= minIdf) kept++;
    }
    // idf^idfPower per term, computed once rather than per entry.
    const idfFactor = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) idfFactor[t] = (idf[t] as number) ** idfPower;
    const offsets = new Int32Array(docCount + 1);
    const term = new Int32Array(kept);
    const tf = new Float32Array(kept);
    let at = 0;
    for (let d = 0; d < docCount; d++) {
      const end = docOffsets[d + 1] as number;
      for (let e = docOffsets[d] as number; e < end; e++) {
        const t = entryTerm[e] as number;
        if ((idf[t] as number) < minIdf) continue;
        term[at] = t;
        tf[at] = (entryWeightedTf[e] as number) * (idfFactor[t] as number);
        at++;
      }
      offsets[d + 1] = at;
    }
    const table = { minIdf, idfPower, offsets, term, tf };
    feedbackTables.push(table);
    return table;
  }

  /** Adds the weighted terms' postings to the scores, listing the passages new to the query. */
  function accumulate(ids: Int32Array, weights: Float64Array, n: number): void {
    for (let q = 0; q < n; q++) {
      const t = ids[q] as number;
      const w = (weights[q] as number) * (idf[t] as number);
      const end = postingOffsets[t + 1] as number;
      // Every contribution is positive, so a passage is new exactly when its score is still 0;
      // it is written to the list either way and the count moves only for a new one (no branch).
      // The count is a local in the loop: a closure variable would be a memory round trip each.
      let count = touchedCount;
      for (let p = postingOffsets[t] as number; p < end; p++) {
        const d = postingDoc[p] as number;
        const a = acc[d] as number;
        touched[count] = d;
        count += +(a === 0);
        acc[d] = a + w * (postingImpact[p] as number);
      }
      touchedCount = count;
    }
  }

  /**
   * Like accumulate, for a pass whose final selection needs only the passages scoring at least
   * `atLeast`: instead of every touched passage, lists in `above` (from `count` on) each passage
   * whose score reaches the bound in this pass, and returns the new count. Scores only grow, so a
   * passage crosses the bound at most once. Passages new to the query are not listed anywhere:
   * the caller must clear the whole score array afterwards (untracked).
   */
  function accumulateAbove(
    ids: Int32Array,
    weights: Float64Array,
    n: number,
    atLeast: number,
    count: number,
  ): number {
    for (let q = 0; q < n; q++) {
      const t = ids[q] as number;
      const w = (weights[q] as number) * (idf[t] as number);
      const end = postingOffsets[t + 1] as number;
      for (let p = postingOffsets[t] as number; p < end; p++) {
        const d = postingDoc[p] as number;
        const a = acc[d] as number;
        // Rounded as the score array stores it, so the test sees the stored score.
        const next = Math.fround(a + w * (postingImpact[p] as number));
        acc[d] = next;
        above[count] = d;
        count += +(a < atLeast) & +(next >= atLeast);
      }
    }
    untracked = true;
    return count;
  }

  /** True when every scored passage belongs to one group (stops at the first second group). */
  function oneGroupTouched(): boolean {
    if (!groupOf || touchedCount === 0) return true;
    const g = groupOf[touched[0] as number] as number;
    for (let i = 1; i < touchedCount; i++) if (groupOf[touched[i] as number] !== g) return false;
    return true;
  }

  /**
   * Multiplies the scored passages' first-pass scores by their boost. Before any selection: the
   * boosted passages then also weigh more in the feedback model, and scores still only grow
   * afterwards, so the first pass's bound on the k-th score stays a bound.
   */
  function applyBoost(boost: ScoreBoost | undefined): void {
    if (!boost) return;
    for (let i = 0; i < boost.docs.length; i++) {
      const d = boost.docs[i] as number;
      const a = acc[d] as number;
      if (a > 0) acc[d] = a * Math.max(1, boost.factors[i] as number);
    }
  }

  function reset(): void {
    if (untracked) acc.fill(0);
    else {
      for (let i = 0; i < touchedCount; i++) acc[touched[i] as number] = 0;
    }
    touchedCount = 0;
    untracked = false;
  }

  /** The first `size` selected passages as arrays of their own, scores scaled by `scale`. */
  function result(size: number, oneGroup: boolean, scale = 1): RankedDocs {
    // Plain arrays: a typed array of more than a few dozen bytes gets a separately allocated
    // backing store, which costs more than the rest of a small query.
    const docs = new Array<number>(size);
    const scores = new Array<number>(size);
    for (let i = 0; i < size; i++) {
      docs[i] = topDocs[i] as number;
      scores[i] = Math.fround((topScores[i] as number) * scale);
    }
    return { docs, scores, oneGroup };
  }

  /** The query's known terms with a positive weight into queryIds/queryWeights; their count. */
  function resolve(terms: readonly WeightedTerm[]): number {
    if (terms.length > queryIds.length) {
      queryIds = new Int32Array(terms.length);
      queryWeights = new Float64Array(terms.length);
    }
    let n = 0;
    for (let i = 0; i < terms.length; i++) {
      const { term, weight } = terms[i] as WeightedTerm;
      const id = termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      queryIds[n] = id;
      queryWeights[n] = weight;
      n++;
    }
    return n;
  }

  function rank(terms: readonly WeightedTerm[], k: number, boost?: ScoreBoost) {
    const n = resolve(terms);
    accumulate(queryIds, queryWeights, n);
    applyBoost(boost);
    const oneGroup = oneGroupTouched();
    const size = top.select(k, touched, touchedCount);
    reset();
    return result(size, oneGroup);
  }

  function rankWithFeedback(
    terms: readonly WeightedTerm[],
    k: number,
    feedback: FeedbackParams,
    boost?: ScoreBoost,
  ): RankedDocs {
    if (feedback.docs <= 0 || feedback.terms <= 0) return rank(terms, k, boost);
    const n = resolve(terms);
    if (n === 0) return rank(terms, k, boost);
    // First pass. Its scores stay in the accumulator: the mixed query is alpha·original +
    // feedback, so the second pass only adds the feedback terms (scaled by 1/alpha) on top.
    accumulate(queryIds, queryWeights, n);
    applyBoost(boost);
    const oneGroup = oneGroupTouched();
    // The feedback passages, and a lower bound on the first pass's k-th best score: feedback
    // only adds to scores, so it bounds the final k-th best from below and cuts the final selection.
    const firstSize = top.select(feedback.docs, touched, touchedCount, k);
    if (firstSize === 0) {
      reset();
      return result(0, oneGroup);
    }
    const atLeast = top.bound;
    const fbCount = Math.min(feedback.docs, firstSize);
    if (fbCount > fbDocs.length) {
      fbDocs = new Int32Array(fbCount);
      fbScores = new Float64Array(fbCount);
    }
    for (let i = 0; i < fbCount; i++) {
      fbDocs[i] = topDocs[i] as number;
      fbScores[i] = topScores[i] as number;
    }

    // Relevance model: P(t|R) ∝ Σ_d P(d|q) · tf(t,d)/|d|, P(d|q) from first-pass scores, times
    // idf(t)^idfPower. Only terms that can be chosen (idf >= minIdf) are visited: a precomputed
    // per-passage table whose counts already carry the idf factor.
    const {
      offsets,
      term: tableTerm,
      tf: tableTf,
    } = feedbackTable(feedback.minIdf, feedback.idfPower);
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
    // Keep the strongest expansion terms (terms in many passages tell little and cost most): a
    // small insertion-ordered list, not a sort of every term the feedback passages hold.
    const want = feedback.terms;
    if (want > chosen.length) {
      chosen = new Int32Array(want);
      chosenWeights = new Float64Array(want);
    }
    // Each term's weight is read once and cleared in the same pass (ready for the next query);
    // the kept terms carry their weights in chosenWeights.
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
    let fbSum = 0;
    for (let i = 0; i < chosenCount; i++) fbSum += chosenWeights[i] as number;
    // The original terms keep their scale (scores stay comparable with a plain BM25 pass, which
    // matters to the answer engine's relevance floor); feedback terms share (1 - alpha) of it.
    let origSum = 0;
    for (let q = 0; q < n; q++) origSum += queryWeights[q] as number;
    const alpha = feedback.originalWeight;
    for (let i = 0; i < chosenCount; i++) {
      chosenWeights[i] = expansionQueryWeight(alpha, origSum, chosenWeights[i] as number, fbSum);
    }

    let size: number;
    if (atLeast > 0) {
      // Only passages ending at or above the bound can be among the k best: those already there
      // after the first pass, and those the feedback terms lift over it, listed as they cross.
      let count = 0;
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i] as number;
        above[count] = d;
        count += +((acc[d] as number) >= atLeast);
      }
      count = accumulateAbove(chosen, chosenWeights, chosenCount, atLeast, count);
      size = top.select(k, above, count);
    } else {
      // Fewer than k first-pass matches: every passage the feedback terms touch is a candidate.
      accumulate(chosen, chosenWeights, chosenCount);
      size = top.select(k, touched, touchedCount);
    }
    reset();
    return result(size, oneGroup, alpha);
  }

  return { rank, rankWithFeedback };
}
