import path from "node:path";
import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { embedPassages } from "../../src/search/embeddings.ts";
import {
  type Bm25Index,
  cosineSimilarity,
  createHybridRetrieve,
  reciprocalRankFusion,
} from "../../src/search/hybrid.ts";
import { openSearchIndex } from "../../src/search/index.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createEmbeddingStore } from "../../src/store/embeddings.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeTempDir, manifestEntry, removeDir, writeCorpus } from "../support/corpus-builder.ts";
import { capturedLog, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";

const MODEL = "text-embedding-3-small";

const NOTES: Record<string, string> = {
  "notes/security.md":
    "# Security\n\nArticle 5A on the security and robustness of international telecommunication networks was the compromise text.\n",
  "notes/spam.md":
    "# Spam\n\nArticle 5B asks Member States to prevent the propagation of unsolicited bulk electronic communications.\n",
  "notes/governance.md":
    "# Governance\n\nThe non-binding resolution on fostering an enabling environment for the Internet split the conference.\n",
};

let dir: string;
let db: Db;
let fake: FakeOpenAI;
let client: OpenAI;

beforeEach(async () => {
  dir = makeTempDir("wcit-hybrid-");
  fake = await startFakeOpenAI();
  client = new OpenAI({ apiKey: "sk-test", baseURL: fake.baseURL, maxRetries: 0, timeout: 5_000 });
  db = openDatabase(path.join(dir, "index.sqlite"));
});

afterEach(async () => {
  db.close();
  await fake.close();
  removeDir(dir);
});

async function ingest(files: Record<string, string>) {
  const corpusDir = writeCorpus(
    path.join(dir, "corpus"),
    files,
    Object.keys(files).map((f) => manifestEntry(path.basename(f, ".md"), f)),
  );
  const corpus = createCorpusStore(db);
  await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
  return corpus;
}

function embeddedInputs(): string[] {
  return fake.embeddingRequests().flatMap((r) => (Array.isArray(r.input) ? r.input : [r.input]));
}

describe("embedPassages", () => {
  it("embeds each passage text once across two ingests, in batches", async () => {
    const corpus = await ingest(NOTES);
    const store = createEmbeddingStore(db);
    const passages = corpus.allPassages();
    expect(passages.length).toBeGreaterThanOrEqual(3);

    const first = await embedPassages({
      corpus,
      store,
      client,
      model: MODEL,
      batchSize: 2,
      log: silentLogger,
    });
    expect(first.embedded).toBe(passages.length);
    expect(first.requests).toBe(Math.ceil(passages.length / 2));
    expect(embeddedInputs()).toHaveLength(passages.length);
    expect(fake.embeddingRequests()[0]?.encoding_format).toBe("float");
    expect(store.count(MODEL)).toBe(passages.length);

    // Second ingest: one note changed, the others untouched.
    const changed = "# Spam\n\nArticle 5B was narrowed to exclude content regulation.\n";
    await ingest({ ...NOTES, "notes/spam.md": changed });
    const second = await embedPassages({
      corpus,
      store,
      client,
      model: MODEL,
      batchSize: 2,
      log: silentLogger,
    });
    expect(second.embedded).toBe(1);
    expect(second.reused).toBe(passages.length - 1);
    const inputs = embeddedInputs();
    expect(inputs).toHaveLength(passages.length + 1);
    expect(inputs.at(-1)).toContain("narrowed to exclude content regulation");
    // The old spam text is no passage's any more: its vector is gone.
    expect(second.pruned).toBe(1);
    expect(store.count(MODEL)).toBe(passages.length);

    // Nothing new: no request at all.
    const third = await embedPassages({ corpus, store, client, model: MODEL, log: silentLogger });
    expect(third).toMatchObject({ embedded: 0, requests: 0 });
    expect(embeddedInputs()).toHaveLength(passages.length + 1);
  });

  it("keeps the batches already saved when a later one fails", async () => {
    const corpus = await ingest(NOTES);
    const store = createEmbeddingStore(db);
    fake.scriptEmbeddings({}, { status: 500, errorMessage: "down" });
    await expect(
      embedPassages({ corpus, store, client, model: MODEL, batchSize: 1, log: silentLogger }),
    ).rejects.toThrow();
    expect(store.count(MODEL)).toBe(1);
  });

  it("stores vectors as float32 and reads them back unchanged", async () => {
    await ingest(NOTES);
    const store = createEmbeddingStore(db);
    const v = new Float32Array([0.25, -1.5, 3e-8, 42]);
    store.put(MODEL, [{ contentHash: "h1", vector: v }]);
    expect([...(store.get(MODEL, "h1") ?? [])]).toEqual([...v]);
    expect(store.get("other-model", "h1")).toBeUndefined();
    expect(store.missing(MODEL, ["h1", "h2", "h2"])).toEqual(["h2"]);
  });
});

describe("reciprocal rank fusion", () => {
  it("sums 1/(60 + rank) over the rankings", () => {
    const fused = reciprocalRankFusion([
      ["a", "b", "c"],
      ["c", "a"],
    ]);
    expect(fused.map((f) => f.id)).toEqual(["a", "c", "b"]);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]?.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(fused[2]?.score).toBeCloseTo(1 / 62, 12);
  });

  it("measures cosine similarity", () => {
    expect(cosineSimilarity(new Float32Array([1, 0]), new Float32Array([2, 0]))).toBeCloseTo(1);
    expect(cosineSimilarity(new Float32Array([1, 0]), new Float32Array([0, 3]))).toBeCloseTo(0);
    expect(cosineSimilarity(new Float32Array([0, 0]), new Float32Array([1, 1]))).toBe(0);
  });
});

describe("createHybridRetrieve", () => {
  /** A lexical index that ranks by a fixed list of document ids: BM25's stand-in. */
  function fixedIndex(all: ScoredPassage[], order: string[]): Bm25Index {
    return {
      search: (_query, { k }) =>
        order
          .map((id, i) => {
            const hit = all.find((p) => p.document.id === id);
            return hit ? { ...hit, score: 10 - i } : undefined;
          })
          .filter((x): x is ScoredPassage => x !== undefined)
          .slice(0, k),
    };
  }

  async function setup() {
    const fillers = Object.fromEntries(
      ["budget", "membership", "roaming", "tariffs", "numbering"].map((topic) => [
        `notes/${topic}.md`,
        `# ${topic}\n\nDelegates discussed ${topic} arrangements between operators at length.\n`,
      ]),
    );
    const corpus = await ingest({ ...NOTES, ...fillers });
    const store = createEmbeddingStore(db);
    await embedPassages({ corpus, store, client, model: MODEL, log: silentLogger });
    const all = corpus.allPassages().map((p) => ({ ...p, score: 0 }));
    return { corpus, store, all };
  }

  it("fuses BM25 with embedding similarity, finding what BM25 missed", async () => {
    const { store, all } = await setup();
    // BM25 found only the security note; the question's words are the governance note's.
    const retrieve = createHybridRetrieve({
      index: fixedIndex(all, ["security"]),
      embeddings: store,
      client,
      model: MODEL,
    });
    const results = await retrieve("enabling environment for the Internet resolution", 2);
    // Security: first for BM25, somewhere for cosine; governance: first for cosine only.
    expect(results.map((r) => r.document.id)).toEqual(["security", "governance"]);
    // Fused scores, best first.
    for (let i = 1; i < results.length; i++) {
      expect(results[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(results[i]?.score ?? 0);
    }
    expect(results[0]?.score).toBeLessThanOrEqual(2 / 61);
    const queryRequest = fake.embeddingRequests().at(-1);
    expect(queryRequest?.input).toEqual(["enabling environment for the Internet resolution"]);
  });

  it("falls back to BM25 alone when the query cannot be embedded", async () => {
    const { store, all } = await setup();
    const index = fixedIndex(all, ["spam", "security"]);
    const { log, lines } = capturedLog();
    const retrieve = createHybridRetrieve({ index, embeddings: store, client, model: MODEL, log });
    fake.scriptEmbeddings({ status: 503, errorMessage: "overloaded" });
    const results = await retrieve("spam", 5);
    expect(results).toEqual(index.search("spam", { k: 5 }));
    expect(lines().some((l) => String(l.msg).includes("BM25 alone"))).toBe(true);
  });

  it("stops waiting for the query's embedding when the caller's signal aborts (the answer deadline)", async () => {
    const { store, all } = await setup();
    const index = fixedIndex(all, ["spam", "security"]);
    // A client that would wait a minute for the server on its own.
    const patient = new OpenAI({
      apiKey: "sk-test",
      baseURL: fake.baseURL,
      maxRetries: 0,
      timeout: 120_000,
    });
    const retrieve = createHybridRetrieve({
      index,
      embeddings: store,
      client: patient,
      model: MODEL,
    });
    fake.scriptEmbeddings({ delayMs: 60_000 });
    const results = await retrieve("spam", 5, { signal: AbortSignal.timeout(100) });
    expect(results).toEqual(index.search("spam", { k: 5 }));
  });

  it("uses BM25 alone, without asking for an embedding, while no passage has one", async () => {
    const corpus = await ingest(NOTES);
    const all = corpus.allPassages().map((p) => ({ ...p, score: 0 }));
    const index = fixedIndex(all, ["spam"]);
    const retrieve = createHybridRetrieve({
      index,
      embeddings: createEmbeddingStore(db),
      client,
      model: MODEL,
    });
    expect(await retrieve("spam", 3)).toEqual(index.search("spam", { k: 3 }));
    expect(fake.embeddingRequests()).toHaveLength(0);
  });

  it("works over the real BM25 index: lexical hits stay, and cosine adds what BM25 missed", async () => {
    const { corpus, store } = await setup();
    const index = openSearchIndex({ db, corpus, log: silentLogger });
    const retrieve = createHybridRetrieve({ index, embeddings: store, client, model: MODEL });
    const query = "unsolicited bulk electronic communications";
    const lexical = index.search(query, { k: 3 }).map((s) => s.document.id);
    expect(lexical[0]).toBe("spam");
    const hybrid = await retrieve(query, 3);
    expect(hybrid[0]?.document.id).toBe("spam");
    expect(hybrid).toHaveLength(3);
  });
});
