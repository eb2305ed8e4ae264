// The ranking formula, stated once, with every parameter, its default and why. The code that
// computes it is split by when it runs: inverted.ts precomputes idf and each posting's impact when
// the index loads (with the functions below), ranker.ts sums them per query (score-accumulator.ts)
// and runs feedback (feedback-terms.ts).
//
// ── First pass: BM25F ("simple BM25F", Robertson & Zaragoza 2009) ────────────────────────────────
// A passage d has three fields f: its document's title, its heading path, its body.
//
//   tf'(t,d)     = Σ_f  w_f · tf_f(t,d) / (1 − b_f + b_f · len_f(d) / avglen_f)
//   impact(t,d)  = tf'(t,d) / (k1 + tf'(t,d))                     in (0, 1)    [inverted.ts]
//   idf(t)       = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))      > 0          [inverted.ts]
//   first(d)     = (1 + β)^phrases(d) · Σ_{t ∈ q} q_t · idf(t) · impact(t,d)    [score-accumulator.ts]
//
//   tf_f(t,d) occurrences of term t in field f; len_f(d) terms in the field (stop words dropped);
//   avglen_f the field's mean length over all N passages (1 when the field is empty everywhere);
//   df(t) passages holding t in any field; q_t the query term's weight (see below); phrases(d)
//   the number of the question's quoted phrases that d holds (FTS5 phrase match, index.ts), β =
//   `phraseBoost`. The boost applies before anything is selected, so it also steers feedback.
//   Fields are merged before saturation (that is what makes it BM25F rather than a sum of BM25s),
//   so a term in the title and the body saturates once.
//
// ── Query term weights q_t ────────────────────────────────────────────────────────────────────────
//   q_t = Σ over the occurrences of t in the question's content (its instructions removed:
//         question.ts) of 1 in a sentence that asks and `contextWeight` in another sentence
//         (an everyday word, one of the 500 commonest of spoken English, counts once in each:
//         index.ts `isEverydayTerm`),
//       or, for a term a glossary entry adds (glossary.ts: the other names of an acronym or a long
//         form the question uses, the country of a demonym), `expansionWeight` times the weight
//         of the sentence that named the entry.
//
// ── Second pass: pseudo-relevance feedback (RM3, with idf-weighted expansion terms) ─────────────
//   F        = the `feedback.docs` best passages of the first pass, s_d their first-pass scores
//   rm(t)    = idf(t)^γ · Σ_{d ∈ F} (s_d / Σ_F s) · wtf(t,d) / |d|      for idf(t) ≥ minIdf
//              wtf(t,d) = Σ_f w_f · tf_f(t,d) (no length normalization), |d| = Σ_f w_f · len_f(d)
//   E        = the `feedback.terms` terms with the largest rm(t) (query terms may be among them)
//   Q        = Σ_{t ∈ q} q_t
//   score(d) = α · first(d) + (1 − α) · Q · Σ_{t ∈ E} (rm(t) / Σ_E rm) · idf(t) · impact(t,d)
//   α = feedback.originalWeight, γ = feedback.idfPower. Because the mixed query is linear, the
//   second pass only adds the expansion terms' postings on top of the first pass's scores, and
//   Q keeps scores on the scale of a plain BM25 pass (the answer engine's relevance floor reads
//   them). Passages tie-break by passage number, lower first (top-k.ts).

export interface RankingParams {
  /** Term-frequency saturation (default 1.2, Lucene classic and BEIR's BM25 baseline). */
  k1: number;
  /** Length normalization per field, title/section/body (default 0.75 each, Lucene classic). */
  b: readonly [number, number, number];
  /** Weight of one occurrence per field (default 2/1/1: a title word counts twice). */
  weights: readonly [number, number, number];
}

export interface FeedbackParams {
  /** Feedback passages taken from the first pass (default 10; 0 turns feedback off). */
  docs: number;
  /** Expansion terms kept (default 10). */
  terms: number;
  /** α: share of the final query that stays with the question's own terms (default 0.85). */
  originalWeight: number;
  /** Expansion terms need at least this idf (default 1.5): common words add cost, no precision. */
  minIdf: number;
  /**
   * γ: a candidate term's relevance-model weight is multiplied by idf^γ, both to choose the
   * expansion terms and to weight them (default 0.75; 0 is plain RM3). Rarer terms say more
   * about the topic, and their shorter postings make the second pass cheaper.
   */
  idfPower: number;
}

export interface RankingConfig {
  params: RankingParams;
  feedback: FeedbackParams;
  /** Weight of each glossary expansion term relative to a term the user typed (default 0.5). */
  expansionWeight: number;
  /**
   * Weight of a word in a sentence that does not ask, in a question that has one that does
   * ("Our members keep asking about this. Why did the US refuse to sign?"), relative to a word
   * of the asking sentence (default 0.3; see question.ts `focus`).
   */
  contextWeight: number;
  /**
   * β: a passage holding a phrase the user quoted has its first-pass score multiplied by 1 + β
   * per such phrase (default 0.5). A boost, never a filter: passages without the exact phrase
   * still rank on its words.
   */
  phraseBoost: number;
}

/**
 * The defaults, chosen on SciFact, NFCorpus and the WCIT set together (bench/README.md, "Ranking
 * choices", has each step's figures; a change that won on one set and lost on another was
 * dropped):
 * - k1 1.2, b 0.75: +0.009 SciFact and +0.003 NFCorpus nDCG@10 over k1 0.9 / b 0.4.
 * - title ×2: +0.006 SciFact over one merged field; ×3 and heading ×1.5–2 were within noise.
 * - feedback 10 passages × 10 terms, α 0.85: feedback is worth +0.017 on NFCorpus and +0.04 on
 *   WCIT; Anserini's α 0.5 costs SciFact 0.05, fewer passages or terms lose on both public sets.
 * - idf floor 1.5 and γ 0.75: better on all three sets than plain RM3 with a floor of 2, and the
 *   second pass reads about a third fewer postings.
 * - expansion weight 0.5: an expansion helps recall without outvoting the words the user typed.
 * - phrase boost 0.5: a passage with the quoted phrase outranks one with its words apart unless
 *   the other is much the better match on the rest of the question.
 * - context weight 0.3: with context sentences added to the WCIT questions, 0.3 keeps the plain
 *   question's first passage first for 36 and 38 of 40 (all 40 at 0.1, 16 and 31 at 1), while a
 *   context sentence that holds the topic (a follow-up's antecedent) still counts
 *   (bench/README.md, "Questions as asked").
 */
export const DEFAULT_RANKING: RankingConfig = {
  params: { k1: 1.2, b: [0.75, 0.75, 0.75], weights: [2, 1, 1] },
  feedback: { docs: 10, terms: 10, originalWeight: 0.85, minIdf: 1.5, idfPower: 0.75 },
  expansionWeight: 0.5,
  contextWeight: 0.3,
  phraseBoost: 0.5,
};

/** idf(t) of the formula: never negative, even for a term in every passage. */
export function bm25Idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

/** w_f / (1 − b_f + b_f · len_f / avglen_f): what one occurrence in field f adds to tf'. */
export function fieldNormalizer(weight: number, b: number, length: number, avgLength: number) {
  return weight / (1 - b + (b * length) / avgLength);
}

/** impact(t,d) of the formula, from tf'. */
export function saturate(tf: number, k1: number): number {
  return tf / (k1 + tf);
}

/**
 * The weight the second pass gives an expansion term, chosen so that the final score is the
 * formula's: the first-pass scores stay in the accumulator, expansion terms are added at
 * (1 − α) · Q · share / α, and the sum is scaled by α at the end.
 */
export function expansionQueryWeight(
  alpha: number,
  originalWeightSum: number,
  relevanceWeight: number,
  relevanceWeightSum: number,
): number {
  return ((1 - alpha) * originalWeightSum * relevanceWeight) / ((relevanceWeightSum || 1) * alpha);
}
