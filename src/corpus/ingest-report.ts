// What one ingest run did, as it is told: the report returned to the caller, the warnings and
// skips logged as they happen, and the run record the store keeps (with the hashes of skipped
// files, so that needsIngest does not take an unchanged bad file for a change).
import type { Logger } from "../log.ts";
import type { IngestRunSummary } from "../store/corpus.ts";

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

/** The report being written, with the content hash of each file skipped after it was read. */
export interface RunReport {
  report: IngestReport;
  skippedHashes: Map<string, string>;
  log: Logger;
}

/** An empty report; the paths asked for that lie outside the corpus folder are skipped already. */
export function startReport(corpusDir: string, outside: string[], log: Logger): RunReport {
  return {
    report: {
      filesRead: 0,
      filesUnchanged: 0,
      passages: 0,
      skipped: outside.map((p) => ({ path: p, reason: `outside the corpus folder ${corpusDir}` })),
      added: [],
      changed: [],
      removed: [],
      warnings: [],
      ok: true,
    },
    skippedHashes: new Map(),
    log,
  };
}

/** A corpus file left out of the index, said in the report and the log. */
export function skipFile(run: RunReport, rel: string, reason: string, contentHash?: string): void {
  run.report.skipped.push({ path: rel, reason });
  if (contentHash) run.skippedHashes.set(rel, contentHash);
  run.log.warn({ path: rel, reason }, "skipped a corpus file");
}

/** The store's record of the run, its skips carrying the hashes of the files read. */
export function runRecord(
  run: RunReport,
  startedAt: string,
  finishedAt: string,
): Omit<IngestRunSummary, "id"> {
  const { report } = run;
  return {
    startedAt,
    finishedAt,
    status: report.ok ? "ok" : "partial",
    filesRead: report.filesRead,
    filesUnchanged: report.filesUnchanged,
    passages: report.passages,
    skipped: report.skipped.map((s) => {
      const hash = run.skippedHashes.get(s.path);
      return hash ? { ...s, contentHash: hash } : s;
    }),
  };
}

export function logIngested({ report, log }: RunReport): void {
  log.info(
    {
      filesRead: report.filesRead,
      filesUnchanged: report.filesUnchanged,
      passages: report.passages,
      skipped: report.skipped.length,
    },
    "corpus ingested",
  );
}
