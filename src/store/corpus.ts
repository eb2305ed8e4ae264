// Documents and passages. Ingest replaces documents whole inside one transaction, so a failed run
// leaves the previous index answering (corpus-write.ts). Synchronous: ingest and index loading are
// local batch work.
import { createHash } from "node:crypto";
import type { Passage, SourceDocument } from "../types.ts";
import { createIngestWriter } from "./corpus-write.ts";
import type { Db } from "./db.ts";
import {
  acquireIngestLock,
  currentIngest,
  type IngestLock,
  type IngestLockHolder,
} from "./ingest-lock.ts";

export interface DocumentUpsert {
  document: SourceDocument;
  /** The normalized text that passage offsets point into. */
  normalizedText: string;
  passages: Passage[];
}

export interface IngestRunSummary {
  id: number;
  startedAt: string;
  finishedAt?: string;
  status: "running" | "ok" | "partial" | "failed";
  filesRead: number;
  filesUnchanged: number;
  passages: number;
  /** `contentHash` lets a start-up check tell a still-bad file from a changed one. */
  skipped: { path: string; reason: string; contentHash?: string }[];
}

export interface CorpusStats {
  documents: number;
  passages: number;
  lastIngest?: IngestRunSummary;
}

export interface CorpusStore {
  /**
   * Takes the database's ingest lock for one run; throws IngestBusyError (naming the other
   * process) while another ingest holds it. Release it when the run ends, however it ends.
   */
  beginIngest(): IngestLock;
  /** The process ingesting into this database now, if any. */
  ingestInProgress(): IngestLockHolder | undefined;
  /** Upserts and removals in one transaction; `run` is recorded with them. */
  applyIngest(
    changes: { upserts: DocumentUpsert[]; removedDocumentIds: string[] },
    run: Omit<IngestRunSummary, "id">,
  ): void;
  /** Records a run that changed nothing (or failed before writing). */
  recordRun(run: Omit<IngestRunSummary, "id">): void;
  listDocuments(): SourceDocument[];
  getDocument(id: string): SourceDocument | undefined;
  /** path (relative to the corpus folder) -> its document id and content hash: what ingest compares files against. */
  indexedFiles(): Map<string, { documentId: string; contentHash: string }>;
  getPassage(id: string): Passage | undefined;
  passagesOf(documentId: string): Passage[];
  /** Every passage with its document, in document then ordinal order. */
  allPassages(): { passage: Passage; document: SourceDocument }[];
  normalizedText(documentId: string): string | undefined;
  /** Changes whenever any document is added, changed or removed: derived indexes key on it. */
  corpusVersion(): string;
  /** Documents first indexed, or changed, at or after `since`. */
  documentsIndexedSince(since: Date): SourceDocument[];
  stats(): CorpusStats;
}

interface DocRow {
  id: string;
  path: string;
  title: string;
  author: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  credit: string | null;
  kind: SourceDocument["kind"];
  content_hash: string;
  sources_json: string;
  pages: number | null;
  indexed_at: string;
}

interface PassageRow {
  id: string;
  document_id: string;
  ordinal: number;
  page: number | null;
  section_json: string;
  start_offset: number;
  end_offset: number;
  text: string;
  source_refs_json: string;
  content_hash: string;
}

const DOC_COLUMNS =
  "id, path, title, author, publisher, date, url, credit, kind, content_hash, sources_json, pages, indexed_at";

function docFromRow(r: DocRow): SourceDocument {
  const doc: SourceDocument = {
    id: r.id,
    title: r.title,
    kind: r.kind,
    path: r.path,
    contentHash: r.content_hash,
    sources: JSON.parse(r.sources_json),
    indexedAt: r.indexed_at,
  };
  if (r.url !== null) doc.url = r.url;
  if (r.author !== null) doc.author = r.author;
  if (r.publisher !== null) doc.publisher = r.publisher;
  if (r.date !== null) doc.date = r.date;
  if (r.credit !== null) doc.credit = r.credit;
  if (r.pages !== null) doc.pages = r.pages;
  return doc;
}

function passageFromRow(r: PassageRow): Passage {
  const p: Passage = {
    id: r.id,
    documentId: r.document_id,
    ordinal: r.ordinal,
    sectionPath: JSON.parse(r.section_json),
    start: r.start_offset,
    end: r.end_offset,
    text: r.text,
    sourceRefs: JSON.parse(r.source_refs_json),
    contentHash: r.content_hash,
  };
  if (r.page !== null) p.page = r.page;
  return p;
}

function runFromRow(r: Record<string, unknown>): IngestRunSummary {
  const run: IngestRunSummary = {
    id: r.id as number,
    startedAt: r.started_at as string,
    status: r.status as IngestRunSummary["status"],
    filesRead: r.files_read as number,
    filesUnchanged: r.files_unchanged as number,
    passages: r.passages as number,
    skipped: JSON.parse(r.skipped_json as string),
  };
  if (r.finished_at) run.finishedAt = r.finished_at as string;
  return run;
}

export function createCorpusStore(db: Db): CorpusStore {
  const writer = createIngestWriter(db);
  return {
    beginIngest: () => acquireIngestLock(db),
    ingestInProgress: () => currentIngest(db),
    applyIngest: (changes, run) => writer.applyIngest(changes, run),
    recordRun: (run) => writer.recordRun(run),
    listDocuments: () => listDocuments(db),
    getDocument: (id) => getDocument(db, id),
    indexedFiles: () => indexedFiles(db),
    getPassage: (id) => getPassage(db, id),
    passagesOf: (documentId) => passagesOf(db, documentId),
    allPassages: () => allPassages(db),
    normalizedText: (documentId) => normalizedText(db, documentId),
    corpusVersion: () => corpusVersion(db),
    documentsIndexedSince: (since) => documentsIndexedSince(db, since),
    stats: () => corpusStats(db),
  };
}

function listDocuments(db: Db): SourceDocument[] {
  return (db.prepare(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY id`).all() as DocRow[]).map(
    docFromRow,
  );
}

function getDocument(db: Db, id: string): SourceDocument | undefined {
  const r = db.prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`).get(id) as
    | DocRow
    | undefined;
  return r ? docFromRow(r) : undefined;
}

function indexedFiles(db: Db): Map<string, { documentId: string; contentHash: string }> {
  const rows = db.prepare("SELECT path, id, content_hash FROM documents").all() as {
    path: string;
    id: string;
    content_hash: string;
  }[];
  return new Map(rows.map((r) => [r.path, { documentId: r.id, contentHash: r.content_hash }]));
}

function getPassage(db: Db, id: string): Passage | undefined {
  const r = db.prepare("SELECT * FROM passages WHERE id = ?").get(id) as PassageRow | undefined;
  return r ? passageFromRow(r) : undefined;
}

function passagesOf(db: Db, documentId: string): Passage[] {
  const rows = db
    .prepare("SELECT * FROM passages WHERE document_id = ? ORDER BY ordinal")
    .all(documentId) as PassageRow[];
  return rows.map(passageFromRow);
}

function allPassages(db: Db): { passage: Passage; document: SourceDocument }[] {
  const docs = new Map(
    (db.prepare(`SELECT ${DOC_COLUMNS} FROM documents`).all() as DocRow[]).map((r) => [
      r.id,
      docFromRow(r),
    ]),
  );
  const rows = db
    .prepare("SELECT * FROM passages ORDER BY document_id, ordinal")
    .all() as PassageRow[];
  return rows.map((r) => {
    const document = docs.get(r.document_id);
    if (!document) throw new Error(`Passage ${r.id} has no document`);
    return { passage: passageFromRow(r), document };
  });
}

function normalizedText(db: Db, documentId: string): string | undefined {
  const row = db.prepare("SELECT normalized_text FROM documents WHERE id = ?").get(documentId) as
    | { normalized_text: string }
    | undefined;
  return row?.normalized_text;
}

function corpusVersion(db: Db): string {
  const h = createHash("sha256");
  const rows = db
    .prepare("SELECT id, content_hash, title, url FROM documents ORDER BY id")
    .raw()
    .all() as string[][];
  for (const r of rows) h.update(`${r.join("\u0000")}\n`);
  return h.digest("hex").slice(0, 32);
}

function documentsIndexedSince(db: Db, since: Date): SourceDocument[] {
  const rows = db
    .prepare(
      `SELECT ${DOC_COLUMNS} FROM documents WHERE indexed_at >= ? ORDER BY indexed_at DESC, id`,
    )
    .all(since.toISOString()) as DocRow[];
  return rows.map(docFromRow);
}

function corpusStats(db: Db): CorpusStats {
  const documents = (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
  const passages = (db.prepare("SELECT count(*) AS n FROM passages").get() as { n: number }).n;
  const last = db.prepare("SELECT * FROM ingest_runs ORDER BY id DESC LIMIT 1").get() as
    | Record<string, unknown>
    | undefined;
  return last ? { documents, passages, lastIngest: runFromRow(last) } : { documents, passages };
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
