// A query's scores over an InvertedIndex, summed term at a time into one reusable array (the first
// pass of bm25f.ts's formula, and the second pass's expansion terms on top), with the list of
// the passages scored so far. Allocated once per index; a query allocates nothing here.
import type { InvertedIndex } from "./inverted.ts";

/** Passages whose first-pass score is multiplied by a factor (quoted phrases they contain). */
export interface ScoreBoost {
  docs: readonly number[];
  /** Per passage in `docs`, its factor (at least 1: a boost never lowers a score). */
  factors: readonly number[];
}

/**
 * The score array and its bookkeeping: touched[0..touchedCount) lists the passages with a score,
 * unless `untracked` (after `accumulateAbove`: some scored passages are on no list, and reset
 * clears the whole array). Every contribution is positive, so a passage was touched exactly when
 * its score is above 0.
 */
export interface ScoreAccumulator {
  readonly index: InvertedIndex;
  /** Per passage, its score so far. */
  readonly acc: Float32Array;
  /** One spare slot: accumulate writes a passage at touched[touchedCount] before counting it. */
  readonly touched: Int32Array;
  /** accumulateAbove's list of passages at or above a bound (one spare slot, as touched). */
  readonly above: Int32Array;
  touchedCount: number;
  untracked: boolean;
}

/** An empty accumulator over the index's passages. */
export function createScoreAccumulator(index: InvertedIndex): ScoreAccumulator {
  const { docCount } = index;
  return {
    index,
    acc: new Float32Array(docCount),
    touched: new Int32Array(docCount + 1),
    above: new Int32Array(docCount + 1),
    touchedCount: 0,
    untracked: false,
  };
}

/** The two posting passes over an accumulator (`scorePasses`). */
export interface ScorePasses {
  /** Adds the weighted terms' postings to the scores, listing the passages new to the query. */
  accumulate(ids: Int32Array, weights: Float64Array, n: number): void;
  /**
   * Like accumulate, for a pass whose final selection needs only the passages scoring at least
   * `atLeast`: instead of every touched passage, lists in `above` (from `count` on) each passage
   * whose score reaches the bound in this pass, and returns the new count. Scores only grow, so a
   * passage crosses the bound at most once. Passages new to the query are not listed anywhere:
   * the caller must clear the whole score array afterwards (untracked).
   */
  accumulateAbove(
    ids: Int32Array,
    weights: Float64Array,
    n: number,
    atLeast: number,
    count: number,
  ): number;
}

/**
 * The posting passes, made once per accumulator: closures over its arrays, as the ranker's were,
 * rather than functions taking the record. Taking the record, a feedback query (k = 100) took
 * about 10% longer in a ranker-only driver on NFCorpus's 323 questions (27.7 -> 31.5 µs of CPU,
 * the mean of four alternated runs of each); as closures, 28.6 and 28.7 µs (six of each).
 */
export function scorePasses(scores: ScoreAccumulator): ScorePasses {
  return { accumulate: accumulator(scores), accumulateAbove: aboveAccumulator(scores) };
}

function accumulator(scores: ScoreAccumulator): ScorePasses["accumulate"] {
  const { acc, touched } = scores;
  const { postingOffsets, postingDoc, postingImpact, idf } = scores.index;
  return (ids, weights, n) => {
    for (let q = 0; q < n; q++) {
      const t = ids[q] as number;
      const w = (weights[q] as number) * (idf[t] as number);
      const end = postingOffsets[t + 1] as number;
      // Every contribution is positive, so a passage is new exactly when its score is still 0;
      // it is written to the list either way and the count moves only for a new one (no branch).
      // The count is a local in the loop: a field of the record would be a memory round trip each.
      let count = scores.touchedCount;
      for (let p = postingOffsets[t] as number; p < end; p++) {
        const d = postingDoc[p] as number;
        const a = acc[d] as number;
        touched[count] = d;
        count += +(a === 0);
        acc[d] = a + w * (postingImpact[p] as number);
      }
      scores.touchedCount = count;
    }
  };
}

function aboveAccumulator(scores: ScoreAccumulator): ScorePasses["accumulateAbove"] {
  const { acc, above } = scores;
  const { postingOffsets, postingDoc, postingImpact, idf } = scores.index;
  return (ids, weights, n, atLeast, count) => {
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
    scores.untracked = true;
    return count;
  };
}

/** Lists in `above` the touched passages already scoring at least `atLeast`; returns how many. */
export function listAtLeast(scores: ScoreAccumulator, atLeast: number): number {
  const { acc, touched, above, touchedCount } = scores;
  let count = 0;
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i] as number;
    above[count] = d;
    count += +((acc[d] as number) >= atLeast);
  }
  return count;
}

/** True when every scored passage belongs to one group (stops at the first second group). */
export function oneGroupTouched(scores: ScoreAccumulator, groupOf?: Int32Array): boolean {
  const { touched, touchedCount } = scores;
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
export function applyBoost(scores: ScoreAccumulator, boost: ScoreBoost | undefined): void {
  if (!boost) return;
  const { acc } = scores;
  for (let i = 0; i < boost.docs.length; i++) {
    const d = boost.docs[i] as number;
    const a = acc[d] as number;
    if (a > 0) acc[d] = a * Math.max(1, boost.factors[i] as number);
  }
}

/** Every score back to 0, ready for the next query. */
export function resetScores(scores: ScoreAccumulator): void {
  const { acc, touched, touchedCount } = scores;
  if (scores.untracked) acc.fill(0);
  else {
    for (let i = 0; i < touchedCount; i++) acc[touched[i] as number] = 0;
  }
  scores.touchedCount = 0;
  scores.untracked = false;
}
