// A real SQLite corpus in a temp folder, filled through the corpus store as ingest fills it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type CorpusStore, createCorpusStore, sha256 } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createSearchIndexStore, type SearchIndexStore } from "../../src/store/search-index.ts";
import type { Passage, SourceDocument } from "../../src/types.ts";

export interface FixtureDoc {
  id: string;
  title: string;
  /** Each passage: its text and optionally its heading path. */
  passages: (string | { text: string; section: string[] })[];
}

export interface FixtureStore {
  dir: string;
  file: string;
  db: Db;
  corpus: CorpusStore;
  /** The retriever's persisted index and phrase lookups on the same database. */
  search: SearchIndexStore;
  put(docs: FixtureDoc[], removed?: string[]): void;
  reopen(): FixtureStore;
  cleanup(): void;
}

function toUpsert(doc: FixtureDoc) {
  const parts = doc.passages.map((p) => (typeof p === "string" ? { text: p, section: [] } : p));
  const normalizedText = parts.map((p) => p.text).join("\n\n");
  let at = 0;
  const passages: Passage[] = parts.map((p, ordinal) => {
    const start = at;
    at += p.text.length + 2;
    return {
      id: `${doc.id}:${ordinal}`,
      documentId: doc.id,
      ordinal,
      sectionPath: p.section,
      start,
      end: start + p.text.length,
      text: p.text,
      sourceRefs: [],
      contentHash: sha256(p.text),
    };
  });
  const document: SourceDocument = {
    id: doc.id,
    title: doc.title,
    kind: "markdown",
    path: `${doc.id}.md`,
    contentHash: sha256(`${doc.title}\n${normalizedText}`),
    sources: [],
    indexedAt: new Date().toISOString(),
  };
  return { document, normalizedText, passages };
}

function openFixture(dir: string, file: string): FixtureStore {
  const db = openDatabase(file);
  const corpus = createCorpusStore(db);
  const store: FixtureStore = {
    dir,
    file,
    db,
    corpus,
    search: createSearchIndexStore(db),
    put(docs, removed = []) {
      const now = new Date().toISOString();
      corpus.applyIngest(
        { upserts: docs.map(toUpsert), removedDocumentIds: removed },
        {
          startedAt: now,
          finishedAt: now,
          status: "ok",
          filesRead: docs.length,
          filesUnchanged: 0,
          passages: docs.reduce((n, d) => n + d.passages.length, 0),
          skipped: [],
        },
      );
    },
    reopen() {
      db.close();
      return openFixture(dir, file);
    },
    cleanup() {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return store;
}

export function createFixtureStore(docs: FixtureDoc[] = []): FixtureStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-search-"));
  const store = openFixture(dir, path.join(dir, "index.sqlite"));
  if (docs.length > 0) store.put(docs);
  return store;
}
