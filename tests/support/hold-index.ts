// A second process on the same index database, for tests of what happens while another process
// ingests: `node --import tsx tests/support/hold-index.ts <db file> <lock|write|lock+write> [ms]`.
// It takes the ingest lock (lock), SQLite's write lock (write: BEGIN IMMEDIATE and a write), or
// both, prints "held", and keeps them until a line "release" arrives on stdin, or `ms` have
// passed (then commits, releases and exits 0), or until it is killed.
import readline from "node:readline";
import { openDatabase } from "../../src/store/db.ts";
import { acquireIngestLock } from "../../src/store/ingest-lock.ts";

const [file, mode = "lock", releaseAfterMs] = process.argv.slice(2);
if (!file) throw new Error("usage: hold-index.ts <db file> <lock|write|lock+write>");
const db = openDatabase(file);
const lock = mode.includes("lock") ? acquireIngestLock(db) : undefined;
if (mode.includes("write")) {
  db.exec("BEGIN IMMEDIATE");
  db.prepare(
    "INSERT INTO ingest_runs (started_at, status, skipped_json) VALUES (?, 'running', '[]')",
  ).run(new Date().toISOString());
}
function release() {
  if (db.inTransaction) db.exec("COMMIT");
  lock?.release();
  db.close();
  process.exit(0);
}
process.stdout.write("held\n");
if (releaseAfterMs) setTimeout(release, Number(releaseAfterMs));
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  if (line.trim() === "release") release();
});
