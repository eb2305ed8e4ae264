// corpus/sources.json: the manifest that gives every document its id, title, author or publisher,
// date, link, credit and type. Validated with zod; every problem names the manifest, the entry and
// the field, because "invalid input" tells an editor nothing about which line to fix.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseJsonText } from "../json-file.ts";
import { CorpusError } from "./errors.ts";

export const MANIFEST_FILE = "sources.json";

const DOCUMENT_TYPES = [
  "article",
  "note",
  "paper",
  "report",
  "treaty",
  "statement",
  "web",
  "other",
] as const;

const isoDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$/,
    "must be a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
  );

const relativePath = z
  .string()
  .min(1)
  .refine(
    (p) => !p.startsWith("/") && !p.includes("\\") && !p.split("/").includes(".."),
    "must be a path inside the corpus folder, with forward slashes",
  );

const entrySchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, "must be lower-case letters, digits, '.', '_' or '-'"),
  path: relativePath,
  title: z.string().trim().min(1),
  author: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1).optional(),
  date: isoDate,
  url: z.url().optional(),
  credit: z.string().trim().min(1),
  type: z.enum(DOCUMENT_TYPES),
  /** Not kept in the repository: `fetchRemoteSources` downloads it from `url` into `path`. */
  remote: z.boolean().optional(),
});

export type ManifestEntry = z.infer<typeof entrySchema>;

interface ManifestProblem {
  /** The entry's path when it had a usable one (so ingest can name and skip that file). */
  path?: string;
  message: string;
}

export interface Manifest {
  /** Valid entries, by path relative to the corpus folder. */
  entries: Map<string, ManifestEntry>;
  problems: ManifestProblem[];
  /** False when corpus/sources.json does not exist (every file is then described by itself). */
  present: boolean;
}

/**
 * The manifest as a whole cannot be used (unreadable, not JSON, wrong shape). While it lasts,
 * nothing new is indexed and the last good index keeps answering (see `openContext`).
 */
export class ManifestError extends CorpusError {
  constructor(message: string) {
    super(message, undefined, "corpus_manifest_invalid");
  }
}

/** How the manifest is named in messages: `corpus/sources.json` for the usual folder. */
function manifestDisplayName(corpusDir: string): string {
  return `${path.basename(path.resolve(corpusDir))}/${MANIFEST_FILE}`;
}

/**
 * Validates parsed manifest JSON. Entry problems are collected, not thrown, so one bad entry does
 * not stop the rest of the corpus from being indexed. A manifest whose shape is wrong throws.
 */
export function validateManifest(json: unknown, displayName: string): Omit<Manifest, "present"> {
  const rawEntries = documentsOf(json, displayName);
  const entries = new Map<string, ManifestEntry>();
  const problems: ManifestProblem[] = [];
  const ids = new Map<string, string>();
  rawEntries.forEach((raw, index) => {
    const rec = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const report = entryReporter(rec, index, displayName, problems);
    const entry = checkedEntry(rec, report, { entries, ids });
    if (entry) {
      ids.set(entry.id, entry.path);
      entries.set(entry.path, entry);
    }
  });
  return { entries, problems };
}

/** Records a problem of one entry, named by the manifest and the entry (and its path, if usable). */
type Report = (message: string) => void;

/** The entries kept so far: by path, and each id's path. */
interface KeptEntries {
  entries: ReadonlyMap<string, ManifestEntry>;
  ids: ReadonlyMap<string, string>;
}

/** The manifest's "documents" array (or the manifest itself, an array); any other shape throws. */
function documentsOf(json: unknown, displayName: string): unknown[] {
  const root = Array.isArray(json) ? { documents: json } : json;
  if (
    typeof root !== "object" ||
    root === null ||
    !Array.isArray((root as { documents?: unknown }).documents)
  ) {
    const found =
      typeof root === "object" && root !== null && "documents" in root
        ? `"documents" is ${describeJsonType((root as { documents: unknown }).documents)}`
        : 'there is no "documents" field';
    throw new ManifestError(
      `${displayName}: expected an object with a "documents" array, but ${found} (see corpus/README.md)`,
    );
  }
  return (root as { documents: unknown[] }).documents;
}

function entryReporter(
  rec: Record<string, unknown>,
  index: number,
  displayName: string,
  problems: ManifestProblem[],
): Report {
  const label = describeEntry(rec, index);
  const rawPath = typeof rec.path === "string" && rec.path.length > 0 ? rec.path : undefined;
  return (message: string) =>
    problems.push(
      rawPath
        ? { path: rawPath, message: `${displayName}: ${label} ${message}` }
        : { message: `${displayName}: ${label} ${message}` },
    );
}

/**
 * The entry, where it is valid and its id and path are not taken; its problems reported.
 * Every missing field named in one message, then each malformed one, then the rules that
 * involve two fields, so one pass over the manifest shows everything to fix.
 */
function checkedEntry(
  rec: Record<string, unknown>,
  report: Report,
  kept: KeptEntries,
): ManifestEntry | undefined {
  const parsed = entrySchema.safeParse(rec);
  reportFieldProblems(parsed.success ? [] : parsed.error.issues, rec, report);
  const sourced = reportUnsourced(rec, report);
  if (!parsed.success) return undefined;
  const entry = parsed.data;
  const unique = reportReused(entry, kept, report);
  return sourced && unique ? entry : undefined;
}

/** Each malformed field, then the missing ones in one message. */
function reportFieldProblems(
  issues: readonly z.core.$ZodIssue[],
  rec: Record<string, unknown>,
  report: Report,
): void {
  const missing: string[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "?");
    if (rec[field] === undefined) {
      if (!missing.includes(field)) missing.push(field);
    } else {
      report(`has an invalid "${field}": ${issue.message}`);
    }
  }
  if (missing.length > 0) report(`is missing ${listFields(missing)}`);
}

/** Whether the entry names its author or publisher, and a url unless it is a note; else reported. */
function reportUnsourced(rec: Record<string, unknown>, report: Report): boolean {
  let ok = true;
  if (rec.author === undefined && rec.publisher === undefined) {
    report('is missing "author" (or "publisher")');
    ok = false;
  }
  if (rec.url === undefined && rec.type !== "note") {
    report(
      rec.remote === true
        ? 'is remote but has no "url" to download it from'
        : 'is missing "url" (only our own briefing notes, type "note", may leave it out)',
    );
    ok = false;
  }
  return ok;
}

/** Whether the entry's id and path are its own; else reported. */
function reportReused(entry: ManifestEntry, kept: KeptEntries, report: Report): boolean {
  let ok = true;
  const otherPath = kept.ids.get(entry.id);
  if (otherPath !== undefined) {
    report(`reuses the id "${entry.id}" of ${otherPath}`);
    ok = false;
  }
  if (kept.entries.has(entry.path)) {
    report(`lists the path ${entry.path} a second time`);
    ok = false;
  }
  return ok;
}

function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function listFields(fields: string[]): string {
  const quoted = fields.map((f) => `"${f}"`);
  return quoted.length === 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

function describeEntry(rec: Record<string, unknown>, index: number): string {
  const id = typeof rec.id === "string" && rec.id ? `"${rec.id}"` : `#${index + 1}`;
  const where = typeof rec.path === "string" && rec.path ? ` (${rec.path})` : "";
  return `entry ${id}${where}`;
}

/** Reads corpus/sources.json; a missing manifest is allowed, malformed JSON is a ManifestError. */
export function loadManifest(corpusDir: string): Manifest {
  const file = path.join(corpusDir, MANIFEST_FILE);
  const displayName = manifestDisplayName(corpusDir);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      return { entries: new Map(), problems: [], present: false };
    }
    throw new ManifestError(`${displayName}: cannot be read: ${(err as Error).message}`);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new ManifestError(`${displayName}: is ${parsed.reason}`);
  return { ...validateManifest(parsed.value, displayName), present: true };
}

/** The manifest's bytes for one entry, folded into the file's hash so metadata edits re-index it. */
export function entryFingerprint(entry: ManifestEntry | undefined): string {
  if (!entry) return "";
  const keys = Object.keys(entry).sort() as (keyof ManifestEntry)[];
  return JSON.stringify(keys.map((k) => [k, entry[k]]));
}
