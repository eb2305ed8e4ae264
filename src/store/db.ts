// Opens the SQLite file and brings its schema up to date with the numbered migrations in
// ./migrations (NNN-name.sql, applied in order, each in its own transaction).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { WcitError } from "../errors.ts";

export type Db = Database.Database;

export class StoreError extends WcitError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
    code: "store_unavailable" | "store_busy" = "store_unavailable",
  ) {
    super(code, message, options);
  }
}

const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations/", import.meta.url));

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const seen = new Map<number, string>();
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .map((file) => {
      const version = Number(file.slice(0, 3));
      const previous = seen.get(version);
      if (previous) throw new Error(`Two migrations share number ${version}: ${previous}, ${file}`);
      seen.set(version, file);
      return { version, name: file, sql: fs.readFileSync(path.join(dir, file), "utf8") };
    })
    .sort((a, b) => a.version - b.version);
}

export function migrate(db: Db, migrations: Migration[] = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const isApplied = db.prepare("SELECT 1 FROM schema_migrations WHERE version = ?");
  const applied = new Set(
    db
      .prepare("SELECT version FROM schema_migrations")
      .all()
      .map((r) => (r as { version: number }).version),
  );
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    // IMMEDIATE, and checked again inside: two processes opening a fresh database at once take
    // turns, and the second finds the migration applied instead of failing on CREATE TABLE.
    const ran = db
      .transaction(() => {
        if (isApplied.get(m.version)) return false;
        db.exec(m.sql);
        db.prepare(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        ).run(m.version, m.name, new Date().toISOString());
        return true;
      })
      .immediate();
    if (ran) done.push(m.version);
  }
  return done;
}

/**
 * Opens (creating if needed) the database at `file`, in WAL mode, migrated to the latest schema.
 * Failures name the path and say what to check, since "SQLITE_CANTOPEN" helps nobody.
 */
export function openDatabase(
  file: string,
  options: { readonly?: boolean; busyTimeoutMs?: number } = {},
): Db {
  if (file !== ":memory:") {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (cause) {
      throw new StoreError(
        `Cannot create the folder for the index database ${file}: ${(cause as Error).message}`,
        file,
        { cause },
      );
    }
  }
  let db: Db;
  try {
    const busy = options.busyTimeoutMs ?? 5_000;
    db = new Database(file, { readonly: options.readonly ?? false, timeout: busy });
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
      // In WAL mode NORMAL still never corrupts the file, and a crash of the process loses
      // nothing; only an OS crash or power loss may lose the last commits. FULL would fsync on
      // every commit, a few milliseconds each on a busy disk, with the event loop blocked: the
      // Slack app's acks then waited behind other answers' writes (https://sqlite.org/wal.html).
      db.pragma("synchronous = NORMAL");
    }
    db.pragma("foreign_keys = ON");
    if (!options.readonly) migrate(db);
  } catch (cause) {
    throw new StoreError(describeOpenFailure(file, cause), file, { cause });
  }
  return db;
}

/** A user-facing sentence for a SQLite failure on `file` (open, migrate or write). */
function describeOpenFailure(file: string, cause: unknown): string {
  const err = cause as { code?: string; message?: string };
  const code = err.code ?? "";
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return `The index database ${file} is locked by another process. Stop the other wcit-desk process (or wait for its ingest to finish) and try again.`;
  }
  if (code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    return `Cannot write the index database ${file} (${code}). Check that the file and its folder are writable, or set DATABASE_PATH to a writable location.`;
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return `The file ${file} is not a usable SQLite database (${code}). Move it aside; the next run rebuilds the index.`;
  }
  return `Cannot open the index database ${file}: ${err.message ?? String(cause)}`;
}
