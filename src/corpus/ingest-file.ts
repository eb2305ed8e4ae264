// One corpus file read for a run: skipped (unreadable, its manifest entry broken, no text), left
// as indexed (unchanged), or loaded into its document and passages, ready for the store.
import fs from "node:fs";
import path from "node:path";
import type { CorpusStore, DocumentUpsert } from "../store/corpus.ts";
import type { Passage, SourceDocument } from "../types.ts";
import { chunkDocument, citedNumbers } from "./chunk.ts";
import { type CorpusFile, derivedDocumentId, fileHash } from "./file-identity.ts";
import { type RunReport, skipFile } from "./ingest-report.ts";
import { LoadError, type LoadedFile, loadFile } from "./loaders/index.ts";
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from "./manifest.ts";
import { buildDocumentText } from "./normalize.ts";

type IndexedFiles = ReturnType<CorpusStore["indexedFiles"]>;

/** What a run knows before it reads its files, and the report it writes to. */
export interface FileReading {
  store: CorpusStore;
  manifest: Manifest;
  /** What the index holds now, by path. */
  indexed: IndexedFiles;
  ids: Map<string, string>;
  /** The manifest's problems with a file's entry, by path: the file is skipped. */
  problemsByPath: Map<string, string[]>;
  /** Files named by the caller are read again even when unchanged. */
  forced: boolean;
  startedAt: string;
  run: RunReport;
}

/** A file whose bytes are read and are not what the index holds (or are read again, forced). */
interface ChangedFile {
  rel: string;
  entry: ManifestEntry | undefined;
  bytes: Uint8Array;
  id: string;
  contentHash: string;
  previous: ReturnType<IndexedFiles["get"]>;
}

function titleFromFileName(rel: string): string {
  const base = path.posix.basename(rel).replace(/\.[^.]+$/, "");
  const words = base.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : rel;
}

function buildDocument(
  rel: string,
  id: string,
  loaded: LoadedFile,
  entry: ManifestEntry | undefined,
  contentHash: string,
  indexedAt: string,
): SourceDocument {
  const doc: SourceDocument = {
    id,
    title: entry?.title ?? loaded.title ?? titleFromFileName(rel),
    kind: loaded.kind,
    path: rel,
    contentHash,
    sources: loaded.sources,
    indexedAt,
  };
  const author = entry ? entry.author : loaded.author;
  const date = entry?.date ?? loaded.date;
  if (author) doc.author = author;
  if (entry?.publisher) doc.publisher = entry.publisher;
  if (date) doc.date = date;
  if (entry?.url) doc.url = entry.url;
  if (entry?.credit) doc.credit = entry.credit;
  if (loaded.pages !== undefined) doc.pages = loaded.pages;
  return doc;
}

/** The documents and passages to write for the files given, in order; the others told why. */
export async function readChangedFiles(
  files: CorpusFile[],
  reading: FileReading,
): Promise<DocumentUpsert[]> {
  const upserts: DocumentUpsert[] = [];
  for (const file of files) {
    const changed = changedFile(file, reading);
    if (!changed) continue;
    const loaded = await loadOrSkip(changed, reading.run);
    if (!loaded) continue;
    reading.run.report.filesRead++;
    const upsert = upsertOf(changed, loaded, reading);
    if (upsert) upserts.push(upsert);
  }
  return upserts;
}

/** Reads and hashes the file; undefined when it is skipped or is what the index holds. */
function changedFile(file: CorpusFile, reading: FileReading): ChangedFile | undefined {
  const { run } = reading;
  const entry = reading.manifest.entries.get(file.rel);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file.abs);
  } catch (err) {
    skipFile(run, file.rel, `cannot be read: ${(err as Error).message}`);
    return undefined;
  }
  const id = reading.ids.get(file.rel) ?? derivedDocumentId(file.rel);
  const contentHash = fileHash(bytes, entry, id);
  const problems = reading.problemsByPath.get(file.rel);
  if (problems) {
    skipFile(run, file.rel, problems.join("; "), contentHash);
    return undefined;
  }
  const previous = reading.indexed.get(file.rel);
  if (previous && previous.contentHash === contentHash && !reading.forced) {
    run.report.filesUnchanged++;
    return undefined;
  }
  return { rel: file.rel, entry, bytes, id, contentHash, previous };
}

async function loadOrSkip(changed: ChangedFile, run: RunReport): Promise<LoadedFile | undefined> {
  const { rel, previous, contentHash } = changed;
  try {
    return await loadFile(rel, changed.bytes);
  } catch (err) {
    const reason = err instanceof LoadError ? err.reason : `cannot be read: ${String(err)}`;
    skipFile(
      run,
      rel,
      previous ? `${reason} (the previously indexed version is kept)` : reason,
      contentHash,
    );
    return undefined;
  }
}

/** The loaded file as a document and its passages, told in the report; skipped with no text. */
function upsertOf(
  changed: ChangedFile,
  loaded: LoadedFile,
  reading: FileReading,
): DocumentUpsert | undefined {
  const { rel, entry, id, contentHash, previous } = changed;
  const { report } = reading.run;
  const indexedAt = indexedAtOf(changed, reading);
  const document = buildDocument(rel, id, loaded, entry, contentHash, indexedAt);
  const text = buildDocumentText(loaded.blocks);
  const passages = chunkDocument(document, text);
  if (passages.length === 0) {
    skipFile(reading.run, rel, "no text found in the file", contentHash);
    return undefined;
  }
  // Said only now that the file is known to be indexed: a skipped file gets its skip reason alone.
  report.warnings.push(...indexedFileWarnings(changed, loaded, document, passages));
  report.passages += passages.length;
  if (!previous) report.added.push(rel);
  else if (previous.contentHash !== contentHash) report.changed.push(rel);
  return { document, normalizedText: text.text, passages };
}

/** indexed_at feeds "new in the corpus": a forced re-read of an unchanged file keeps it. */
function indexedAtOf({ previous, contentHash }: ChangedFile, reading: FileReading): string {
  const prior =
    previous?.contentHash === contentHash
      ? reading.store.getDocument(previous.documentId)
      : undefined;
  return prior?.indexedAt ?? reading.startedAt;
}

/**
 * A file the manifest does not list, and a note citing `[n]` its front matter's sources do not
 * list, each said as a warning.
 */
function indexedFileWarnings(
  { rel, entry }: ChangedFile,
  loaded: LoadedFile,
  document: SourceDocument,
  passages: Passage[],
): string[] {
  const warnings: string[] = [];
  if (!entry) {
    warnings.push(
      `${rel} is not listed in ${MANIFEST_FILE}; indexed with metadata taken from the file`,
    );
  }
  const known = new Set(document.sources.map((s) => s.n));
  const unresolved = citedNumbers(passages.map((p) => p.text).join("\n")).filter(
    (n) => !known.has(n),
  );
  if (loaded.kind === "markdown" && document.sources.length > 0 && unresolved.length > 0) {
    warnings.push(
      `${rel} cites ${unresolved.map((n) => `[${n}]`).join(", ")}, which its front matter sources (${document.sources.length}) do not list`,
    );
  }
  return warnings;
}
