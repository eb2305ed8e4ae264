// What a benchmark run reports: the figures per engine and dataset, the Markdown table, and one
// line that sets our engine against its peers the way the targets are stated (quality against the
// best peer, latency and build time as ratios to the fastest peer in the same run).

export interface EngineRow {
  name: string;
  ndcg10: number;
  recall100: number;
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMB: number;
}

export interface DatasetResult {
  name: string;
  docs: number;
  queries: number;
  engines: EngineRow[];
}

/** Our engine's row; the other "wcit-desk …" rows are variants of it, not peers. */
const OUR_ENGINE = "wcit-desk";

const fmt = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/** Milliseconds: a fourth decimal below 0.1 ms, where the fastest engines answer. */
const fmtMs = (n: number) => fmt(n, Math.abs(n) < 0.1 ? 4 : 3);

export function markdownTable(result: DatasetResult): string {
  const lines = [
    `### ${result.name} (${result.docs.toLocaleString("en")} docs, ${result.queries} queries)`,
    "",
    "| engine | nDCG@10 | Recall@100 | build ms | p50 ms | p99 ms | peak RSS MB |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const e of result.engines) {
    lines.push(
      `| ${e.name} | ${fmt(e.ndcg10, 4)} | ${fmt(e.recall100, 4)} | ${fmt(e.buildMs, 0)} | ${fmtMs(e.p50Ms)} | ${fmtMs(e.p99Ms)} | ${fmt(e.peakRssMB, 0)} |`,
    );
  }
  return lines.join("\n");
}

export interface PeerComparison {
  /** The peer with the highest nDCG@10, and how far above it we are (negative: below). */
  bestPeer: { name: string; ndcg10: number; margin: number };
  /** Our median latency over the fastest peer's (2 or less meets the target). */
  latency: { peer: string; ratio: number };
  /** Our build time over the fastest peer's. */
  build: { peer: string; ratio: number };
}

/** Our row against the peers that finished, or undefined when either side is missing. */
export function comparePeers(result: DatasetResult): PeerComparison | undefined {
  const finished = result.engines.filter(
    (e) => Number.isFinite(e.ndcg10) && Number.isFinite(e.p50Ms) && Number.isFinite(e.buildMs),
  );
  const ours = finished.find((e) => e.name === OUR_ENGINE);
  const peers = finished.filter((e) => !e.name.startsWith(OUR_ENGINE));
  if (!ours || peers.length === 0) return undefined;
  const best = (pick: (e: EngineRow) => number, better: (a: number, b: number) => boolean) =>
    peers.reduce((x, e) => (better(pick(e), pick(x)) ? e : x));
  const quality = best(
    (e) => e.ndcg10,
    (a, b) => a > b,
  );
  const fastest = best(
    (e) => e.p50Ms,
    (a, b) => a < b,
  );
  const quickest = best(
    (e) => e.buildMs,
    (a, b) => a < b,
  );
  return {
    bestPeer: { name: quality.name, ndcg10: quality.ndcg10, margin: ours.ndcg10 - quality.ndcg10 },
    latency: { peer: fastest.name, ratio: ours.p50Ms / fastest.p50Ms },
    build: { peer: quickest.name, ratio: ours.buildMs / quickest.buildMs },
  };
}

/** One line under a dataset's table: where our engine stands against the targets. */
export function comparisonLine(result: DatasetResult): string {
  const c = comparePeers(result);
  if (!c) return `${OUR_ENGINE} or every peer is missing from this run: no comparison.`;
  const margin = `${c.bestPeer.margin >= 0 ? "+" : "−"}${Math.abs(c.bestPeer.margin).toFixed(4)}`;
  return (
    `${OUR_ENGINE} against its peers: nDCG@10 ${margin} over the best peer (${c.bestPeer.name}, ` +
    `${c.bestPeer.ndcg10.toFixed(4)}); median latency ${c.latency.ratio.toFixed(2)}× the fastest ` +
    `peer (${c.latency.peer}); build ${c.build.ratio.toFixed(2)}× the fastest peer (${c.build.peer}).`
  );
}
