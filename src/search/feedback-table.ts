// The terms that may become feedback terms, per passage: those whose idf reaches the feedback's
// floor (bm25f.ts, `minIdf`), each with its field-weighted count already times idf^idfPower, so
// the relevance model (feedback-terms.ts) visits only them, with one multiplication per term.
import type { InvertedIndex } from "./inverted.ts";

/** Per passage, its entries whose term may become a feedback term (idf at or above a floor). */
export interface FeedbackTable {
  minIdf: number;
  idfPower: number;
  offsets: Int32Array;
  term: Int32Array;
  /** Field-weighted count (entryWeightedTf) of the entry times its term's idf^idfPower. */
  tf: Float32Array;
}

/**
 * The index's feedback table for a minIdf and idfPower, built on the first call with them and
 * kept (one per pair; the app uses one).
 */
export function feedbackTables(
  index: InvertedIndex,
): (minIdf: number, idfPower: number) => FeedbackTable {
  const built: FeedbackTable[] = [];
  return (minIdf, idfPower) => {
    for (const table of built) {
      if (table.minIdf === minIdf && table.idfPower === idfPower) return table;
    }
    const table = buildFeedbackTable(index, minIdf, idfPower);
    built.push(table);
    return table;
  };
}

/** Per passage, its entries whose term has idf >= minIdf (the only possible feedback terms). */
function buildFeedbackTable(index: InvertedIndex, minIdf: number, idfPower: number): FeedbackTable {
  const { docCount, idf } = index;
  const { docOffsets, entryTerm } = index.forward;
  const { entryWeightedTf } = index;
  const kept = eligibleEntries(entryTerm, idf, minIdf);
  const idfFactor = idfFactors(idf, index.forward.terms.length, idfPower);
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
  return { minIdf, idfPower, offsets, term, tf };
}

/** How many forward entries hold a term whose idf is at least minIdf. */
function eligibleEntries(entryTerm: Int32Array, idf: Float32Array, minIdf: number): number {
  let kept = 0;
  for (let e = 0; e < entryTerm.length; e++) {
    if ((idf[entryTerm[e] as number] as number) >= minIdf) kept++;
  }
  return kept;
}

/** idf^idfPower per term, computed once rather than per entry. */
function idfFactors(idf: Float32Array, termCount: number, idfPower: number): Float64Array {
  const idfFactor = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) idfFactor[t] = (idf[t] as number) ** idfPower;
  return idfFactor;
}
