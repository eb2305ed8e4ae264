// Files in corpus/ → documents → passages → the store, incrementally and atomically. A file whose
// bytes (and manifest entry) hash the same as what is indexed is not read again; everything a run
// changes is written through one `applyIngest` call, one SQLite transaction, so a run that fails
// half-way leaves the previous index answering. A bad file is named and skipped, never fatal.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../log.ts";
import type { CorpusStore, DocumentUpsert, IngestRunSummary } from "../store/corpus.ts";
import { StoreError } from "../store/db.ts";
import { IngestBusyError } from "../store/ingest-lock.ts";
import type { SourceDocument } from "../types.ts";
import { chunkDocument, citedNumbers } from "./chunk.ts";
import { isInside } from "./confine.ts";
import { CorpusError, HOW_TO_ADD_DOCUMENTS } from "./errors.ts";
import { LoadError, type LoadedFile, loadFile } from "./loaders/index.ts";
import {
  entryFingerprint,
  loadManifest,
  MANIFEST_FILE,
  type Manifest,
  type ManifestEntry,
  ManifestError,
} from "./manifest.ts";
import { buildDocumentText } from "./normalize.ts";

export interface IngestReport {
  filesRead: number;
  filesUnchanged: number;
  /** Passages written by this run (for the files it read). */
  passages: number;
  skipped: { path: string; reason: string }[];
  /** Paths (relative to the corpus folder) indexed for the first time, changed, or removed. */
  added: string[];
  changed: string[];
  removed: string[];
  warnings: string[];
  /** False when any file (or manifest entry) was skipped. */
  ok: boolean;
}

export interface IngestOptions {
  corpusDir: string;
  store: CorpusStore;
  /** Limit the run to these files or folders (absolute, or relative to the corpus folder); they are re-read even if unchanged. */
  paths?: string[];
  log: Logger;
  now?: () => Date;
}

interface CorpusFile {
  /** Relative to the corpus folder, forward slashes (through a link, the link's path). */
  rel: string;
  /** The file's real path (links resolved), which is what gets read. */
  abs: string;
}

interface CorpusScan {
  corpusDir: string;
  files: CorpusFile[];
  manifest: Manifest;
  /** Links refused or dropped while listing (outside the corpus, dangling), by the link's path. */
  warnings: { path: string; message: string }[];
}

/** Corpus settings beside the manifest (search, digest and answer settings), never documents. */
const ROOT_ONLY_NON_DOCUMENTS = new Set([
  MANIFEST_FILE,
  "glossary.json",
  "digest-topics.json",
  "suggested-questions.json",
]);

function isNonDocument(rel: string): boolean {
  const base = path.posix.basename(rel);
  if (/^readme(\.[a-z]+)?$/i.test(base)) return true;
  return !rel.includes("/") && ROOT_ONLY_NON_DOCUMENTS.has(base);
}

/**
 * Lists the corpus's documents. Files come only from inside the corpus folder, judged by real
 * path: a symbolic link whose target lies outside it is refused with a warning, and no folder
 * or file is visited twice (so `ln -s . corpus/loop` adds nothing, and a link to a file that is
 * also in the corpus under its own name gives one document, under the real name). Real entries
 * are walked first, links after, so the real name always wins over a link's.
 */
function listFiles(corpusDir: string): Pick<CorpusScan, "files" | "warnings"> {
  const root = fs.realpathSync(corpusDir);
  const files: CorpusFile[] = [];
  const warnings: CorpusScan["warnings"] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>([root]);
  const links: { rel: string; abs: string }[] = [];

  const walk = (realDir: string, relDir: string) => {
    const entries = fs.readdirSync(realDir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Dotfiles are editor and VCS litter (.DS_Store, .gitignore), never documents.
      if (entry.name.startsWith(".")) continue;
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = path.join(realDir, entry.name);
      if (entry.isSymbolicLink()) links.push({ rel, abs });
      else if (entry.isDirectory()) {
        seenDirs.add(abs);
        walk(abs, rel);
      } else if (entry.isFile() && !isNonDocument(rel)) {
        seenFiles.add(abs);
        files.push({ rel, abs });
      }
    }
  };
  walk(root, "");

  // Links found while following links join the queue, so nested links are judged the same way.
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as { rel: string; abs: string };
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(link.abs);
      stat = fs.statSync(real);
    } catch {
      warnings.push({
        path: link.rel,
        message: `${link.rel} is a symbolic link to nothing (its target is missing); skipped`,
      });
      continue;
    }
    if (!isInside(root, real)) {
      warnings.push({
        path: link.rel,
        message: `${link.rel} is a symbolic link to ${real}, outside the corpus folder; not indexed (copy the file into the corpus instead)`,
      });
      continue;
    }
    if (stat.isDirectory()) {
      if (seenDirs.has(real)) continue; // a loop, or a second name for a folder already listed
      seenDirs.add(real);
      walk(real, link.rel);
    } else if (stat.isFile() && !isNonDocument(link.rel) && !seenFiles.has(real)) {
      seenFiles.add(real);
      files.push({ rel: link.rel, abs: real });
    }
  }
  return { files, warnings };
}

/** Lists the corpus; a missing or empty folder, or an unreadable manifest, is a CorpusError. */
export function scanCorpus(corpusDir: string): CorpusScan {
  const dir = path.resolve(corpusDir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new CorpusError(
      `The corpus folder ${dir} does not exist. Create it (or set CORPUS_DIR). ${HOW_TO_ADD_DOCUMENTS}`,
    );
  }
  if (!stat.isDirectory()) {
    throw new CorpusError(`The corpus path ${dir} is not a folder. ${HOW_TO_ADD_DOCUMENTS}`);
  }
  const { files, warnings } = listFiles(dir);
  if (files.length === 0) {
    throw new CorpusError(
      `The corpus folder ${dir} is empty: there are no documents to index. ${HOW_TO_ADD_DOCUMENTS}`,
    );
  }
  return { corpusDir: dir, files, manifest: loadManifest(dir), warnings };
}

/**
 * sha256 of the file's bytes, its manifest entry and its document id: editing the file or its
 * entry re-indexes it, and so does an unlisted file's id moving aside for a new manifest entry.
 */
export function fileHash(
  bytes: Uint8Array,
  entry: ManifestEntry | undefined,
  documentId: string,
): string {
  return createHash("sha256")
    .update(bytes)
    .update("\u0000manifest\u0000")
    .update(entryFingerprint(entry))
    .update("\u0000id\u0000")
    .update(documentId)
    .digest("hex");
}

/** A document id for a file the manifest does not list: its path, slugged. */
export function derivedDocumentId(rel: string): string {
  const slug = rel
    .replace(/\.[^./]+$/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "document";
}

function titleFromFileName(rel: string): string {
  const base = path.posix.basename(rel).replace(/\.[^.]+$/, "");
  const words = base.replace(/[-_]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : rel;
}

/** Manifest ids for listed files; slugged paths (made unique) for the others, in path order. */
function assignDocumentIds(files: CorpusFile[], manifest: Manifest): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const entry of manifest.entries.values()) taken.add(entry.id);
  for (const file of files) {
    const entry = manifest.entries.get(file.rel);
    if (entry) {
      ids.set(file.rel, entry.id);
      continue;
    }
    const base = derivedDocumentId(file.rel);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(file.rel, id);
  }
  return ids;
}

/** Resolves `paths` (absolute or corpus-relative) to corpus-relative prefixes; outsiders are reported. */
function scopeOf(
  corpusDir: string,
  paths: string[] | undefined,
): { prefixes: string[] | undefined; outside: string[] } {
  if (!paths) return { prefixes: undefined, outside: [] };
  const prefixes: string[] = [];
  const outside: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(corpusDir, p);
    if (!isInside(corpusDir, abs)) outside.push(p);
    else prefixes.push(path.relative(corpusDir, abs).split(path.sep).join("/"));
  }
  return { prefixes, outside };
}

function inScope(rel: string, prefixes: string[] | undefined): boolean {
  if (!prefixes) return true;
  return prefixes.some((p) => p === "" || rel === p || rel.startsWith(`${p}/`));
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

/**
 * Brings the index up to date with the corpus folder. One ingest at a time per database: while
 * another process ingests, this throws IngestBusyError at once (naming that process) and changes
 * nothing; a broken sources.json throws a ManifestError and indexes nothing.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestReport> {
  const lock = options.store.beginIngest();
  try {
    return await ingestLocked(options);
  } finally {
    lock.release();
  }
}

async function ingestLocked(options: IngestOptions): Promise<IngestReport> {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const scan = scanCorpus(options.corpusDir);
  const { corpusDir, files, manifest } = scan;
  const { prefixes, outside } = scopeOf(corpusDir, options.paths);
  const forced = prefixes !== undefined;

  const report: IngestReport = {
    filesRead: 0,
    filesUnchanged: 0,
    passages: 0,
    skipped: outside.map((p) => ({ path: p, reason: `outside the corpus folder ${corpusDir}` })),
    added: [],
    changed: [],
    removed: [],
    warnings: [],
    ok: true,
  };
  for (const warning of scan.warnings) {
    if (!inScope(warning.path, prefixes)) continue;
    report.warnings.push(warning.message);
    log.warn({ path: warning.path }, "corpus link not followed");
  }
  const skippedHashes = new Map<string, string>();
  const skip = (rel: string, reason: string, contentHash?: string) => {
    report.skipped.push({ path: rel, reason });
    if (contentHash) skippedHashes.set(rel, contentHash);
    log.warn({ path: rel, reason }, "skipped a corpus file");
  };

  const problemsByPath = new Map<string, string[]>();
  for (const problem of manifest.problems) {
    if (problem.path && files.some((f) => f.rel === problem.path)) {
      problemsByPath.set(problem.path, [
        ...(problemsByPath.get(problem.path) ?? []),
        problem.message,
      ]);
    } else if (!prefixes) {
      report.skipped.push({ path: MANIFEST_FILE, reason: problem.message });
    }
  }

  const onDisk = new Set(files.map((f) => f.rel));
  for (const entry of manifest.entries.values()) {
    if (onDisk.has(entry.path) || !inScope(entry.path, prefixes)) continue;
    if (entry.remote) {
      log.info({ id: entry.id, path: entry.path }, "remote source not downloaded; not indexed");
    } else {
      report.warnings.push(
        `${MANIFEST_FILE} lists ${entry.path} ("${entry.id}"), but there is no such file`,
      );
    }
  }

  const indexed = store.indexedFiles();
  const ids = assignDocumentIds(files, manifest);

  const upserts: DocumentUpsert[] = [];
  for (const file of files) {
    if (!inScope(file.rel, prefixes)) continue;
    const entry = manifest.entries.get(file.rel);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.abs);
    } catch (err) {
      skip(file.rel, `cannot be read: ${(err as Error).message}`);
      continue;
    }
    const id = ids.get(file.rel) ?? derivedDocumentId(file.rel);
    const contentHash = fileHash(bytes, entry, id);
    const problems = problemsByPath.get(file.rel);
    if (problems) {
      skip(file.rel, problems.join("; "), contentHash);
      continue;
    }
    const previous = indexed.get(file.rel);
    if (previous && previous.contentHash === contentHash && !forced) {
      report.filesUnchanged++;
      continue;
    }
    let loaded: LoadedFile;
    try {
      loaded = await loadFile(file.rel, bytes);
    } catch (err) {
      const reason = err instanceof LoadError ? err.reason : `cannot be read: ${String(err)}`;
      skip(
        file.rel,
        previous ? `${reason} (the previously indexed version is kept)` : reason,
        contentHash,
      );
      continue;
    }
    report.filesRead++;

    // indexed_at feeds "new in the corpus": a forced re-read of an unchanged file keeps it.
    const prior =
      previous?.contentHash === contentHash ? store.getDocument(previous.documentId) : undefined;
    const indexedAt = prior?.indexedAt ?? startedAt;
    const document = buildDocument(file.rel, id, loaded, entry, contentHash, indexedAt);
    const text = buildDocumentText(loaded.blocks);
    const passages = chunkDocument(document, text);
    if (passages.length === 0) {
      skip(file.rel, "no text found in the file", contentHash);
      continue;
    }
    // Said only now that the file is known to be indexed: a skipped file gets its skip reason alone.
    if (!entry) {
      report.warnings.push(
        `${file.rel} is not listed in ${MANIFEST_FILE}; indexed with metadata taken from the file`,
      );
    }
    const known = new Set(document.sources.map((s) => s.n));
    const unresolved = citedNumbers(passages.map((p) => p.text).join("\n")).filter(
      (n) => !known.has(n),
    );
    if (loaded.kind === "markdown" && document.sources.length > 0 && unresolved.length > 0) {
      report.warnings.push(
        `${file.rel} cites ${unresolved.map((n) => `[${n}]`).join(", ")}, which its front matter sources (${document.sources.length}) do not list`,
      );
    }
    upserts.push({ document, normalizedText: text.text, passages });
    report.passages += passages.length;
    if (!previous) report.added.push(file.rel);
    else if (previous.contentHash !== contentHash) report.changed.push(file.rel);
  }

  const removedDocumentIds: string[] = [];
  for (const [rel, info] of indexed) {
    if (onDisk.has(rel) || !inScope(rel, prefixes)) continue;
    removedDocumentIds.push(info.documentId);
    report.removed.push(rel);
  }
  if (prefixes) {
    for (const p of prefixes) {
      const exists =
        files.some((f) => inScope(f.rel, [p])) || [...indexed.keys()].some((r) => inScope(r, [p]));
      if (!exists) report.skipped.push({ path: p, reason: "no such file in the corpus folder" });
    }
  }

  report.ok = report.skipped.length === 0;
  const run: Omit<IngestRunSummary, "id"> = {
    startedAt,
    finishedAt: now().toISOString(),
    status: report.ok ? "ok" : "partial",
    filesRead: report.filesRead,
    filesUnchanged: report.filesUnchanged,
    passages: report.passages,
    skipped: report.skipped.map((s) => {
      const hash = skippedHashes.get(s.path);
      return hash ? { ...s, contentHash: hash } : s;
    }),
  };
  if (upserts.length > 0 || removedDocumentIds.length > 0) {
    try {
      store.applyIngest({ upserts, removedDocumentIds }, run);
    } catch (cause) {
      try {
        store.recordRun({ ...run, status: "failed" });
      } catch {
        // The database itself is failing; the error below says so.
      }
      throw new CorpusError(
        `Writing the index failed (${(cause as Error).message}); nothing was changed, the previous index is still in use.`,
        { cause },
      );
    }
  } else {
    store.recordRun(run);
  }
  log.info(
    {
      filesRead: report.filesRead,
      filesUnchanged: report.filesUnchanged,
      passages: report.passages,
      skipped: report.skipped.length,
    },
    "corpus ingested",
  );
  return report;
}

/**
 * Cheap start-up check: true when a file was added, changed or removed since the last ingest.
 * Reads and hashes files but parses nothing. A file the last run skipped counts as unchanged
 * while its bytes stay the same, so one bad file does not re-trigger an ingest at every start.
 */
export function needsIngest(options: { corpusDir: string; store: CorpusStore }): boolean {
  const { files, manifest } = scanCorpus(options.corpusDir);
  const ids = assignDocumentIds(files, manifest);
  const indexed = options.store.indexedFiles();
  const lastSkipped = new Map<string, string | undefined>(
    (options.store.stats().lastIngest?.skipped ?? []).map((s) => [s.path, s.contentHash]),
  );
  const onDisk = new Set<string>();
  for (const file of files) {
    onDisk.add(file.rel);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.abs);
    } catch {
      return true;
    }
    const id = ids.get(file.rel) ?? derivedDocumentId(file.rel);
    const hash = fileHash(bytes, manifest.entries.get(file.rel), id);
    if (indexed.get(file.rel)?.contentHash === hash) continue;
    if (lastSkipped.get(file.rel) === hash) continue;
    return true;
  }
  for (const rel of indexed.keys()) if (!onDisk.has(rel)) return true;
  return false;
}

export interface RefreshOptions {
  corpusDir: string;
  store: CorpusStore;
  log: Logger;
  onIngest?: (phase: "start" | "done", report?: IngestReport) => void;
  /**
   * One-line notes for the person waiting: why the index was left as it is, or what it waits
   * for. The CLI prints them on stderr; the Slack app logs them.
   */
  onNotice?: (message: string) => void;
  /** How long to wait for another process's ingest when there is no index to answer from yet. */
  waitForOtherIngestMs?: number;
  pollMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Brings the index up to date before answering, if the corpus changed, without ever making an
 * answer wait on (or fail because of) something it can do without. With an index to answer
 * from: a broken sources.json, another process's ingest in progress, or a failed write leaves
 * the index as it is, with a notice saying why. With no index yet, there is nothing to answer
 * from: a broken manifest or a failed ingest throws, and another process's ingest is waited for.
 * Returns the report when this call ingested.
 */
export async function refreshIndex(options: RefreshOptions): Promise<IngestReport | undefined> {
  const { store, log } = options;
  const notice = options.onNotice ?? ((message: string) => log.warn(message));
  const hasIndex = () => store.stats().documents > 0;
  const waitMs = options.waitForOtherIngestMs ?? 120_000;
  const pollMs = options.pollMs ?? 250;
  const deadline = Date.now() + waitMs;
  let waiting = false;
  for (;;) {
    let needed: boolean;
    try {
      needed = needsIngest(options);
    } catch (err) {
      if (err instanceof ManifestError && hasIndex()) {
        notice(
          `${err.message}. Answering from the last good index; nothing new is indexed until it is fixed.`,
        );
        return undefined;
      }
      throw err;
    }
    if (!needed) return undefined;
    const other = store.ingestInProgress();
    if (other) {
      if (hasIndex()) {
        notice(
          `Another process (${other.pid} on ${other.host}) is updating the index; answering from the index as it is.`,
        );
        return undefined;
      }
      if (Date.now() >= deadline) {
        throw new CorpusError(
          `Another process (${other.pid} on ${other.host}) has been building the index since ${other.startedAt}, and there is no index to answer from yet. Try again once it has finished.`,
        );
      }
      if (!waiting) notice("Waiting for another process to finish building the index…");
      waiting = true;
      await sleep(pollMs);
      continue;
    }
    options.onIngest?.("start");
    try {
      const report = await ingestCorpus(options);
      options.onIngest?.("done", report);
      return report;
    } catch (err) {
      // Another ingest started between the check and ours: go round again (wait, or answer).
      if (err instanceof IngestBusyError) continue;
      if (hasIndex() && (err instanceof CorpusError || err instanceof StoreError)) {
        notice(`${(err as Error).message} Answering from the index as it is.`);
        return undefined;
      }
      throw err;
    }
  }
}
