import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, openDatabase, readMigrations, StoreError } from "../../src/store/db.ts";

const dirs: string[] = [];
function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-db-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe("openDatabase", () => {
  it("creates the folder and applies every migration once", () => {
    const file = path.join(tempDir(), "nested", "index.sqlite");
    const db = openDatabase(file);
    const versions = db.prepare("SELECT version FROM schema_migrations ORDER BY version").all();
    expect(versions.length).toBe(readMigrations().length);
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openDatabase(file);
    expect(again.prepare("SELECT count(*) AS n FROM schema_migrations").get()).toEqual({
      n: versions.length,
    });
    again.close();
  });

  it("writes in WAL mode without an fsync per commit (synchronous NORMAL)", () => {
    const db = openDatabase(path.join(tempDir(), "index.sqlite"));
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    // 1 = NORMAL: durable across a process crash; commits no longer block on the disk.
    expect(db.pragma("synchronous", { simple: true })).toBe(1);
    db.close();
  });

  it("names the path when the database file is not a database", () => {
    const file = path.join(tempDir(), "junk.sqlite");
    fs.writeFileSync(
      file,
      "this is not sqlite, just text that is long enough to have a header".repeat(20),
    );
    expect(() => openDatabase(file)).toThrow(StoreError);
    expect(() => openDatabase(file)).toThrow(file);
  });

  it("names the path when its folder cannot be created", () => {
    const blocker = path.join(tempDir(), "a-file");
    fs.writeFileSync(blocker, "x");
    const file = path.join(blocker, "index.sqlite");
    expect(() => openDatabase(file)).toThrow(StoreError);
    expect(() => openDatabase(file)).toThrow(
      /Cannot create the folder for the index database .*a-file/,
    );
  });

  it("names the path when another process holds the write lock", () => {
    const file = path.join(tempDir(), "locked.sqlite");
    const holder = new Database(file);
    holder.exec("CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);");
    try {
      expect(() => openDatabase(file, { busyTimeoutMs: 50 })).toThrow(
        /index database .*locked\.sqlite is locked by another process/,
      );
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("names the path when the file is read-only", () => {
    const file = path.join(tempDir(), "ro.sqlite");
    openDatabase(file).close();
    // A read-only handle cannot migrate or write: the error must still name the file.
    const db = openDatabase(file, { readonly: true });
    expect(() =>
      db.prepare("INSERT INTO ingest_runs (started_at, status) VALUES ('x','ok')").run(),
    ).toThrow();
    db.close();
  });

  it("rejects two migrations with one number", () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "001-a.sql"), "SELECT 1;");
    fs.writeFileSync(path.join(dir, "001-b.sql"), "SELECT 1;");
    expect(() => readMigrations(dir)).toThrow(/Two migrations share number 1/);
  });
});
