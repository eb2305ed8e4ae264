// Two real processes on one real SQLite file: an ingest in another process never makes `ask`
// fail, a second ingest says clearly that one is running, and a killed ingest leaves nothing
// behind that blocks the next one.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { openDatabase } from "../../src/store/db.ts";
import { PROJECT_ROOT, runCliCaptured } from "../support/cli-run.ts";
import {
  manifestEntry,
  SPAM_NOTE_MANIFEST,
  sampleNote,
  writeCorpus,
} from "../support/corpus-builder.ts";
import { tempNoteCorpus } from "../support/temp-corpus.ts";

const HOLDER = path.join(PROJECT_ROOT, "tests/support/hold-index.ts");

interface Holder {
  pid: number;
  release(): Promise<void>;
  kill(): Promise<void>;
}

const holders: ChildProcessWithoutNullStreams[] = [];

/** Starts tests/support/hold-index.ts on `dbFile` and resolves once it holds what `mode` says. */
function holdIndex(
  dbFile: string,
  mode: "lock" | "write" | "lock+write",
  releaseAfterMs?: number,
): Promise<Holder> {
  const args = ["--import", "tsx", HOLDER, dbFile, mode];
  if (releaseAfterMs !== undefined) args.push(String(releaseAfterMs));
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT });
  holders.push(child);
  child.stdin.on("error", () => undefined); // the holder may already have exited on its own
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += String(d);
    });
    child.once("exit", (code) => reject(new Error(`holder exited (${code}): ${err}`)));
    child.stdout.on("data", (d: Buffer) => {
      if (!String(d).includes("held")) return;
      resolve({
        pid: child.pid ?? 0,
        release: async () => {
          if (child.exitCode === null) child.stdin.write("release\n");
          await exited;
        },
        kill: async () => {
          child.kill("SIGKILL");
          await exited;
        },
      });
    });
  });
}

const cli = runCliCaptured;

const temp = tempNoteCorpus("wcit-concurrency-");
let env: Record<string, string> = {};
let dbFile = "";

beforeEach(async () => {
  dbFile = path.join(temp.dir, "data", "index.sqlite");
  env = { CORPUS_DIR: temp.corpusDir, DATABASE_PATH: dbFile };
  expect((await cli(["ingest"], env)).code).toBe(0);
});
// Registered after tempNoteCorpus's clean-up, so it runs first: no holder outlives its folder.
afterEach(() => {
  for (const child of holders.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** A change to the corpus, so the next command wants to ingest. */
function addDocument() {
  writeCorpus(
    env.CORPUS_DIR as string,
    { "notes/budapest.md": sampleNote({ title: "Cybercrime and the Budapest Convention" }) },
    [
      ...SPAM_NOTE_MANIFEST,
      manifestEntry("budapest", "notes/budapest.md", { type: "note", url: undefined }),
    ],
  );
}

const documentCount = () => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe("the index database", () => {
  it("is in WAL mode with a busy timeout, so readers never wait for a writer", () => {
    const db = openDatabase(dbFile);
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
    } finally {
      db.close();
    }
  });

  it("starts an ingest's write transaction as a write: it waits for another process's write", async () => {
    // The other process commits on its own after 2 s, while this one (blocked, synchronously, in
    // SQLite's busy handler) waits for the write lock.
    const holder = await holdIndex(dbFile, "write", 2000);
    const db = openDatabase(dbFile, { busyTimeoutMs: 20_000 });
    const store = createCorpusStore(db);
    const [doc] = store.listDocuments();
    if (!doc) throw new Error("no document");
    const passages = store.passagesOf(doc.id);
    // A deferred transaction reads first (the document's first_indexed_at) and then fails at
    // once with SQLITE_BUSY; an immediate one waits for the lock.
    store.applyIngest(
      {
        upserts: [{ document: doc, normalizedText: store.normalizedText(doc.id) ?? "", passages }],
        removedDocumentIds: [],
      },
      {
        startedAt: new Date().toISOString(),
        status: "ok",
        filesRead: 1,
        filesUnchanged: 0,
        passages: passages.length,
        skipped: [],
      },
    );
    await holder.release();
    expect(store.stats().documents).toBe(1);
    db.close();
  });
});

describe("ask while another process ingests", () => {
  it("answers from the index it has, with a one-line warning", async () => {
    addDocument();
    const holder = await holdIndex(dbFile, "lock");
    try {
      const r = await cli(["ask", "What does Article 5B say about spam?"], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("[1]");
      const warnings = r.stderr.split("\n").filter((l) => l.startsWith("Warning:"));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        new RegExp(`Another process \\(${holder.pid} on .*\\) is updating the index`),
      );
      // It did not ingest behind the other process's back.
      expect(documentCount()).toBe(1);
    } finally {
      await holder.release();
    }
    // Once the other ingest is gone, the next command brings the index up to date.
    expect((await cli(["ask", "Budapest Convention cybercrime"], env)).code).toBe(0);
    expect(documentCount()).toBe(2);
  });
});

describe("two ingests at once", () => {
  it("the second says that another ingest is running, and changes nothing", async () => {
    addDocument();
    const holder = await holdIndex(dbFile, "lock");
    try {
      const r = await cli(["ingest"], env);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(
        new RegExp(`Another ingest is running .*process ${holder.pid} .*nothing was changed`),
      );
      expect(documentCount()).toBe(1);
    } finally {
      await holder.release();
    }
    expect((await cli(["ingest"], env)).code).toBe(0);
    expect(documentCount()).toBe(2);
  });

  it("an ingest killed with SIGKILL leaves no lock and no half-written run behind", async () => {
    addDocument();
    const holder = await holdIndex(dbFile, "lock+write");
    await holder.kill();
    const r = await cli(["ingest"], env);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(documentCount()).toBe(2);
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(
        db.prepare("SELECT count(*) AS n FROM ingest_runs WHERE status = 'running'").get(),
      ).toEqual({
        n: 0,
      });
      expect(db.prepare("SELECT count(*) AS n FROM ingest_lock").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
