// What the retriever keeps in SQLite: its serialized index, one row per name and valid for the
// corpus version it was built from (migration 010), and FTS5 phrase lookups over the passages
// (migration 011). Synchronous like the corpus store: both are local batch work, read at start-up
// and once per query, never behind a server database.
import type { Db } from "./db.ts";

interface StoredSearchIndex {
  corpusVersion: string;
  /** The serialization format; a row of another format is rebuilt, not read. */
  format: number;
  data: Uint8Array;
}

export interface SearchIndexStore {
  read(name: string): StoredSearchIndex | undefined;
  /** Saves (or replaces) the index called `name`, built from `passages` passages. */
  write(name: string, index: StoredSearchIndex & { passages: number }, at?: Date): void;
  /** Ids of the passages holding these words in this order (an FTS5 phrase query), any order. */
  passagesWithPhrase(words: readonly string[]): string[];
}

export function createSearchIndexStore(db: Db): SearchIndexStore {
  const readStored = db.prepare(
    "SELECT corpus_version, format, data FROM search_index WHERE name = ?",
  );
  const writeStored =
    db.prepare(`INSERT INTO search_index (name, corpus_version, format, passages, built_at, data)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(name) DO UPDATE SET corpus_version = excluded.corpus_version, format = excluded.format,
      passages = excluded.passages, built_at = excluded.built_at, data = excluded.data`);
  const phraseMatches = db
    .prepare(
      "SELECT p.id FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid WHERE passages_fts MATCH ?",
    )
    .pluck();

  return {
    read(name) {
      const row = readStored.get(name) as
        | { corpus_version: string; format: number; data: Buffer }
        | undefined;
      return row && { corpusVersion: row.corpus_version, format: row.format, data: row.data };
    },
    write(name, index, at = new Date()) {
      writeStored.run(
        name,
        index.corpusVersion,
        index.format,
        index.passages,
        at.toISOString(),
        index.data,
      );
    },
    passagesWithPhrase(words) {
      // The words in one quoted string make an FTS5 phrase (quoted one by one they would be an AND).
      return phraseMatches.all(`"${words.join(" ")}"`) as string[];
    },
  };
}
