// Query-time scoring over an InvertedIndex (the formula is stated in bm25f.ts): term-at-a-time
// accumulation into one reusable score array (score-accumulator.ts), top-k selection (top-k.ts),
// and RM3-style pseudo-relevance feedback (feedback-terms.ts) from a precomputed per-passage table
// of eligible terms (feedback-table.ts). Scratch memory is allocated once per index (or grown
// rarely), not per query; a query allocates only what it returns.
import type { FeedbackParams } from "./bm25f.ts";
import { type FeedbackTable, feedbackTables } from "./feedback-table.ts";
import { createFeedbackScratch, expansionTerms, type FeedbackScratch } from "./feedback-terms.ts";
import type { InvertedIndex } from "./inverted.ts";
import {
  applyBoost,
  createScoreAccumulator,
  listAtLeast,
  oneGroupTouched,
  resetScores,
  type ScoreAccumulator,
  type ScoreBoost,
  type ScorePasses,
  scorePasses,
} from "./score-accumulator.ts";
import { createTopKSelector, type TopKSelector } from "./top-k.ts";

export type { ScoreBoost } from "./score-accumulator.ts";

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

/** A ranker's memory: the score array, the selector over it, and the per-query scratch. */
interface RankerState {
  readonly index: InvertedIndex;
  readonly groupOf: Int32Array | undefined;
  readonly scores: ScoreAccumulator;
  readonly passes: ScorePasses;
  readonly top: TopKSelector;
  readonly query: QueryTerms;
  readonly feedback: FeedbackScratch;
  /** The feedback table for a minIdf and idfPower (`feedbackTables`). */
  readonly feedbackTable: (minIdf: number, idfPower: number) => FeedbackTable;
}

/** The query's known terms with a positive weight (grown when too small). */
interface QueryTerms {
  ids: Int32Array;
  weights: Float64Array;
}

/** `groupOf[passage]` = its document number, for the one-document check. */
export function createRanker(
  index: InvertedIndex,
  groupOf?: Int32Array,
  options: RankerOptions = {},
): Ranker {
  const state = rankerState(index, groupOf);
  if (options.feedback) state.feedbackTable(options.feedback.minIdf, options.feedback.idfPower);
  return {
    rank: (terms, k, boost) => rank(state, terms, k, boost),
    rankWithFeedback: (terms, k, feedback, boost) =>
      rankWithFeedback(state, terms, k, feedback, boost),
  };
}

function rankerState(index: InvertedIndex, groupOf: Int32Array | undefined): RankerState {
  const scores = createScoreAccumulator(index);
  return {
    index,
    groupOf,
    scores,
    passes: scorePasses(scores),
    top: createTopKSelector(scores.acc),
    query: { ids: new Int32Array(64), weights: new Float64Array(64) },
    feedback: createFeedbackScratch(index.forward.terms.length),
    feedbackTable: feedbackTables(index),
  };
}

/** The query's known terms with a positive weight into state.query; their count. */
function resolve(state: RankerState, terms: readonly WeightedTerm[]): number {
  const { query } = state;
  if (terms.length > query.ids.length) {
    query.ids = new Int32Array(terms.length);
    query.weights = new Float64Array(terms.length);
  }
  const { termIds } = state.index;
  const { ids, weights } = query;
  let n = 0;
  for (let i = 0; i < terms.length; i++) {
    const { term, weight } = terms[i] as WeightedTerm;
    const id = termIds.get(term);
    if (id === undefined || weight <= 0) continue;
    ids[n] = id;
    weights[n] = weight;
    n++;
  }
  return n;
}

/** The first `size` selected passages as arrays of their own, scores scaled by `scale`. */
function result(top: TopKSelector, size: number, oneGroup: boolean, scale = 1): RankedDocs {
  // Plain arrays: a typed array of more than a few dozen bytes gets a separately allocated
  // backing store, which costs more than the rest of a small query.
  const docs = new Array<number>(size);
  const scores = new Array<number>(size);
  const { docs: topDocs, scores: topScores } = top;
  for (let i = 0; i < size; i++) {
    docs[i] = topDocs[i] as number;
    scores[i] = Math.fround((topScores[i] as number) * scale);
  }
  return { docs, scores, oneGroup };
}

/**
 * The first pass over the `n` resolved terms, `boost` applied; whether every scored passage is
 * in one group.
 */
function firstPass(state: RankerState, n: number, boost: ScoreBoost | undefined): boolean {
  const { scores, query } = state;
  state.passes.accumulate(query.ids, query.weights, n);
  applyBoost(scores, boost);
  return oneGroupTouched(scores, state.groupOf);
}

function rank(
  state: RankerState,
  terms: readonly WeightedTerm[],
  k: number,
  boost?: ScoreBoost,
): RankedDocs {
  const { scores, top } = state;
  const oneGroup = firstPass(state, resolve(state, terms), boost);
  const size = top.select(k, scores.touched, scores.touchedCount);
  resetScores(scores);
  return result(top, size, oneGroup);
}

function rankWithFeedback(
  state: RankerState,
  terms: readonly WeightedTerm[],
  k: number,
  feedback: FeedbackParams,
  boost?: ScoreBoost,
): RankedDocs {
  if (feedback.docs <= 0 || feedback.terms <= 0) return rank(state, terms, k, boost);
  const n = resolve(state, terms);
  if (n === 0) return rank(state, terms, k, boost);
  const { scores, top } = state;
  // First pass. Its scores stay in the accumulator: the mixed query is alpha·original +
  // feedback, so the second pass only adds the feedback terms (scaled by 1/alpha) on top.
  const oneGroup = firstPass(state, n, boost);
  // The feedback passages, and a lower bound on the first pass's k-th best score: feedback
  // only adds to scores, so it bounds the final k-th best from below and cuts the final selection.
  const firstSize = top.select(feedback.docs, scores.touched, scores.touchedCount, k);
  if (firstSize === 0) {
    resetScores(scores);
    return result(top, 0, oneGroup);
  }
  const atLeast = top.bound;
  const chosenCount = feedbackTerms(state, feedback, Math.min(feedback.docs, firstSize), n);
  const size = secondPass(state, k, atLeast, chosenCount);
  resetScores(scores);
  return result(top, size, oneGroup, feedback.originalWeight);
}

/** The expansion terms from the first `fbCount` first-pass passages (`expansionTerms`). */
function feedbackTerms(
  state: RankerState,
  feedback: FeedbackParams,
  fbCount: number,
  n: number,
): number {
  const table = state.feedbackTable(feedback.minIdf, feedback.idfPower);
  let origSum = 0;
  for (let q = 0; q < n; q++) origSum += state.query.weights[q] as number;
  const { top, feedback: fb, index } = state;
  return expansionTerms(fb, top, fbCount, table, index.docLength, feedback, origSum);
}

/** Adds the expansion terms' postings and selects the k best; their count. */
function secondPass(state: RankerState, k: number, atLeast: number, chosenCount: number): number {
  const { scores, top } = state;
  const { chosen, chosenWeights } = state.feedback;
  if (atLeast > 0) {
    // Only passages ending at or above the bound can be among the k best: those already there
    // after the first pass, and those the feedback terms lift over it, listed as they cross.
    const count = listAtLeast(scores, atLeast);
    const total = state.passes.accumulateAbove(chosen, chosenWeights, chosenCount, atLeast, count);
    return top.select(k, scores.above, total);
  }
  // Fewer than k first-pass matches: every passage the feedback terms touch is a candidate.
  state.passes.accumulate(chosen, chosenWeights, chosenCount);
  return top.select(k, scores.touched, scores.touchedCount);
}
