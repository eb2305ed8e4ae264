// One ingest at a time per database. SQLite's own write lock is held only while an ingest writes
// its one transaction; the reading and parsing before it can take minutes, during which a second
// ingest (or a command that would bring the index up to date) should neither redo the same work
// nor queue behind it. The lock is a row taken in a write transaction, so two processes can never
// both hold it; a row whose process is gone (kill -9, a crash) is stale and taken over.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { type Db, StoreError } from "./db.ts";

export interface IngestLockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface IngestLock {
  /** Gives the lock up; safe to call twice. */
  release(): void;
}

/**
 * A holder on another machine (a shared volume) cannot be checked for life: after this long its
 * row is taken to be left over from a crash. No ingest of a corpus this size runs for hours.
 */
export const FOREIGN_LOCK_STALE_MS = 6 * 60 * 60_000;

/** Another process is ingesting into the same database; nothing was changed. */
export class IngestBusyError extends StoreError {
  constructor(
    readonly holder: IngestLockHolder,
    file: string,
  ) {
    super(
      `Another ingest is running on the index ${file} (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}); nothing was changed. Run it again once that one has finished.`,
      file,
    );
    this.name = "IngestBusyError";
  }
}

interface LockRow {
  token: string;
  pid: number;
  host: string;
  started_at: string;
}

/** Tokens this process holds, so a restarted container that got the same pid is not fooled. */
const heldHere = new Set<string>();

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isLive(row: LockRow, now: Date): boolean {
  if (row.host !== os.hostname()) {
    return now.getTime() - Date.parse(row.started_at) < FOREIGN_LOCK_STALE_MS;
  }
  if (row.pid === process.pid) return heldHere.has(row.token);
  return processIsAlive(row.pid);
}

function holderOf(row: LockRow): IngestLockHolder {
  return { pid: row.pid, host: row.host, startedAt: row.started_at };
}

/** The process ingesting into this database now, if any (stale rows are ignored). */
export function currentIngest(db: Db, now = new Date()): IngestLockHolder | undefined {
  const row = db.prepare("SELECT * FROM ingest_lock WHERE id = 1").get() as LockRow | undefined;
  return row && isLive(row, now) ? holderOf(row) : undefined;
}

/** Takes the ingest lock, or throws IngestBusyError naming the process that holds it. */
export function acquireIngestLock(db: Db, now = new Date()): IngestLock {
  const token = randomUUID();
  // BEGIN IMMEDIATE: the read and the write below happen under the write lock, so two
  // processes cannot both see the row free.
  db.transaction(() => {
    const row = db.prepare("SELECT * FROM ingest_lock WHERE id = 1").get() as LockRow | undefined;
    if (row && isLive(row, now)) throw new IngestBusyError(holderOf(row), db.name);
    db.prepare(
      `INSERT OR REPLACE INTO ingest_lock (id, token, pid, host, started_at)
       VALUES (1, ?, ?, ?, ?)`,
    ).run(token, process.pid, os.hostname(), now.toISOString());
  }).immediate();
  heldHere.add(token);
  return {
    release() {
      // Forgetting the token first makes the row stale for this process even if the delete fails
      // (a busy database); other processes see it stale once this one exits.
      if (!heldHere.delete(token)) return;
      try {
        if (db.open) db.prepare("DELETE FROM ingest_lock WHERE token = ?").run(token);
      } catch {
        // Left for the next ingest to recognise as stale.
      }
    },
  };
}
