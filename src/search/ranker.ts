// Query-time scoring over an InvertedIndex: term-at-a-time accumulation into one reusable score
// array, a bounded heap for the top k, and RM3-style pseudo-relevance feedback from the forward
// index. Scratch memory is allocated once per index, not per query.
import type { InvertedIndex } from "./inverted.ts";

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface RankedDocs {
  /** Passage numbers, best first. */
  docs: Int32Array;
  scores: Float32Array;
  /**
   * True when every passage with at least one of the query's own terms (before feedback) belongs
   * to one group (document), per the `groupOf` the ranker was made with.
   */
  oneGroup: boolean;
}

export interface FeedbackParams {
  /** Feedback passages taken from the first pass (0 turns feedback off). */
  docs: number;
  /** Expansion terms kept. */
  terms: number;
  /** Share of the final query that stays with the original terms. */
  originalWeight: number;
  /** Expansion terms need at least this idf: very common words add cost and no precision. */
  minIdf: number;
}

export interface Ranker {
  /** Top `k` passages for the weighted terms; `allow` restricts candidates (phrase filters). */
  rank(terms: readonly WeightedTerm[], k: number, allow?: (doc: number) => boolean): RankedDocs;
  /** First pass, feedback terms from its top passages, second pass with the mixed query. */
  rankWithFeedback(
    terms: readonly WeightedTerm[],
    k: number,
    feedback: FeedbackParams,
    allow?: (doc: number) => boolean,
  ): RankedDocs;
}

/** `groupOf[passage]` = its document number, for the one-document check. */
export function createRanker(index: InvertedIndex, groupOf?: Int32Array): Ranker {
  const { docCount, postingOffsets, postingDoc, postingImpact, idf, termIds } = index;
  const acc = new Float32Array(docCount);
  const touched = new Int32Array(docCount);
  const seen = new Uint8Array(docCount);
  const fbWeight = new Float64Array(index.forward.terms.length);
  const fbTouched: number[] = [];

  // Accumulator state between accumulate() and finish(): passages tracked so far, and whether
  // any pass went dense (then the touched passages are found by a scan instead).
  let touchedCount = 0;
  let anyDense = false;

  function accumulate(ids: ArrayLike<number>, weights: ArrayLike<number>, n: number): void {
    let postings = 0;
    for (let q = 0; q < n; q++) {
      const t = ids[q] as number;
      postings += (postingOffsets[t + 1] as number) - (postingOffsets[t] as number);
    }
    // Many postings for the corpus size (feedback terms are common words): accumulate without
    // tracking which passages were touched; they are found in one scan and cleared by a memset.
    if (postings * 4 > docCount) anyDense = true;
    for (let q = 0; q < n; q++) {
      const t = ids[q] as number;
      const w = (weights[q] as number) * (idf[t] as number);
      const end = postingOffsets[t + 1] as number;
      if (anyDense) {
        for (let p = postingOffsets[t] as number; p < end; p++) {
          const d = postingDoc[p] as number;
          acc[d] = (acc[d] as number) + w * (postingImpact[p] as number);
        }
        continue;
      }
      for (let p = postingOffsets[t] as number; p < end; p++) {
        const d = postingDoc[p] as number;
        if (seen[d] === 0) {
          seen[d] = 1;
          touched[touchedCount++] = d;
        }
        acc[d] = (acc[d] as number) + w * (postingImpact[p] as number);
      }
    }
  }

  /** Makes touched[0..touchedCount) exact: after a dense pass, by scanning the scores. */
  function collect(): void {
    if (!anyDense) return;
    for (let i = 0; i < touchedCount; i++) seen[touched[i] as number] = 0;
    touchedCount = 0;
    // Every contribution is positive, so a passage was touched exactly when its score is.
    for (let d = 0; d < docCount; d++) if ((acc[d] as number) > 0) touched[touchedCount++] = d;
  }

  function oneGroupTouched(): boolean {
    if (!groupOf || touchedCount === 0) return true;
    const g = groupOf[touched[0] as number];
    for (let i = 1; i < touchedCount; i++) if (groupOf[touched[i] as number] !== g) return false;
    return true;
  }

  function reset(): void {
    if (anyDense) acc.fill(0);
    else {
      for (let i = 0; i < touchedCount; i++) {
        const d = touched[i] as number;
        acc[d] = 0;
        seen[d] = 0;
      }
    }
    touchedCount = 0;
    anyDense = false;
  }

  function rankIds(
    ids: ArrayLike<number>,
    weights: ArrayLike<number>,
    n: number,
    k: number,
    allow?: (doc: number) => boolean,
  ): RankedDocs {
    accumulate(ids, weights, n);
    collect();
    const result: RankedDocs = {
      ...selectTop(acc, touched, touchedCount, k, allow),
      oneGroup: oneGroupTouched(),
    };
    reset();
    return result;
  }

  function resolve(terms: readonly WeightedTerm[]): { ids: Int32Array; weights: Float64Array } {
    const ids = new Int32Array(terms.length);
    const weights = new Float64Array(terms.length);
    let n = 0;
    for (const { term, weight } of terms) {
      const id = termIds.get(term);
      if (id === undefined || weight <= 0) continue;
      ids[n] = id;
      weights[n] = weight;
      n++;
    }
    return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
  }

  function rank(terms: readonly WeightedTerm[], k: number, allow?: (doc: number) => boolean) {
    const { ids, weights } = resolve(terms);
    return rankIds(ids, weights, ids.length, k, allow);
  }

  function rankWithFeedback(
    terms: readonly WeightedTerm[],
    k: number,
    feedback: FeedbackParams,
    allow?: (doc: number) => boolean,
  ): RankedDocs {
    const { ids, weights } = resolve(terms);
    if (feedback.docs <= 0 || feedback.terms <= 0 || ids.length === 0) {
      return rankIds(ids, weights, ids.length, k, allow);
    }
    // First pass. Its scores stay in the accumulator: the mixed query is alpha·original +
    // feedback, so the second pass only adds the feedback terms (scaled by 1/alpha) on top.
    accumulate(ids, weights, ids.length);
    collect();
    const oneGroup = oneGroupTouched();
    const first = selectTop(acc, touched, touchedCount, feedback.docs, allow);
    if (first.docs.length === 0) {
      reset();
      return { ...first, oneGroup };
    }

    // Relevance model: P(t|R) ∝ Σ_d P(d|q) · tf(t,d)/|d|, P(d|q) from first-pass scores.
    const { docOffsets, entryTerm } = index.forward;
    const { entryWeightedTf } = index;
    let scoreSum = 0;
    for (let i = 0; i < first.docs.length; i++) scoreSum += first.scores[i] as number;
    for (let i = 0; i < first.docs.length; i++) {
      const d = first.docs[i] as number;
      const docWeight = (first.scores[i] as number) / (scoreSum || 1);
      const len = index.docLength[d] || 1;
      const end = docOffsets[d + 1] as number;
      for (let e = docOffsets[d] as number; e < end; e++) {
        const tf = entryWeightedTf[e] as number;
        const t = entryTerm[e] as number;
        if (fbWeight[t] === 0) fbTouched.push(t);
        fbWeight[t] = (fbWeight[t] as number) + (docWeight * tf) / len;
      }
    }
    // Keep the strongest expansion terms (terms in many passages tell little and cost most): a
    // small insertion-ordered list, not a sort of every term the feedback passages hold.
    const chosen: number[] = [];
    for (const t of fbTouched) {
      if ((idf[t] as number) < feedback.minIdf) continue;
      const w = fbWeight[t] as number;
      if (
        chosen.length === feedback.terms &&
        w <= (fbWeight[chosen[chosen.length - 1] as number] as number)
      ) {
        continue;
      }
      let at = chosen.length === feedback.terms ? chosen.length - 1 : chosen.length;
      while (at > 0 && (fbWeight[chosen[at - 1] as number] as number) < w) {
        if (at < feedback.terms) chosen[at] = chosen[at - 1] as number;
        at--;
      }
      chosen[at] = t;
    }
    let fbSum = 0;
    for (const t of chosen) fbSum += fbWeight[t] as number;
    // The original terms keep their scale (scores stay comparable with a plain BM25 pass, which
    // matters to the answer engine's relevance floor); feedback terms share (1 - alpha) of it.
    let origSum = 0;
    for (let q = 0; q < weights.length; q++) origSum += weights[q] as number;
    const alpha = feedback.originalWeight;
    const fbIds = Int32Array.from(chosen);
    const fbWeights = Float64Array.from(
      chosen,
      (t) => ((1 - alpha) * origSum * (fbWeight[t] as number)) / ((fbSum || 1) * alpha),
    );
    for (const t of fbTouched) fbWeight[t] = 0;
    fbTouched.length = 0;

    accumulate(fbIds, fbWeights, fbIds.length);
    collect();
    const final = selectTop(acc, touched, touchedCount, k, allow);
    reset();
    for (let i = 0; i < final.scores.length; i++) {
      final.scores[i] = (final.scores[i] as number) * alpha;
    }
    return { ...final, oneGroup };
  }

  return { rank, rankWithFeedback };
}

/**
 * Best `k` of the touched passages by score (ties: lower passage number first, so results are
 * deterministic), via a bounded min-heap: O(n log k) and no sort of every candidate.
 */
function selectTop(
  acc: Float32Array,
  touched: Int32Array,
  count: number,
  k: number,
  allow?: (doc: number) => boolean,
): Omit<RankedDocs, "oneGroup"> {
  const cap = Math.max(0, Math.min(k, count));
  const heapDoc = new Int32Array(cap);
  const heapScore = new Float32Array(cap);
  let size = 0;
  // "a is worse than b": lower score, or same score and higher passage number.
  const worse = (sa: number, da: number, sb: number, db: number) =>
    sa < sb || (sa === sb && da > db);
  for (let i = 0; i < count && cap > 0; i++) {
    const d = touched[i] as number;
    const s = acc[d] as number;
    if (size === cap) {
      // Most candidates lose to the weakest kept one: decide that without the general compare.
      const floor = heapScore[0] as number;
      if (s < floor || (s === floor && d > (heapDoc[0] as number))) continue;
    }
    if (allow && !allow(d)) continue;
    if (size < cap) {
      // sift up
      let c = size++;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!worse(s, d, heapScore[parent] as number, heapDoc[parent] as number)) break;
        heapScore[c] = heapScore[parent] as number;
        heapDoc[c] = heapDoc[parent] as number;
        c = parent;
      }
      heapScore[c] = s;
      heapDoc[c] = d;
    } else {
      // replace the root, sift down
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= size) break;
        const r = l + 1;
        let m = l;
        if (
          r < size &&
          worse(
            heapScore[r] as number,
            heapDoc[r] as number,
            heapScore[l] as number,
            heapDoc[l] as number,
          )
        )
          m = r;
        if (!worse(heapScore[m] as number, heapDoc[m] as number, s, d)) break;
        heapScore[c] = heapScore[m] as number;
        heapDoc[c] = heapDoc[m] as number;
        c = m;
      }
      heapScore[c] = s;
      heapDoc[c] = d;
    }
  }
  // Pop everything: the heap yields worst first, so fill from the back.
  const docs = new Int32Array(size);
  const scores = new Float32Array(size);
  for (let out = size - 1; out >= 0; out--) {
    docs[out] = heapDoc[0] as number;
    scores[out] = heapScore[0] as number;
    const lastDoc = heapDoc[size - 1] as number;
    const lastScore = heapScore[size - 1] as number;
    size--;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= size) break;
      const r = l + 1;
      let m = l;
      if (
        r < size &&
        worse(
          heapScore[r] as number,
          heapDoc[r] as number,
          heapScore[l] as number,
          heapDoc[l] as number,
        )
      )
        m = r;
      if (!worse(heapScore[m] as number, heapDoc[m] as number, lastScore, lastDoc)) break;
      heapScore[c] = heapScore[m] as number;
      heapDoc[c] = heapDoc[m] as number;
      c = m;
    }
    heapScore[c] = lastScore;
    heapDoc[c] = lastDoc;
  }
  return { docs, scores };
}
