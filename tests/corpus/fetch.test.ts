import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchRemoteSources } from "../../src/corpus/fetch.ts";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { openDatabase } from "../../src/store/db.ts";
import {
  makePdf,
  makeTempDir,
  manifestEntry,
  removeDir,
  writeCorpus,
} from "../support/corpus-builder.ts";

const log = silentLogger;
let server: http.Server;
let base = "";
let pdf: Uint8Array;
const requests: string[] = [];

beforeAll(async () => {
  pdf = await makePdf(
    [
      "Cybersecurity and ITU WCIT Proposals. Several Member States proposed security provisions for the treaty.",
      "Data retention rules are beyond the competence of the ITU, the paper argues.",
    ],
    { title: "Cybersecurity and ITU WCIT Proposals" },
  );
  server = http.createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/paper.pdf") {
      res.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.length });
      res.end(pdf);
    } else if (req.url === "/page.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body><p>Not a PDF at all.</p></body></html>");
    } else if (req.url === "/big.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4096, 32)]));
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let tmp = "";
let corpusDir = "";
beforeEach(() => {
  tmp = makeTempDir("wcit-fetch-");
  corpusDir = path.join(tmp, "corpus");
  requests.length = 0;
});
afterEach(() => removeDir(tmp));

/** A free loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const remote = (id: string, file: string) =>
  manifestEntry(id, file, { url: `https://www.example.org/${id}`, remote: true, type: "paper" });

describe("fetchRemoteSources", () => {
  it("downloads a listed remote PDF atomically, then ingest indexes it with page numbers", async () => {
    writeCorpus(corpusDir, { "a.txt": "A local document about the treaty." }, [
      manifestEntry("a", "a.txt"),
      remote("paper", "remote/paper.pdf"),
    ]);
    const { results } = await fetchRemoteSources({
      corpusDir,
      log,
      rewriteUrl: (url) => url.replace("https://www.example.org/paper", `${base}/paper.pdf`),
    });
    expect(results).toEqual([
      {
        id: "paper",
        url: "https://www.example.org/paper",
        path: "remote/paper.pdf",
        ok: true,
        bytes: pdf.length,
      },
    ]);
    expect(new Uint8Array(fs.readFileSync(path.join(corpusDir, "remote/paper.pdf")))).toEqual(pdf);
    // No temp file is left next to it.
    expect(fs.readdirSync(path.join(corpusDir, "remote"))).toEqual(["paper.pdf"]);

    const db = openDatabase(path.join(tmp, "index.sqlite"));
    try {
      const store = createCorpusStore(db);
      const report = await ingestCorpus({ corpusDir, store, log });
      expect(report.added).toEqual(["a.txt", "remote/paper.pdf"]);
      const passages = store.passagesOf("paper");
      expect(passages.map((p) => p.page)).toEqual([1, 2]);
      expect(store.getDocument("paper")?.url).toBe("https://www.example.org/paper");
    } finally {
      db.close();
    }

    // Already present: not downloaded again.
    const again = await fetchRemoteSources({
      corpusDir,
      log,
      rewriteUrl: () => `${base}/paper.pdf`,
    });
    expect(again.results[0]).toMatchObject({ ok: true, skipped: true });
    expect(requests).toEqual(["/paper.pdf"]);
  });

  it("reports a 404, a refused connection, a wrong content type and an oversized body, and writes nothing", async () => {
    writeCorpus(corpusDir, { "a.txt": "Local." }, [
      manifestEntry("a", "a.txt"),
      remote("missing", "remote/missing.pdf"),
      remote("refused", "remote/refused.pdf"),
      remote("html", "remote/html.pdf"),
      remote("big", "remote/big.pdf"),
    ]);
    const port = await closedPort();
    const targets: Record<string, string> = {
      missing: `${base}/missing.pdf`,
      refused: `http://127.0.0.1:${port}/paper.pdf`,
      html: `${base}/page.html`,
      big: `${base}/big.pdf`,
    };
    const { results } = await fetchRemoteSources({
      corpusDir,
      log,
      maxBytes: 1024,
      rewriteUrl: (url) => targets[url.split("/").at(-1) ?? ""] ?? url,
    });
    expect(results.map((r) => [r.id, r.ok, r.reason])).toEqual([
      ["missing", false, "HTTP 404 Not Found"],
      ["refused", false, "connection refused"],
      ["html", false, 'unexpected content type "text/html" for .pdf'],
      ["big", false, "too large (over the 1024-byte limit)"],
    ]);
    expect(fs.existsSync(path.join(corpusDir, "remote"))).toBe(false);

    // Not downloaded is not an error for ingest: the source is simply not indexed.
    const db = openDatabase(path.join(tmp, "index.sqlite"));
    try {
      const report = await ingestCorpus({ corpusDir, store: createCorpusStore(db), log });
      expect(report).toMatchObject({ ok: true, added: ["a.txt"], warnings: [], skipped: [] });
    } finally {
      db.close();
    }
  });

  it("turns a network failure from the fetch implementation into a reason", async () => {
    writeCorpus(corpusDir, { "a.txt": "Local." }, [remote("paper", "remote/paper.pdf")]);
    const offline = (async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } });
    }) as unknown as typeof fetch;
    const { results } = await fetchRemoteSources({ corpusDir, log, fetchImpl: offline });
    expect(results).toEqual([
      {
        id: "paper",
        url: "https://www.example.org/paper",
        path: "remote/paper.pdf",
        ok: false,
        reason: "host not found (no network?)",
      },
    ]);
  });

  it("lists nothing to fetch when the manifest has no remote sources or does not exist", async () => {
    writeCorpus(corpusDir, { "a.txt": "Local." });
    expect(await fetchRemoteSources({ corpusDir, log })).toEqual({ results: [] });
  });
});
