// One engine on one dataset, in a process of its own so its peak memory is its own. Reads the
// job from argv as JSON, writes timings and the run (top 100 per query) to the job's output file.
import fs from "node:fs";
import { percentile } from "../src/percentile.ts";
import { readBeirDataset } from "./beir.ts";
import { createEngine, type EngineName } from "./engines.ts";

export interface WorkerJob {
  engine: EngineName;
  datasetDir: string;
  sqliteSource?: string;
  glossaryFile?: string;
  out: string;
  /** Hits kept per query (Recall@100 needs 100). */
  hits: number;
}

export interface WorkerResult {
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMB: number;
  /** query id → [document id, score][] */
  run: Record<string, [string, number][]>;
}

// Warm-up: at least WARMUP_QUERIES queries and WARMUP_MIN_MS (so an optimizing JIT that compiles
// in the background on a busy machine has had time to), stopping at WARMUP_MAX_MS for slow engines.
const WARMUP_QUERIES = 500;
const WARMUP_MIN_MS = 2_000;
const WARMUP_MAX_MS = 10_000;
// Timed passes over every query: whole passes until TIMED_MS have gone by (at least one), so the
// percentiles rest on about a second of queries for every engine. A fast engine on a small set
// would otherwise be timed for a millisecond or two, and one burst of load from elsewhere on a
// shared machine could move its median.
const TIMED_MS = 1_000;

async function main() {
  const job = JSON.parse(process.argv[2] ?? "{}") as WorkerJob;
  const dataset = readBeirDataset(job.datasetDir);
  const engine = createEngine(job.engine);

  const input = {
    docs: dataset.corpus,
    ...(job.sqliteSource ? { sqliteSource: job.sqliteSource } : {}),
    ...(job.glossaryFile ? { glossaryFile: job.glossaryFile } : {}),
  };
  engine.prepare?.(input);
  const started = performance.now();
  await engine.build(input);
  const buildMs = performance.now() - started;

  // First pass: the run that is scored. It and further passes warm the engine up (JIT, caches)
  // for the timed passes, the same rule for every engine (see WARMUP_*).
  const run: WorkerResult["run"] = {};
  const warmupStarted = performance.now();
  let warmed = 0;
  for (const q of dataset.queries) {
    const hits = await engine.search(q.text, job.hits);
    run[q.id] = hits.map((h) => [h.id, h.score]);
    warmed++;
  }
  const warming = () => {
    const elapsed = performance.now() - warmupStarted;
    return elapsed < WARMUP_MAX_MS && (warmed < WARMUP_QUERIES || elapsed < WARMUP_MIN_MS);
  };
  while (warming()) {
    for (const q of dataset.queries) await engine.search(q.text, job.hits);
    warmed += dataset.queries.length;
  }
  const latencies: number[] = [];
  const timedStarted = performance.now();
  for (let pass = 0; pass === 0 || performance.now() - timedStarted < TIMED_MS; pass++) {
    for (const q of dataset.queries) {
      const t = performance.now();
      const pending = engine.search(q.text, job.hits);
      // Await only an engine that answers with a promise: a synchronous one is not charged a
      // microtask turn (the same rule for every engine).
      if (pending instanceof Promise) await pending;
      latencies.push(performance.now() - t);
    }
  }
  latencies.sort((a, b) => a - b);
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  engine.close?.();
  const result: WorkerResult = {
    buildMs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    peakRssMB,
    run,
  };
  fs.writeFileSync(job.out, JSON.stringify(result));
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
