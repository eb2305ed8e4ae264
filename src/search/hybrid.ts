// Hybrid retrieval: BM25 and embedding similarity, fused by reciprocal rank fusion. Ranks rather
// than scores are fused because BM25 scores and cosines live on unrelated scales. When the query
// cannot be embedded (server down, quota), retrieval quietly becomes BM25 alone.
import type OpenAI from "openai";
import type { Logger } from "../log.ts";
import type { EmbeddingStore } from "../store/embeddings.ts";
import type { Passage, Retrieve, ScoredPassage, SourceDocument } from "../types.ts";
import { embedTexts } from "./embeddings.ts";
import { capPerDocument } from "./top-k.ts";

/** The constant of reciprocal rank fusion (Cormack et al. 2009): damps the weight of top ranks. */
const RRF_K = 60;
/** Each ranking contributes this many candidates per passage asked for (at least MIN_CANDIDATES). */
const CANDIDATES_PER_RESULT = 4;
const MIN_CANDIDATES = 40;

export interface Bm25Index {
  search(query: string, options: { k: number; perDocumentCap?: number }): ScoredPassage[];
}

/**
 * Fuses rankings (best first) of passage ids: each id scores the sum of 1 / (k + rank) over the
 * rankings it appears in, rank counted from 1. Ties keep the order of first appearance.
 */
export function reciprocalRankFusion(
  rankings: readonly (readonly string[])[],
  k: number = RRF_K,
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1));
    });
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

export function cosineSimilarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

interface DenseEntry {
  passage: Passage;
  document: SourceDocument;
  vector: Float32Array;
}

export function createHybridRetrieve(deps: {
  index: Bm25Index;
  embeddings: EmbeddingStore;
  client: OpenAI;
  model: string;
  log?: Logger;
}): Retrieve {
  const { index, embeddings, client, model, log } = deps;
  let cache: { key: string; entries: DenseEntry[] } | undefined;

  /** Passages with their vectors, reloaded when the corpus or the stored embeddings change. */
  function denseEntries(): DenseEntry[] {
    const key = embeddings.version(model);
    if (cache?.key === key) return cache.entries;
    const entries = embeddings.passagesWithVectors(model);
    cache = { key, entries };
    return entries;
  }

  return async (query, k, options) => {
    const candidates = Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT);
    const cap = options?.perDocumentCap;
    const lexical = index.search(query, { k: candidates, ...(cap ? { perDocumentCap: cap } : {}) });
    const entries = denseEntries();
    if (entries.length === 0) return lexical.slice(0, k);

    let queryVector: Float32Array;
    try {
      const [v] = await embedTexts(client, model, [query], options?.signal);
      if (!v) return lexical.slice(0, k);
      queryVector = v;
    } catch (err) {
      log?.warn(
        { err: (err as Error).message, model },
        "embedding the query failed; retrieving with BM25 alone",
      );
      return lexical.slice(0, k);
    }

    const dense = entries
      .map((e) => ({ entry: e, similarity: cosineSimilarity(queryVector, e.vector) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, candidates);
    const byId = new Map<string, { passage: Passage; document: SourceDocument }>();
    for (const s of lexical) byId.set(s.passage.id, s);
    for (const d of dense) byId.set(d.entry.passage.id, d.entry);
    const fused = reciprocalRankFusion([
      lexical.map((s) => s.passage.id),
      dense.map((d) => d.entry.passage.id),
    ]);
    const scored: ScoredPassage[] = [];
    for (const { id, score } of fused) {
      const hit = byId.get(id);
      if (hit) scored.push({ passage: hit.passage, document: hit.document, score });
    }
    // The same per-document cap as BM25 search (top-k.ts), or the caller's.
    return capPerDocument(scored, k, (s) => s.document.id, cap);
  };
}
