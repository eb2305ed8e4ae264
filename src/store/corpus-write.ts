// Writing an ingest into the corpus store (store/corpus.ts): each changed document replaced whole,
// with its passages, and the run recorded, inside one transaction, so a failed run leaves the
// previous index answering. A document keeps the time it was first indexed across its versions.
import type Database from "better-sqlite3";
import type { Passage, SourceDocument } from "../types.ts";
import type { DocumentUpsert, IngestRunSummary } from "./corpus.ts";
import type { Db } from "./db.ts";

type RunRecord = Omit<IngestRunSummary, "id">;
type Statement = Database.Statement;

/** What one ingest changes: documents written (new or changed) and documents removed. */
export interface IngestChanges {
  upserts: DocumentUpsert[];
  removedDocumentIds: string[];
}

export interface IngestWriter {
  /** Upserts and removals in one transaction; `run` is recorded with them. */
  applyIngest(changes: IngestChanges, run: RunRecord): void;
  /** Records a run that changed nothing (or failed before writing). */
  recordRun(run: RunRecord): void;
}

/** The statements an ingest writes with, prepared once a store. */
interface WriteStatements {
  insertRun: Statement;
  firstIndexed: Statement;
  deleteDoc: Statement;
  deleteByPath: Statement;
  insertDoc: Statement;
  insertPassage: Statement;
}

export function createIngestWriter(db: Db): IngestWriter {
  const statements = writeStatements(db);
  const applyIngest = db.transaction((changes: IngestChanges, run: RunRecord) => {
    for (const id of changes.removedDocumentIds) statements.deleteDoc.run(id);
    for (const upsert of changes.upserts) replaceDocument(statements, upsert);
    recordRun(statements, run);
  });
  return {
    // IMMEDIATE: the transaction reads before it writes, and a deferred one that read first fails
    // at once with SQLITE_BUSY when another connection wrote meanwhile, instead of waiting for
    // the busy timeout.
    applyIngest: (changes, run) => applyIngest.immediate(changes, run),
    recordRun: (run) => {
      recordRun(statements, run);
    },
  };
}

function writeStatements(db: Db): WriteStatements {
  return {
    insertRun: db.prepare(`INSERT INTO ingest_runs
    (started_at, finished_at, status, files_read, files_unchanged, passages, skipped_json)
    VALUES (?, ?, ?, ?, ?, ?, ?)`),
    firstIndexed: db.prepare("SELECT first_indexed_at FROM documents WHERE id = ?"),
    deleteDoc: db.prepare("DELETE FROM documents WHERE id = ?"),
    deleteByPath: db.prepare("DELETE FROM documents WHERE path = ? AND id <> ?"),
    insertDoc: db.prepare(`INSERT INTO documents
    (id, path, title, author, publisher, date, url, credit, kind, content_hash, sources_json, pages,
     normalized_text, first_indexed_at, indexed_at)
    VALUES (@id, @path, @title, @author, @publisher, @date, @url, @credit, @kind, @contentHash,
     @sourcesJson, @pages, @normalizedText, @firstIndexedAt, @indexedAt)`),
    insertPassage: db.prepare(`INSERT INTO passages
    (id, document_id, ordinal, page, section_json, start_offset, end_offset, text, source_refs_json,
     content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}

function recordRun(statements: WriteStatements, run: RunRecord): void {
  statements.insertRun.run(
    run.startedAt,
    run.finishedAt ?? null,
    run.status,
    run.filesRead,
    run.filesUnchanged,
    run.passages,
    JSON.stringify(run.skipped),
  );
}

/** The document's row and passages in place of any earlier version (by id or by path). */
function replaceDocument(
  statements: WriteStatements,
  { document: d, normalizedText, passages }: DocumentUpsert,
): void {
  const prev = statements.firstIndexed.get(d.id) as { first_indexed_at: string } | undefined;
  statements.deleteDoc.run(d.id);
  statements.deleteByPath.run(d.path, d.id);
  statements.insertDoc.run(documentRow(d, normalizedText, prev?.first_indexed_at ?? d.indexedAt));
  for (const p of passages) insertPassage(statements.insertPassage, p);
}

/** The named parameters of the document's insert (nulls for the fields it lacks). */
function documentRow(d: SourceDocument, normalizedText: string, firstIndexedAt: string) {
  return {
    id: d.id,
    path: d.path,
    title: d.title,
    sourcesJson: JSON.stringify(d.sources),
    author: d.author ?? null,
    publisher: d.publisher ?? null,
    date: d.date ?? null,
    url: d.url ?? null,
    credit: d.credit ?? null,
    kind: d.kind,
    contentHash: d.contentHash,
    pages: d.pages ?? null,
    normalizedText,
    firstIndexedAt,
    indexedAt: d.indexedAt,
  };
}

function insertPassage(insert: Statement, p: Passage): void {
  insert.run(
    p.id,
    p.documentId,
    p.ordinal,
    p.page ?? null,
    JSON.stringify(p.sectionPath),
    p.start,
    p.end,
    p.text,
    JSON.stringify(p.sourceRefs),
    p.contentHash,
  );
}
