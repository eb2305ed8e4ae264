// One engine on one dataset, in a process of its own so its peak memory is its own. Reads the
// job from argv as JSON, writes timings and the run (top 100 per query) to the job's output file.
import fs from "node:fs";
import { readBeirDataset } from "./beir.ts";
import { createEngine, type EngineName } from "./engines.ts";
import { percentile } from "./metrics.ts";

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

const WARMUP_QUERIES = 500;
const WARMUP_MS = 10_000;

async function main() {
  const job = JSON.parse(process.argv[2] ?? "{}") as WorkerJob;
  const dataset = readBeirDataset(job.datasetDir);
  const engine = createEngine(job.engine);

  const started = performance.now();
  await engine.build({
    docs: dataset.corpus,
    ...(job.sqliteSource ? { sqliteSource: job.sqliteSource } : {}),
    ...(job.glossaryFile ? { glossaryFile: job.glossaryFile } : {}),
  });
  const buildMs = performance.now() - started;

  // First pass: the run that is scored. It and further passes warm the engine up (JIT, caches)
  // for the timed pass: at least WARMUP_QUERIES queries or WARMUP_MS, whichever comes first,
  // so a small query set gets the same warm-up as a large one.
  const run: WorkerResult["run"] = {};
  const warmupStarted = performance.now();
  let warmed = 0;
  for (const q of dataset.queries) {
    const hits = await engine.search(q.text, job.hits);
    run[q.id] = hits.map((h) => [h.id, h.score]);
    warmed++;
  }
  while (warmed < WARMUP_QUERIES && performance.now() - warmupStarted < WARMUP_MS) {
    for (const q of dataset.queries) await engine.search(q.text, job.hits);
    warmed += dataset.queries.length;
  }
  const latencies: number[] = [];
  for (const q of dataset.queries) {
    const t = performance.now();
    const pending = engine.search(q.text, job.hits);
    // Await only an engine that answers with a promise: a synchronous one is not charged a
    // microtask turn (the same rule for every engine).
    if (pending instanceof Promise) await pending;
    latencies.push(performance.now() - t);
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
