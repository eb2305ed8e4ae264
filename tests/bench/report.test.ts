import { describe, expect, it } from "vitest";
import {
  comparePeers,
  comparisonLine,
  type DatasetResult,
  type EngineRow,
  markdownTable,
} from "../../bench/report.ts";

const row = (name: string, ndcg10: number, p50Ms: number, buildMs: number): EngineRow => ({
  name,
  ndcg10,
  recall100: 0.5,
  buildMs,
  p50Ms,
  p99Ms: p50Ms * 4,
  peakRssMB: 200,
});

const result = (engines: EngineRow[]): DatasetResult => ({
  name: "tiny",
  docs: 1234,
  queries: 10,
  engines,
});

describe("benchmark report", () => {
  it("sets our row against the best and fastest peers, never against our own variants", () => {
    const c = comparePeers(
      result([
        row("wcit-desk", 0.35, 0.03, 1000),
        // Faster and better than every peer, but ours: not a peer.
        row("wcit-desk (FTS5 bm25)", 0.9, 0.001, 10),
        row("Fast", 0.25, 0.01, 3000),
        row("Good", 0.33, 0.3, 2000),
        row("Quick build", 0.3, 0.5, 500),
      ]),
    );
    expect(c?.bestPeer.name).toBe("Good");
    expect(c?.bestPeer.margin).toBeCloseTo(0.02, 10);
    expect(c?.latency).toEqual({ peer: "Fast", ratio: expect.closeTo(3, 10) });
    expect(c?.build).toEqual({ peer: "Quick build", ratio: 2 });
  });

  it("leaves out engines that failed, and says so when there is nothing to compare", () => {
    const failed = row("Broken", Number.NaN, Number.NaN, Number.NaN);
    const c = comparePeers(
      result([row("wcit-desk", 0.3, 0.02, 100), failed, row("P", 0.4, 0.01, 50)]),
    );
    expect(c?.bestPeer).toEqual({ name: "P", ndcg10: 0.4, margin: expect.closeTo(-0.1, 10) });
    expect(comparisonLine(result([row("wcit-desk", 0.3, 0.02, 100), failed]))).toMatch(
      /no comparison/,
    );
    expect(comparisonLine(result([failed, row("P", 0.4, 0.01, 50)]))).toMatch(/no comparison/);
  });

  it("prints the line with signed margin and ratios", () => {
    const line = comparisonLine(
      result([row("wcit-desk", 0.3, 0.02, 100), row("P", 0.4, 0.01, 50)]),
    );
    expect(line).toBe(
      "wcit-desk against its peers: nDCG@10 −0.1000 over the best peer (P, 0.4000); median latency 2.00× the fastest peer (P); build 2.00× the fastest peer (P).",
    );
  });

  it("shows a fourth decimal for latencies under 0.1 ms and a dash for a failed engine", () => {
    const table = markdownTable(
      result([
        row("wcit-desk", 0.34601, 0.00463, 1127.4),
        row("Broken", Number.NaN, Number.NaN, Number.NaN),
      ]),
    );
    expect(table).toContain("### tiny (1,234 docs, 10 queries)");
    expect(table).toContain("| wcit-desk | 0.3460 | 0.5000 | 1127 | 0.0046 | 0.0185 | 200 |");
    expect(table).toContain("| Broken | – | 0.5000 | – | – | – | 200 |");
  });
});
