// What `sources` shows beyond the index: every manifest entry with its state, so a remote source
// that was never downloaded reads "not downloaded" instead of silently missing from the list.
import fs from "node:fs";
import path from "node:path";
import type { CorpusStore } from "../store/corpus.ts";
import { loadManifest, type Manifest, ManifestError } from "./manifest.ts";

export type SourceState = "indexed" | "not downloaded" | "missing" | "skipped" | "not indexed yet";

export interface CorpusSourceStatus {
  id: string;
  title: string;
  /** Relative to the corpus folder. */
  path: string;
  url?: string;
  type?: string;
  remote: boolean;
  /** False for a file indexed without a sources.json entry. */
  listed: boolean;
  state: SourceState;
  /** Why the last ingest skipped it. */
  reason?: string;
}

/** Manifest entries and indexed documents, each with its state; manifest order, then unlisted by path. */
export function describeCorpusSources(options: {
  corpusDir: string;
  store: CorpusStore;
}): CorpusSourceStatus[] {
  const corpusDir = path.resolve(options.corpusDir);
  // A broken sources.json was already reported when the context opened; the index still lists.
  let manifest: Pick<Manifest, "entries">;
  try {
    manifest = loadManifest(corpusDir);
  } catch (err) {
    if (!(err instanceof ManifestError)) throw err;
    manifest = { entries: new Map() };
  }
  const indexed = options.store.indexedFiles();
  const skipped = new Map(
    (options.store.stats().lastIngest?.skipped ?? []).map((s) => [s.path, s.reason]),
  );
  const out: CorpusSourceStatus[] = [];
  for (const entry of manifest.entries.values()) {
    const exists = fs.existsSync(path.join(corpusDir, ...entry.path.split("/")));
    const status: CorpusSourceStatus = {
      id: entry.id,
      title: entry.title,
      path: entry.path,
      type: entry.type,
      remote: entry.remote ?? false,
      listed: true,
      state: "not indexed yet",
    };
    if (entry.url) status.url = entry.url;
    const reason = skipped.get(entry.path);
    if (indexed.has(entry.path)) status.state = "indexed";
    else if (!exists) status.state = entry.remote ? "not downloaded" : "missing";
    else if (reason !== undefined) {
      status.state = "skipped";
      status.reason = reason;
    }
    out.push(status);
  }
  const unlisted = options.store
    .listDocuments()
    .filter((d) => !manifest.entries.has(d.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const d of unlisted) {
    const status: CorpusSourceStatus = {
      id: d.id,
      title: d.title,
      path: d.path,
      remote: false,
      listed: false,
      state: "indexed",
    };
    if (d.url) status.url = d.url;
    out.push(status);
  }
  return out;
}
