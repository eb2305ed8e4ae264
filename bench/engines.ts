// The engines the benchmark compares, behind one small interface. Each peer is configured the way
// its documentation recommends for relevance: English stemming and stop words where the library
// offers them, the title weighted above the text, and OR semantics (any query term may match).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { create, insertMultiple, search as oramaSearch } from "@orama/orama";
import FlexSearch from "flexsearch";
import EnglishPreset from "flexsearch/lang/en";
import lunr from "lunr";
import MiniSearch from "minisearch";
import winkBm25 from "wink-bm25-text-search";
import winkNlp from "wink-nlp-utils";
// Lucene's English stop words (the list the published BM25 runs use) are offered to every peer
// that takes a list; shared with our analyzer rather than copied.
import { LUCENE_STOP_WORDS, STOP_WORDS, stem, tokenize } from "../src/search/analyze.ts";
import { loadGlossary, openSearchIndex } from "../src/search/index.ts";
import { createCorpusStore, sha256 } from "../src/store/corpus.ts";
import { openDatabase } from "../src/store/db.ts";
import { createSearchIndexStore } from "../src/store/search-index.ts";
import type { BeirDocument } from "./beir.ts";
import type { RankedHit } from "./metrics.ts";

interface BuildInput {
  docs: BeirDocument[];
  /** WCIT set: a database the app's own ingest filled (real chunks, sections, document ids). */
  sqliteSource?: string;
  glossaryFile?: string;
}

export interface BenchEngine {
  /**
   * Untimed setup that is not indexing: wcit-desk copies the WCIT set's already-ingested
   * database here (the peers get the same passages in memory, also untimed).
   */
  prepare?(input: BuildInput): void;
  build(input: BuildInput): Promise<void> | void;
  search(query: string, k: number): RankedHit[] | Promise<RankedHit[]>;
  close?(): void;
}

export const ENGINE_NAMES = [
  "wcit-desk",
  "wcit-desk (FTS5 bm25)",
  "MiniSearch",
  "Orama",
  "FlexSearch",
  "wink-bm25-text-search",
  "Lunr",
] as const;
export type EngineName = (typeof ENGINE_NAMES)[number] | "wcit-desk (no glossary)";

/** Our store filled the way the app fills it: one document (and passage) per BEIR document. */
function ingestBeir(file: string, docs: BeirDocument[]) {
  const db = openDatabase(file);
  const corpus = createCorpusStore(db);
  const now = new Date().toISOString();
  corpus.applyIngest(
    {
      removedDocumentIds: [],
      upserts: docs.map((d) => ({
        document: {
          id: d.id,
          title: d.title,
          kind: "text" as const,
          path: `${d.id}.txt`,
          contentHash: sha256(d.text),
          sources: [],
          indexedAt: now,
        },
        normalizedText: d.text,
        passages: [
          {
            id: `${d.id}:0`,
            documentId: d.id,
            ordinal: 0,
            sectionPath: [],
            start: 0,
            end: d.text.length,
            text: d.text,
            sourceRefs: [],
            contentHash: sha256(d.text),
          },
        ],
      })),
    },
    {
      startedAt: now,
      finishedAt: now,
      status: "ok",
      filesRead: docs.length,
      filesUnchanged: 0,
      passages: docs.length,
      skipped: [],
    },
  );
  return { db, corpus };
}

/** A database for this run: a fresh one filled from the documents, or a copy of the WCIT one. */
function openBenchStore(input: BuildInput) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-bench-"));
  const file = path.join(dir, "bench.sqlite");
  if (input.sqliteSource) {
    fs.copyFileSync(input.sqliteSource, file);
    const db = openDatabase(file);
    db.exec("DELETE FROM search_index"); // measure a real build, not a load
    return { dir, db, corpus: createCorpusStore(db) };
  }
  return { dir, ...ingestBeir(file, input.docs) };
}

function wcitDesk(useGlossary: boolean): BenchEngine {
  let close = () => {};
  let judgedById: "passage" | "document" = "document";
  let index: ReturnType<typeof openSearchIndex> | undefined;
  let prepared: ReturnType<typeof openBenchStore> | undefined;
  return {
    prepare(input) {
      if (input.sqliteSource) prepared = openBenchStore(input);
    },
    build(input) {
      const { dir, db, corpus } = prepared ?? openBenchStore(input);
      judgedById = input.sqliteSource ? "passage" : "document";
      const glossary =
        useGlossary && input.glossaryFile ? loadGlossary(input.glossaryFile) : undefined;
      index = openSearchIndex({
        store: createSearchIndexStore(db),
        corpus,
        ...(glossary ? { glossary } : {}),
      });
      close = () => {
        db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    },
    search(query, k) {
      // No per-document cap: the metrics judge the ranking itself.
      return (index?.search(query, { k, perDocumentCap: k }) ?? []).map((s) => ({
        id: judgedById === "passage" ? s.passage.id : s.document.id,
        score: s.score,
      }));
    },
    close: () => close(),
  };
}

function wcitDeskFts5(): BenchEngine {
  let close = () => {};
  let query: ((match: string, k: number) => { id: string; s: number }[]) | undefined;
  let prepared: ReturnType<typeof openBenchStore> | undefined;
  return {
    prepare(input) {
      if (input.sqliteSource) prepared = openBenchStore(input);
    },
    build(input) {
      const { dir, db } = prepared ?? openBenchStore(input);
      // Column weights as in our BM25F: title 2, heading path 1, text 1. bm25() is lower-is-better.
      // BEIR judges documents (one passage each); the WCIT set judges passages.
      const idColumn = input.sqliteSource ? "p.id" : "p.document_id";
      const statement = db.prepare(`SELECT ${idColumn} AS id, bm25(passages_fts, 2.0, 1.0, 1.0) AS s
        FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
        WHERE passages_fts MATCH ? ORDER BY s LIMIT ?`);
      query = (match, k) => statement.all(match, k) as { id: string; s: number }[];
      close = () => {
        db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    },
    search(text, k) {
      // Terms ORed (a plain FTS5 query would AND them and miss most relevant documents).
      const words = [...new Set(tokenize(text).filter((w) => !STOP_WORDS.has(w)))];
      if (words.length === 0 || !query) return [];
      return query(words.map((w) => `"${w}"`).join(" OR "), k).map((r) => ({
        id: r.id,
        score: -r.s,
      }));
    },
    close: () => close(),
  };
}

function miniSearch(): BenchEngine {
  const stop = new Set(LUCENE_STOP_WORDS);
  // MiniSearch's documented hook for stemming and stop words is processTerm.
  const processTerm = (term: string) => {
    const t = term.toLowerCase();
    return stop.has(t) ? null : stem(t);
  };
  const index = new MiniSearch<BeirDocument>({
    fields: ["title", "text"],
    idField: "id",
    processTerm,
    searchOptions: { boost: { title: 2 }, combineWith: "OR", processTerm },
  });
  return {
    build({ docs }) {
      index.addAll(docs);
    },
    search(query, k) {
      return index
        .search(query)
        .slice(0, k)
        .map((r) => ({ id: String(r.id), score: r.score }));
    },
  };
}

function orama(): BenchEngine {
  const db = create({
    schema: { id: "string", title: "string", text: "string" } as const,
    components: {
      tokenizer: { language: "english", stemming: true, stopWords: [...LUCENE_STOP_WORDS] },
    },
  });
  return {
    async build({ docs }) {
      await insertMultiple(db, docs, 1000);
    },
    search(query, k) {
      const result = oramaSearch(db, {
        term: query,
        properties: ["title", "text"],
        boost: { title: 2 },
        limit: k,
        threshold: 1, // any term may match, as in the other engines
      });
      // Orama answers synchronously unless a plugin or hook is async: no promise forced on it.
      const hits = (r: Awaited<typeof result>) =>
        r.hits.map((h) => ({ id: String(h.document.id), score: h.score }));
      return result instanceof Promise ? result.then(hits) : hits(result);
    },
  };
}

function flexSearch(): BenchEngine {
  // FlexSearch returns ids in rank order without scores; a decreasing pseudo-score keeps order.
  const index = new FlexSearch.Index({
    tokenize: "strict",
    resolution: 9,
    context: { depth: 2, bidirectional: true, resolution: 3 },
    encoder: new FlexSearch.Encoder(FlexSearch.Charset.LatinBalance).assign(EnglishPreset),
  });
  let ids: string[] = [];
  return {
    build({ docs }) {
      ids = docs.map((d) => d.id);
      docs.forEach((d, i) => {
        index.add(i, `${d.title} ${d.text}`);
      });
    },
    search(query, k) {
      const found = index.search(query, { limit: k, suggest: true }) as number[];
      return found.map((n, rank) => ({ id: ids[n] as string, score: k - rank }));
    },
  };
}

function wink(): BenchEngine {
  const engine = winkBm25();
  engine.defineConfig({
    fldWeights: { title: 2, text: 1 },
    bm25Params: { k1: 1.2, b: 0.75, k: 1 },
  });
  const s = winkNlp.string;
  const t = winkNlp.tokens;
  engine.definePrepTasks([
    s.lowerCase,
    s.removeExtraSpaces,
    s.tokenize0,
    t.removeWords,
    t.stem,
    t.propagateNegations,
  ] as ((input: unknown) => unknown)[]);
  return {
    build({ docs }) {
      for (const d of docs) engine.addDoc({ title: d.title, text: d.text }, d.id);
      engine.consolidate();
    },
    search(query, k) {
      return engine.search(query, k).map(([id, score]) => ({ id: String(id), score }));
    },
  };
}

function lunrEngine(): BenchEngine {
  let index: lunr.Index | undefined;
  return {
    build({ docs }) {
      // Lunr's default pipeline already trims, drops English stop words and Porter-stems.
      index = lunr(function () {
        this.ref("id");
        this.field("title", { boost: 2 });
        this.field("text");
        for (const d of docs) this.add(d);
      });
    },
    search(query, k) {
      if (!index) return [];
      // Built with the query API, not query syntax, so ":", "+", "-", "~" in questions are text.
      const tokens = lunr.tokenizer(query);
      return index
        .query((q) => {
          q.term(tokens, {});
        })
        .slice(0, k)
        .map((r) => ({ id: r.ref, score: r.score }));
    },
  };
}

export function createEngine(name: EngineName): BenchEngine {
  switch (name) {
    case "wcit-desk":
      return wcitDesk(true);
    case "wcit-desk (no glossary)":
      return wcitDesk(false);
    case "wcit-desk (FTS5 bm25)":
      return wcitDeskFts5();
    case "MiniSearch":
      return miniSearch();
    case "Orama":
      return orama();
    case "FlexSearch":
      return flexSearch();
    case "wink-bm25-text-search":
      return wink();
    case "Lunr":
      return lunrEngine();
  }
}
