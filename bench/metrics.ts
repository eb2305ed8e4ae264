// Retrieval metrics as trec_eval computes them (`trec_eval -c -m ndcg_cut.10 -m recall.100`):
// gain = relevance grade, discount log2(rank + 1), ideal ranking from the qrels, ties in score
// broken by document id in decreasing string order, and every judged query counted (a query
// with no results scores 0).
import type { Qrels } from "./beir.ts";

export interface RankedHit {
  id: string;
  score: number;
}

/** A run: query id → hits in any order (they are re-sorted the way trec_eval sorts them). */
export type Run = Map<string, RankedHit[]>;

export function trecOrder(hits: readonly RankedHit[]): RankedHit[] {
  return [...hits].sort((a, b) =>
    b.score !== a.score ? b.score - a.score : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );
}

export function ndcgAt(hits: readonly RankedHit[], judged: ReadonlyMap<string, number>, k: number) {
  const ranked = trecOrder(hits);
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    const gain = judged.get((ranked[i] as RankedHit).id) ?? 0;
    if (gain > 0) dcg += gain / Math.log2(i + 2);
  }
  const ideal = [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++)
    idcg += (ideal[i] as number) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

export function recallAt(
  hits: readonly RankedHit[],
  judged: ReadonlyMap<string, number>,
  k: number,
) {
  const relevant = [...judged.values()].filter((g) => g >= 1).length;
  if (relevant === 0) return 0;
  const ranked = trecOrder(hits);
  let found = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if ((judged.get((ranked[i] as RankedHit).id) ?? 0) >= 1) found++;
  }
  return found / relevant;
}

export interface RunScores {
  ndcg10: number;
  recall100: number;
  /** Per query, for comparing runs. */
  perQuery: Map<string, { ndcg10: number; recall100: number }>;
}

/** Means over every query in the qrels; a query missing from the run scores 0. */
export function scoreRun(run: Run, qrels: Qrels): RunScores {
  const perQuery = new Map<string, { ndcg10: number; recall100: number }>();
  let ndcgSum = 0;
  let recallSum = 0;
  for (const [qid, judged] of qrels) {
    const hits = run.get(qid) ?? [];
    const q = { ndcg10: ndcgAt(hits, judged, 10), recall100: recallAt(hits, judged, 100) };
    perQuery.set(qid, q);
    ndcgSum += q.ndcg10;
    recallSum += q.recall100;
  }
  const n = qrels.size || 1;
  return { ndcg10: ndcgSum / n, recall100: recallSum / n, perQuery };
}
