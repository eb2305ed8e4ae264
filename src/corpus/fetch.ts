// Downloads the manifest's remote sources (`"remote": true`) that are not in corpus/ yet. Each
// download has a timeout, a size cap and a content-type check, and lands through a temp file and a
// rename, so a half-downloaded file is never indexed. No network is a per-source failure, nothing more.
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../log.ts";
import { isInside, realPathForWrite } from "./confine.ts";
import { loadManifest, type ManifestEntry } from "./manifest.ts";

export interface FetchResult {
  id: string;
  url: string;
  /** Where the file is (or would be), relative to the corpus folder. */
  path: string;
  ok: boolean;
  /** Already present: nothing downloaded. */
  skipped?: boolean;
  bytes?: number;
  /** Why the download failed. */
  reason?: string;
}

export interface FetchOptions {
  corpusDir: string;
  log: Logger;
  fetchImpl?: typeof fetch;
  /** Tests point remote URLs at a loopback server. */
  rewriteUrl?: (url: string) => string;
  timeoutMs?: number;
  maxBytes?: number;
  /** Download again even when the file exists. */
  force?: boolean;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;
export const DEFAULT_FETCH_MAX_BYTES = 50 * 1024 * 1024;

class FetchFailure extends Error {}

/** Content types a file with this extension may arrive as. */
function acceptedTypes(file: string): string[] {
  switch (path.extname(file).toLowerCase()) {
    case ".pdf":
      return ["application/pdf", "application/x-pdf", "application/octet-stream"];
    case ".html":
    case ".htm":
      return ["text/html", "application/xhtml+xml"];
    case ".md":
    case ".markdown":
      return ["text/markdown", "text/plain", "text/x-markdown"];
    default:
      return ["text/plain"];
  }
}

function describeNetworkError(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  const code = e.cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found (no network?)";
  if (code) return `network error (${code})`;
  return `network error (${e.cause?.message ?? e.message ?? String(err)})`;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new FetchFailure(`too large (${declared} bytes; the limit is ${maxBytes})`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchFailure(`too large (over the ${maxBytes}-byte limit)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function download(
  entry: ManifestEntry,
  url: string,
  target: string,
  o: Required<Pick<FetchOptions, "timeoutMs" | "maxBytes">> & { fetchImpl: typeof fetch },
): Promise<number> {
  let response: Response;
  try {
    response = await o.fetchImpl(url, {
      signal: AbortSignal.timeout(o.timeoutMs),
      redirect: "follow",
      headers: { accept: acceptedTypes(entry.path).join(", ") },
    });
  } catch (err) {
    throw new FetchFailure(describeNetworkError(err));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new FetchFailure(
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  }
  const type =
    (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!acceptedTypes(entry.path).includes(type)) {
    await response.body?.cancel().catch(() => {});
    throw new FetchFailure(
      `unexpected content type "${type || "none"}" for ${path.extname(entry.path)}`,
    );
  }
  let body: Uint8Array;
  try {
    body = await readCapped(response, o.maxBytes);
  } catch (err) {
    if (err instanceof FetchFailure) throw err;
    throw new FetchFailure(describeNetworkError(err));
  }
  if (body.length === 0) throw new FetchFailure("empty response");
  if (
    path.extname(entry.path).toLowerCase() === ".pdf" &&
    Buffer.from(body.subarray(0, 5)).toString("latin1") !== "%PDF-"
  ) {
    throw new FetchFailure("the response is not a PDF (no %PDF- header)");
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // A dotfile next to the target: never indexed, and rename within one folder is atomic.
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.download`);
  try {
    fs.writeFileSync(temp, body);
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new FetchFailure(`cannot save it: ${(err as Error).message}`);
  }
  return body.length;
}

/** Downloads missing remote sources; reports each one, and never throws for a failed download. */
export async function fetchRemoteSources(
  options: FetchOptions,
): Promise<{ results: FetchResult[] }> {
  const corpusDir = path.resolve(options.corpusDir);
  // A broken manifest throws a ManifestError, which is a CorpusError naming the file and line.
  const entries: ManifestEntry[] = [...loadManifest(corpusDir).entries.values()].filter(
    (e) => e.remote && e.url,
  );
  const o = {
    fetchImpl: options.fetchImpl ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES,
  };
  const results: FetchResult[] = [];
  for (const entry of entries) {
    const original = entry.url ?? "";
    const url = options.rewriteUrl ? options.rewriteUrl(original) : original;
    const target = path.join(corpusDir, ...entry.path.split("/"));
    const result: FetchResult = { id: entry.id, url: original, path: entry.path, ok: false };
    if (!options.force && fs.existsSync(target)) {
      results.push({ ...result, ok: true, skipped: true });
      continue;
    }
    // A folder on the way that is a symbolic link out of the corpus must not receive the file.
    if (!isInside(realPathForWrite(corpusDir), realPathForWrite(target))) {
      const reason = `${entry.path} leads out of the corpus folder through a symbolic link; not saved`;
      results.push({ ...result, reason });
      options.log.warn({ id: entry.id, path: entry.path }, "remote source not downloaded");
      continue;
    }
    try {
      const bytes = await download(entry, url, target, o);
      results.push({ ...result, ok: true, bytes });
      options.log.info({ id: entry.id, path: entry.path, bytes }, "remote source downloaded");
    } catch (err) {
      const reason = err instanceof FetchFailure ? err.message : (err as Error).message;
      results.push({ ...result, reason });
      options.log.warn({ id: entry.id, url: original, reason }, "remote source not downloaded");
    }
  }
  return { results };
}
