import { describe, expect, it } from "vitest";
import { ndcgAt, recallAt, scoreRun, trecOrder } from "../../bench/metrics.ts";

describe("metrics (trec_eval conventions)", () => {
  // Query with graded judgments: d1 = 2, d2 = 1, d3 = 1; d9 is judged 0.
  const judged = new Map([
    ["d1", 2],
    ["d2", 1],
    ["d3", 1],
    ["d9", 0],
  ]);

  it("computes nDCG@10 with graded gains and a log2(rank + 1) discount (hand-checked)", () => {
    // Ranking: d2 (1), x (0), d1 (2). DCG = 1/log2(2) + 0 + 2/log2(4) = 1 + 1 = 2.
    // Ideal: 2, 1, 1 → 2/1 + 1/log2(3) + 1/log2(4) = 2 + 0.6309298 + 0.5 = 3.1309298.
    const hits = [
      { id: "d2", score: 3 },
      { id: "x", score: 2 },
      { id: "d1", score: 1 },
    ];
    expect(ndcgAt(hits, judged, 10)).toBeCloseTo(2 / 3.1309298, 6);
  });

  it("breaks score ties by document id, larger first, whatever order the run lists them", () => {
    const tied = [
      { id: "d1", score: 1 },
      { id: "d3", score: 1 },
      { id: "a0", score: 5 },
    ];
    expect(trecOrder(tied).map((h) => h.id)).toEqual(["a0", "d3", "d1"]);
    // d3 (1) at rank 2, d1 (2) at rank 3: DCG = 1/log2(3) + 2/log2(4) = 0.6309298 + 1.
    expect(ndcgAt(tied, judged, 10)).toBeCloseTo(1.6309298 / 3.1309298, 6);
    expect(ndcgAt([...tied].reverse(), judged, 10)).toBeCloseTo(1.6309298 / 3.1309298, 6);
  });

  it("cuts at 10: a relevant document at rank 11 counts nothing", () => {
    const hits = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, score: 100 - i }));
    hits.push({ id: "d1", score: 1 });
    expect(ndcgAt(hits, judged, 10)).toBe(0);
    expect(recallAt(hits, judged, 100)).toBeCloseTo(1 / 3, 10);
  });

  it("computes Recall@100 over documents graded 1 or more", () => {
    const hits = [
      { id: "d1", score: 2 },
      { id: "d9", score: 1 },
    ];
    expect(recallAt(hits, judged, 100)).toBeCloseTo(1 / 3, 10);
    expect(recallAt([{ id: "d2", score: 1 }], judged, 100)).toBeCloseTo(1 / 3, 10);
  });

  it("averages over every judged query; a query without results scores 0", () => {
    const qrels = new Map([
      ["q1", new Map([["a", 1]])],
      ["q2", new Map([["b", 1]])],
    ]);
    const run = new Map([["q1", [{ id: "a", score: 1 }]]]);
    const scores = scoreRun(run, qrels);
    expect(scores.ndcg10).toBe(0.5);
    expect(scores.recall100).toBe(0.5);
    expect(scores.perQuery.get("q2")).toEqual({ ndcg10: 0, recall100: 0 });
  });
});
