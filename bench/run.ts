// `npm run bench [-- --dataset <dir>|wcit|wcit-asked ...] [--engines a,b] [--out file]`
// Runs every engine on every dataset, each pair in its own child process, scores the runs the way
// trec_eval does, prints a Markdown table and writes bench/results/latest.json.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DATASET_FILES, readBeirDataset } from "./beir.ts";
import { ENGINE_NAMES, type EngineName } from "./engines.ts";
import { type Run, scoreRun } from "./metrics.ts";
import { comparisonLine, type DatasetResult, markdownTable } from "./report.ts";
import { prepareWcitDataset } from "./wcit.ts";
import type { WorkerJob, WorkerResult } from "./worker.ts";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(BENCH_DIR, "..");
const SHARED_DATASETS = path.resolve(PROJECT_ROOT, "../shared/bench");
const WORKER = path.join(BENCH_DIR, "worker.ts");
const WORKER_TIMEOUT_MS = 5 * 60_000;
const HITS = 100;

interface DatasetJob {
  name: string;
  dir: string;
  sqliteSource?: string;
  glossaryFile?: string;
}

function runWorker(job: WorkerJob): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, JSON.stringify(job)], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), WORKER_TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(JSON.parse(fs.readFileSync(job.out, "utf8")) as WorkerResult);
      } else {
        reject(
          new Error(
            `${job.engine} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`,
          ),
        );
      }
    });
  });
}

function isDataset(dir: string): boolean {
  return DATASET_FILES.every((f) => fs.existsSync(path.join(dir, f)));
}

async function main() {
  const { values } = parseArgs({
    options: {
      dataset: { type: "string", multiple: true },
      engines: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench [-- --dataset <BEIR folder>|wcit|wcit-asked ...] [--engines name,name] [--out file]\n" +
        `engines: ${ENGINE_NAMES.join(", ")}, wcit-desk (no glossary)\n`,
    );
    return;
  }
  const engines = (
    values.engines ? values.engines.split(",").map((s) => s.trim()) : [...ENGINE_NAMES]
  ) as EngineName[];

  const cleanups: (() => void)[] = [];
  const datasets: DatasetJob[] = [];
  const wanted = values.dataset ?? [
    ...(fs.existsSync(SHARED_DATASETS)
      ? fs
          .readdirSync(SHARED_DATASETS)
          .sort()
          .map((d) => path.join(SHARED_DATASETS, d))
          .filter(isDataset)
      : []),
    "wcit",
    "wcit-asked",
  ];
  for (const d of wanted) {
    if (d === "wcit" || d === "wcit-asked") {
      const wcit = await prepareWcitDataset({
        corpusDir: path.join(PROJECT_ROOT, "corpus"),
        judgmentsFile: path.join(BENCH_DIR, "wcit", "retrieval.json"),
        wording: d === "wcit" ? "plain" : "asked",
      });
      cleanups.push(wcit.cleanup);
      datasets.push({
        name: d,
        dir: wcit.dir,
        sqliteSource: wcit.sqliteFile,
        glossaryFile: wcit.glossaryFile,
      });
    } else {
      readBeirDataset(d); // fail early, with the file and line, before any child starts
      datasets.push({ name: path.basename(path.resolve(d)), dir: path.resolve(d) });
    }
  }

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-bench-runs-"));
  cleanups.push(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const results: DatasetResult[] = [];
  try {
    for (const ds of datasets) {
      const data = readBeirDataset(ds.dir);
      const result: DatasetResult = {
        name: ds.name,
        docs: data.corpus.length,
        queries: data.queries.length,
        engines: [],
      };
      const names =
        ds.name === "wcit" && engines.includes("wcit-desk")
          ? [...engines.slice(0, 1), "wcit-desk (no glossary)" as const, ...engines.slice(1)]
          : engines;
      for (const engine of names) {
        const job: WorkerJob = {
          engine,
          datasetDir: ds.dir,
          ...(ds.sqliteSource && engine.startsWith("wcit-desk")
            ? { sqliteSource: ds.sqliteSource }
            : {}),
          ...(ds.glossaryFile ? { glossaryFile: ds.glossaryFile } : {}),
          out: path.join(scratch, `${results.length}-${result.engines.length}.json`),
          hits: HITS,
        };
        process.stderr.write(`${ds.name}: ${engine} … `);
        try {
          const w = await runWorker(job);
          const run: Run = new Map(
            Object.entries(w.run).map(([qid, hits]) => [
              qid,
              hits.map(([id, score]) => ({ id, score })),
            ]),
          );
          const scores = scoreRun(run, data.qrels);
          result.engines.push({
            name: engine,
            ndcg10: round(scores.ndcg10, 4),
            recall100: round(scores.recall100, 4),
            buildMs: round(w.buildMs, 1),
            p50Ms: round(w.p50Ms, 5),
            p99Ms: round(w.p99Ms, 5),
            peakRssMB: round(w.peakRssMB, 1),
          });
          process.stderr.write(`nDCG@10 ${scores.ndcg10.toFixed(4)}\n`);
        } catch (err) {
          process.stderr.write(`FAILED: ${(err as Error).message}\n`);
          result.engines.push({
            name: engine,
            ndcg10: Number.NaN,
            recall100: Number.NaN,
            buildMs: Number.NaN,
            p50Ms: Number.NaN,
            p99Ms: Number.NaN,
            peakRssMB: Number.NaN,
          });
        }
      }
      results.push(result);
      process.stdout.write(`${markdownTable(result)}\n\n${comparisonLine(result)}\n\n`);
    }
  } finally {
    for (const c of cleanups) c();
  }

  const out = values.out ?? path.join(BENCH_DIR, "results", "latest.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = {
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, platform: process.platform },
    datasets: results.map((r) => ({
      ...r,
      engines: r.engines.map((e) =>
        Object.fromEntries(Object.entries(e).map(([k, v]) => [k, Number.isNaN(v) ? null : v])),
      ),
    })),
  };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  process.stderr.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
