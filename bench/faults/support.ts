// What every fault case needs: temporary folders, the CLI run in-process or as a real process,
// and a check that an index database is whole.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { runCli } from "../../src/cli.ts";
import { makeTempDir, removeDir } from "../../tests/support/corpus-builder.ts";

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** What a case found: whether the system held, and a line saying what was seen. */
export interface FaultOutcome {
  held: boolean;
  detail: string;
}

export interface FaultCase {
  /** Stable id, `group/name`, for `--only`. */
  id: string;
  /** What the case does to the system, and what holding means. */
  title: string;
  run(): Promise<FaultOutcome>;
}

export const held = (detail: string): FaultOutcome => ({ held: true, detail });
export const failed = (detail: string): FaultOutcome => ({ held: false, detail });

/** Runs `fn` with a fresh temporary folder, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = makeTempDir(`wcit-faults-${prefix}-`);
  try {
    return await fn(dir);
  } finally {
    removeDir(dir);
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** Set when a spawned process had to be killed at its time limit. */
  timedOut?: boolean;
}

/** The settings a case runs with: nothing from the calling shell's model or Slack setup. */
function isolatedEnv(env: Record<string, string>): Record<string, string | undefined> {
  const base: Record<string, string | undefined> = { LOG_LEVEL: "silent" };
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(OPENAI_|SLACK_|ANSWER_|DATABASE_PATH|DATA_DIR|CORPUS_DIR|LOG_LEVEL)/.test(k))
      base[k] = v;
  }
  return { ...base, ...env };
}

/** `wcit <argv>` in this process (fast; for cases whose every wait is bounded). */
export async function cli(argv: string[], env: Record<string, string>): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const started = performance.now();
  const code = await runCli(argv, {
    env: isolatedEnv(env),
    cwd: PROJECT_ROOT,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr, ms: performance.now() - started };
}

export interface SpawnedCli {
  pid: number;
  done: Promise<CliResult>;
  kill(signal?: NodeJS.Signals): void;
}

/** `wcit <argv>` as a real process (`node --import tsx src/cli.ts`), killed after `timeoutMs`. */
export function spawnCli(
  argv: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): SpawnedCli {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...argv], {
    cwd: PROJECT_ROOT,
    env: isolatedEnv(env),
  });
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  child.stdout.on("data", (d: Buffer) => {
    stdout += String(d);
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += String(d);
  });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const done = new Promise<CliResult>((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout,
        stderr,
        ms: performance.now() - started,
        ...(timedOut ? { timedOut } : {}),
      });
    });
  });
  return { pid: child.pid ?? 0, done, kill: (signal = "SIGKILL") => child.kill(signal) };
}

/**
 * Everything that makes an index whole, or what breaks it: SQLite's own integrity check, foreign
 * keys, every document with its passages numbered 1..n inside its text, the FTS table in step
 * with the passages, no ingest run left "running".
 */
export function indexProblems(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length) problems.push(`${fk.length} foreign key violation(s)`);
    const docs = db
      .prepare(
        `SELECT d.id, length(d.normalized_text) AS len, count(p.id) AS n, min(p.ordinal) AS lo,
                max(p.ordinal) AS hi, max(p.end_offset) AS last
         FROM documents d LEFT JOIN passages p ON p.document_id = d.id GROUP BY d.id`,
      )
      .all() as { id: string; len: number; n: number; lo: number; hi: number; last: number }[];
    for (const d of docs) {
      if (d.n === 0) problems.push(`document ${d.id} has no passages`);
      else if (d.lo !== 1 || d.hi !== d.n)
        problems.push(`document ${d.id}: passages not numbered 1..n`);
      else if (d.last > d.len) problems.push(`document ${d.id}: a passage ends past its text`);
    }
    const passages = (db.prepare("SELECT count(*) AS n FROM passages").get() as { n: number }).n;
    const fts = (db.prepare("SELECT count(*) AS n FROM passages_fts").get() as { n: number }).n;
    if (fts !== passages) problems.push(`passages_fts has ${fts} rows for ${passages} passages`);
    const running = db.prepare("SELECT count(*) AS n FROM ingest_runs WHERE status = 'running'");
    if ((running.get() as { n: number }).n > 0) problems.push("an ingest run is left 'running'");
    return problems;
  } finally {
    db.close();
  }
}

export function documentCount(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A deterministic stream of bytes (xorshift), so a fuzz case is the same on every run. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The first few of a list of problems, and how many more there are. */
export function firstFew(problems: string[], n = 3): string {
  const shown = problems.slice(0, n).join("; ");
  return problems.length > n ? `${shown}; and ${problems.length - n} more` : shown;
}
