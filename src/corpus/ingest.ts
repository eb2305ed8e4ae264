// Files in corpus/ → documents → passages → the store, incrementally and atomically. A file whose
// bytes (and manifest entry) hash the same as what is indexed is not read again; everything a run
// changes is written through one `applyIngest` call, one SQLite transaction, so a run that fails
// half-way leaves the previous index answering. A bad file is named and skipped, never fatal.
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../log.ts";
import type { CorpusStore, DocumentUpsert, IngestRunSummary } from "../store/corpus.ts";
import { StoreError } from "../store/db.ts";
import { IngestBusyError } from "../store/ingest-lock.ts";
import { isInside } from "./confine.ts";
import { CorpusError, HOW_TO_ADD_DOCUMENTS } from "./errors.ts";
import {
  assignDocumentIds,
  type CorpusFile,
  derivedDocumentId,
  fileHash,
} from "./file-identity.ts";
import { type FileReading, readChangedFiles } from "./ingest-file.ts";
import {
  type IngestReport,
  logIngested,
  type RunReport,
  runRecord,
  startReport,
} from "./ingest-report.ts";
import { loadManifest, MANIFEST_FILE, type Manifest, ManifestError } from "./manifest.ts";

export type { IngestReport } from "./ingest-report.ts";

export interface IngestOptions {
  corpusDir: string;
  store: CorpusStore;
  /** Limit the run to these files or folders (absolute, or relative to the corpus folder); they are re-read even if unchanged. */
  paths?: string[];
  log: Logger;
  now?: () => Date;
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
  const listing: Listing = {
    root,
    files: [],
    warnings: [],
    seenFiles: new Set<string>(),
    seenDirs: new Set<string>([root]),
    links: [],
  };
  walkFolder(listing, root, "");
  // Links found while following links join the queue, so nested links are judged the same way.
  for (let i = 0; i < listing.links.length; i++) {
    followLink(listing, listing.links[i] as CorpusFile);
  }
  return { files: listing.files, warnings: listing.warnings };
}

/** What `listFiles` has found so far: documents, warnings, the real paths seen, links to follow. */
interface Listing {
  /** The corpus folder's real path. */
  root: string;
  files: CorpusFile[];
  warnings: CorpusScan["warnings"];
  seenFiles: Set<string>;
  seenDirs: Set<string>;
  /** Symbolic links met, judged after the real entries. */
  links: CorpusFile[];
}

/**
 * Lists a folder's documents by name, going into its folders and keeping its links for later;
 * dotfiles and non-documents are left out.
 */
function walkFolder(listing: Listing, realDir: string, relDir: string): void {
  const entries = fs.readdirSync(realDir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Dotfiles are editor and VCS litter (.DS_Store, .gitignore), never documents.
    if (entry.name.startsWith(".")) continue;
    const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
    const abs = path.join(realDir, entry.name);
    if (entry.isSymbolicLink()) listing.links.push({ rel, abs });
    else if (entry.isDirectory()) {
      listing.seenDirs.add(abs);
      walkFolder(listing, abs, rel);
    } else if (entry.isFile() && !isNonDocument(rel)) {
      listing.seenFiles.add(abs);
      listing.files.push({ rel, abs });
    }
  }
}

/**
 * Follows a link inside the corpus: a folder not yet seen is walked, a document file not yet
 * seen is listed under the link's name.
 */
function followLink(listing: Listing, link: CorpusFile): void {
  const target = linkTarget(listing, link);
  if (target === undefined) return;
  const { real, stat } = target;
  if (stat.isDirectory()) {
    if (listing.seenDirs.has(real)) return; // a loop, or a second name for a folder already listed
    listing.seenDirs.add(real);
    walkFolder(listing, real, link.rel);
  } else if (stat.isFile() && !isNonDocument(link.rel) && !listing.seenFiles.has(real)) {
    listing.seenFiles.add(real);
    listing.files.push({ rel: link.rel, abs: real });
  }
}

/**
 * A link's real target and what it is; undefined, with a warning, where the target is missing
 * or outside the corpus folder.
 */
function linkTarget(
  listing: Listing,
  link: CorpusFile,
): { real: string; stat: fs.Stats } | undefined {
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(link.abs);
    stat = fs.statSync(real);
  } catch {
    listing.warnings.push({
      path: link.rel,
      message: `${link.rel} is a symbolic link to nothing (its target is missing); skipped`,
    });
    return undefined;
  }
  if (!isInside(listing.root, real)) {
    listing.warnings.push({
      path: link.rel,
      message: `${link.rel} is a symbolic link to ${real}, outside the corpus folder; not indexed (copy the file into the corpus instead)`,
    });
    return undefined;
  }
  return { real, stat };
}

/** Lists the corpus; a missing or empty folder, or an unreadable manifest, is a CorpusError. */
function scanCorpus(corpusDir: string): CorpusScan {
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

/** The corpus as listed, with the paths the run is limited to (none: the whole corpus). */
interface ScopedScan extends CorpusScan {
  prefixes: string[] | undefined;
  /** Every file listed, in scope or not. */
  onDisk: Set<string>;
}

type IndexedFiles = ReturnType<CorpusStore["indexedFiles"]>;

/** One run, the lock held: the corpus listed and checked, its files read, the index written. */
async function ingestLocked(options: IngestOptions): Promise<IngestReport> {
  const { store, log } = options;
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const scan = scanCorpus(options.corpusDir);
  const { prefixes, outside } = scopeOf(scan.corpusDir, options.paths);
  const scoped: ScopedScan = { ...scan, prefixes, onDisk: new Set(scan.files.map((f) => f.rel)) };
  const run = startReport(scan.corpusDir, outside, log);
  reportLinkWarnings(scoped, run);
  const problemsByPath = manifestProblems(scoped, run.report);
  reportEntriesWithoutFiles(scoped, run);
  const indexed = store.indexedFiles();
  const reading: FileReading = {
    store,
    manifest: scan.manifest,
    indexed,
    ids: assignDocumentIds(scan.files, scan.manifest),
    problemsByPath,
    forced: prefixes !== undefined,
    startedAt,
    run,
  };
  const inScopeFiles = scan.files.filter((f) => inScope(f.rel, prefixes));
  const upserts = await readChangedFiles(inScopeFiles, reading);
  const removedDocumentIds = removedDocuments(scoped, indexed, run.report);
  reportPathsNotFound(scoped, indexed, run.report);
  run.report.ok = run.report.skipped.length === 0;
  writeIngest(
    store,
    { upserts, removedDocumentIds },
    runRecord(run, startedAt, now().toISOString()),
  );
  logIngested(run);
  return run.report;
}

/** Links refused while listing, for the paths in scope. */
function reportLinkWarnings(scoped: ScopedScan, run: RunReport): void {
  for (const warning of scoped.warnings) {
    if (!inScope(warning.path, scoped.prefixes)) continue;
    run.report.warnings.push(warning.message);
    run.log.warn({ path: warning.path }, "corpus link not followed");
  }
}

/**
 * The manifest's problems with a listed file's entry, by path (the file will be skipped); the
 * others are skipped as the manifest's own, on a run over the whole corpus.
 */
function manifestProblems(scoped: ScopedScan, report: IngestReport): Map<string, string[]> {
  const problemsByPath = new Map<string, string[]>();
  for (const problem of scoped.manifest.problems) {
    if (problem.path && scoped.files.some((f) => f.rel === problem.path)) {
      problemsByPath.set(problem.path, [
        ...(problemsByPath.get(problem.path) ?? []),
        problem.message,
      ]);
    } else if (!scoped.prefixes) {
      report.skipped.push({ path: MANIFEST_FILE, reason: problem.message });
    }
  }
  return problemsByPath;
}

/** Manifest entries in scope with no file: a remote source is logged, a local one warned of. */
function reportEntriesWithoutFiles(scoped: ScopedScan, run: RunReport): void {
  for (const entry of scoped.manifest.entries.values()) {
    if (scoped.onDisk.has(entry.path) || !inScope(entry.path, scoped.prefixes)) continue;
    if (entry.remote) {
      run.log.info({ id: entry.id, path: entry.path }, "remote source not downloaded; not indexed");
    } else {
      run.report.warnings.push(
        `${MANIFEST_FILE} lists ${entry.path} ("${entry.id}"), but there is no such file`,
      );
    }
  }
}

/** The documents indexed in scope whose files are gone, reported removed. */
function removedDocuments(
  scoped: ScopedScan,
  indexed: IndexedFiles,
  report: IngestReport,
): string[] {
  const removedDocumentIds: string[] = [];
  for (const [rel, info] of indexed) {
    if (scoped.onDisk.has(rel) || !inScope(rel, scoped.prefixes)) continue;
    removedDocumentIds.push(info.documentId);
    report.removed.push(rel);
  }
  return removedDocumentIds;
}

/** A path asked for that names no file, listed or indexed, is skipped. */
function reportPathsNotFound(
  scoped: ScopedScan,
  indexed: IndexedFiles,
  report: IngestReport,
): void {
  if (!scoped.prefixes) return;
  for (const p of scoped.prefixes) {
    const exists =
      scoped.files.some((f) => inScope(f.rel, [p])) ||
      [...indexed.keys()].some((r) => inScope(r, [p]));
    if (!exists) report.skipped.push({ path: p, reason: "no such file in the corpus folder" });
  }
}

/**
 * Everything the run changes in one transaction, recorded with it; a run that changes nothing is
 * only recorded. A failed write changes nothing and is recorded as failed where it can be.
 */
function writeIngest(
  store: CorpusStore,
  changes: { upserts: DocumentUpsert[]; removedDocumentIds: string[] },
  run: Omit<IngestRunSummary, "id">,
): void {
  if (changes.upserts.length > 0 || changes.removedDocumentIds.length > 0) {
    try {
      store.applyIngest(changes, run);
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
