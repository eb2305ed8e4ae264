// Processes against one index: kill -9 in the middle of an ingest, `ask` while another process
// ingests, two ingests at once. Holding means: the index is always whole (every document all old
// or all new, the FTS table in step), `ask` always answers, and nothing waits on a dead process.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { writeCorpus } from "../../tests/support/corpus-builder.ts";
import {
  cli,
  documentCount,
  type FaultCase,
  failed,
  firstFew,
  held,
  indexProblems,
  seconds,
  spawnCli,
  withTempDir,
} from "./support.ts";

/** Notes in the corpus of the kill case; every third one changes between the two versions. */
const FILES = 200;
const CHANGED = Math.ceil(FILES / 3);
/** A larger corpus, all of it changing, for the concurrency cases: an ingest long enough to meet. */
const BUSY_FILES = 1500;

function noteText(i: number, version: "v1" | "v2"): string {
  const paragraphs = Array.from(
    { length: 12 },
    (_, p) =>
      `Paragraph ${p + 1} of note ${i} (${version}marker). Delegates from region ${i % 17} debated Article ${(i % 9) + 1} of the treaty, spam, security and the role of the ITU in Internet governance at length.`,
  );
  return `# Note ${i} on the treaty talks\n\n${paragraphs.join("\n\n")}\n`;
}

/** A corpus of `files` notes at version v1, its index built once; returns paths and settings. */
async function indexedCorpus(dir: string, files: number) {
  const corpusDir = path.join(dir, "corpus");
  const notes: Record<string, string> = {};
  for (let i = 0; i < files; i++) notes[`notes/note-${i}.md`] = noteText(i, "v1");
  writeCorpus(corpusDir, notes);
  const baseline = path.join(dir, "baseline.sqlite");
  const built = await cli(["ingest"], { CORPUS_DIR: corpusDir, DATABASE_PATH: baseline });
  if (built.code !== 0) throw new Error(`building the baseline index failed: ${built.stderr}`);
  // One checkpoint, so a copy of the main file is the whole database.
  const db = new Database(baseline);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return { corpusDir, baseline };
}

/** Moves every `step`-th of `files` notes to v2; returns how many changed. */
function changeCorpus(corpusDir: string, files: number, step: number): number {
  const notes: Record<string, string> = {};
  for (let i = 0; i < files; i += step) notes[`notes/note-${i}.md`] = noteText(i, "v2");
  writeCorpus(corpusDir, notes);
  return Object.keys(notes).length;
}

function freshCopy(baseline: string, dir: string, name: string): string {
  const file = path.join(dir, `${name}.sqlite`);
  fs.copyFileSync(baseline, file);
  return file;
}

/** Documents whose indexed text is v2: none or all of those changed when ingest is all or nothing. */
function documentsAtV2(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db
        .prepare("SELECT count(*) AS n FROM documents WHERE normalized_text LIKE '%v2marker%'")
        .get() as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

function lockHeld(dbFile: string): boolean {
  try {
    const db = new Database(dbFile, { readonly: true, timeout: 100 });
    try {
      return (db.prepare("SELECT count(*) AS n FROM ingest_lock").get() as { n: number }).n > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Size of the database's write-ahead log, 0 while there is none. */
function walBytes(dbFile: string): number {
  return fs.statSync(`${dbFile}-wal`, { throwIfNoEntry: false })?.size ?? 0;
}

/**
 * Where a kill lands: a moment of the run (a fraction of a whole run's time, mostly the reading
 * and parsing), or the write itself (the write-ahead log has grown past what taking the ingest
 * lock writes, then `afterMs`).
 */
type KillPoint = { fraction: number } | { duringWriteAfterMs: number };

const KILL_POINTS: KillPoint[] = [
  { fraction: 0.3 },
  { fraction: 0.7 },
  { duringWriteAfterMs: 0 },
  { duringWriteAfterMs: 5 },
  { duringWriteAfterMs: 20 },
];
/** What taking the lock and the first pages write stays under; the ingest's own write passes it. */
const WRITE_STARTED_BYTES = 256 * 1024;

async function killAt(
  point: KillPoint,
  ingest: ReturnType<typeof spawnCli>,
  dbFile: string,
  wholeMs: number,
) {
  if ("fraction" in point) {
    await sleep(wholeMs * point.fraction);
  } else {
    const until = performance.now() + wholeMs * 3;
    while (walBytes(dbFile) < WRITE_STARTED_BYTES && performance.now() < until) await sleep(1);
    if (point.duringWriteAfterMs) await sleep(point.duringWriteAfterMs);
  }
  ingest.kill("SIGKILL");
}

const killDuringIngest: FaultCase = {
  id: "process/kill-9-during-ingest",
  title: `kill -9 an ingest replacing ${CHANGED} of ${FILES} documents: twice while it reads, three times while it writes`,
  run: () =>
    withTempDir("kill9", async (dir) => {
      const { corpusDir, baseline } = await indexedCorpus(dir, FILES);
      changeCorpus(corpusDir, FILES, 3);
      // How long a whole run takes here, to place the early kills.
      const timed = freshCopy(baseline, dir, "timed");
      const whole = await spawnCli(["ingest"], { CORPUS_DIR: corpusDir, DATABASE_PATH: timed })
        .done;
      if (whole.code !== 0) return failed(`a whole ingest failed: ${whole.stderr.slice(0, 200)}`);
      const outcomes: string[] = [];
      const problems: string[] = [];
      for (const [n, point] of KILL_POINTS.entries()) {
        const dbFile = freshCopy(baseline, dir, `run-${n}`);
        const env = { CORPUS_DIR: corpusDir, DATABASE_PATH: dbFile };
        const ingest = spawnCli(["ingest"], env);
        await killAt(point, ingest, dbFile, whole.ms);
        const killed = await ingest.done;
        const v2 = documentsAtV2(dbFile);
        const state = v2 === 0 ? "old index whole" : v2 === CHANGED ? "new index whole" : "MIXED";
        outcomes.push(killed.code === 0 ? "finished before the kill" : state);
        const broken = indexProblems(dbFile);
        if (broken.length) problems.push(`kill ${n + 1}: ${firstFew(broken)}`);
        if (state === "MIXED") problems.push(`kill ${n + 1}: ${v2} of ${CHANGED} documents new`);
        if (documentCount(dbFile) !== FILES) problems.push(`kill ${n + 1}: documents lost`);
        // The killed ingest's lock must not stop the next one.
        const again = await cli(["ingest"], env);
        if (again.code !== 0)
          problems.push(
            `kill ${n + 1}: the next ingest exited ${again.code}: ${again.stderr.trim()}`,
          );
        else if (documentsAtV2(dbFile) !== CHANGED || indexProblems(dbFile).length)
          problems.push(`kill ${n + 1}: the next ingest did not complete the index`);
      }
      const detail = `whole ingest ${seconds(whole.ms)}; after each kill: ${outcomes.join(", ")}; the next ingest completed each time`;
      return problems.length ? failed(`${firstFew(problems)} (${detail})`) : held(detail);
    }),
};

const askDuringIngest: FaultCase = {
  id: "process/ask-during-ingest",
  title: `three \`ask\` processes while another process re-indexes ${BUSY_FILES} documents`,
  run: () =>
    withTempDir("ask-ingest", async (dir) => {
      const { corpusDir, baseline } = await indexedCorpus(dir, BUSY_FILES);
      const changed = changeCorpus(corpusDir, BUSY_FILES, 1);
      const dbFile = freshCopy(baseline, dir, "shared");
      const env = { CORPUS_DIR: corpusDir, DATABASE_PATH: dbFile };
      const ingest = spawnCli(["ingest"], env);
      for (let i = 0; i < 400 && !lockHeld(dbFile); i++) await sleep(25);
      const asks = await Promise.all(
        [
          "What did delegates debate about spam?",
          "Article 5 security",
          "ITU Internet governance",
        ].map((q) => spawnCli(["ask", q], env, 60_000).done),
      );
      const ingested = await ingest.done;
      const problems: string[] = [];
      asks.forEach((a, i) => {
        if (a.code !== 0 || !a.stdout.includes("Sources:"))
          problems.push(`ask ${i + 1} exited ${a.code}: ${a.stderr.trim().slice(0, 160)}`);
      });
      if (ingested.code !== 0)
        problems.push(`the ingest exited ${ingested.code}: ${ingested.stderr.trim()}`);
      problems.push(...indexProblems(dbFile));
      if (documentsAtV2(dbFile) !== changed) problems.push("the ingest did not complete the index");
      const notices = asks.filter((a) => /updating the index/.test(a.stderr)).length;
      const detail = `3 of 3 asks answered (${asks.map((a) => seconds(a.ms)).join(", ")}), ${notices} of them from the old index while the ingest ran, with a one-line notice; ingest ${seconds(ingested.ms)}`;
      return problems.length ? failed(firstFew(problems)) : held(detail);
    }),
};

const twoIngests: FaultCase = {
  id: "process/two-ingests",
  title: `two ingest processes started together on ${BUSY_FILES} changed documents`,
  run: () =>
    withTempDir("two-ingests", async (dir) => {
      const { corpusDir, baseline } = await indexedCorpus(dir, BUSY_FILES);
      const changed = changeCorpus(corpusDir, BUSY_FILES, 1);
      const dbFile = freshCopy(baseline, dir, "shared");
      const env = { CORPUS_DIR: corpusDir, DATABASE_PATH: dbFile };
      const runs = await Promise.all([
        spawnCli(["ingest"], env).done,
        spawnCli(["ingest"], env).done,
      ]);
      const results = runs.map((r) =>
        r.code === 0
          ? `indexed in ${seconds(r.ms)}`
          : /Another ingest is running/.test(r.stderr)
            ? "said another ingest is running"
            : `exit ${r.code}: ${r.stderr.trim().slice(0, 120)}`,
      );
      const problems = indexProblems(dbFile);
      if (!results.some((r) => r.startsWith("indexed"))) problems.push("neither ingest indexed");
      if (results.some((r) => r.startsWith("exit")))
        problems.push(`unexpected: ${results.join("; ")}`);
      if (documentsAtV2(dbFile) !== changed)
        problems.push("the index is not up to date afterwards");
      return problems.length ? failed(firstFew(problems)) : held(results.join("; "));
    }),
};

export const PROCESS_CASES: FaultCase[] = [killDuringIngest, askDuringIngest, twoIngests];
