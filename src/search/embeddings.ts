// Embedding passages (at ingest) and queries (at question time) with an OpenAI-compatible
// embeddings endpoint. Passages are keyed by content hash, so a re-ingest embeds only new text.
import type OpenAI from "openai";
import { WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { EmbeddingStore } from "../store/embeddings.ts";

const DEFAULT_EMBEDDING_BATCH = 64;
/** Embedding models take about 8k tokens an input; passages are far shorter, but never fail on one. */
const MAX_INPUT_CHARS = 8_000;

export class EmbeddingError extends WcitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("embedding_failed", message, options);
  }
}

/** Embeds texts in one request; vectors come back in input order. */
export async function embedTexts(
  client: OpenAI,
  model: string,
  texts: readonly string[],
  signal?: AbortSignal,
): Promise<Float32Array[]> {
  const response = await client.embeddings.create(
    {
      model,
      input: texts.map((t) => t.slice(0, MAX_INPUT_CHARS)),
      // Explicit floats: the client's default (base64) is not understood by every compatible server.
      encoding_format: "float",
    },
    signal ? { signal } : undefined,
  );
  const data = [...response.data].sort((a, b) => a.index - b.index);
  if (data.length !== texts.length) {
    throw new EmbeddingError(
      `The embeddings endpoint returned ${data.length} vectors for ${texts.length} inputs (model ${model}).`,
    );
  }
  return data.map((d) => {
    if (!Array.isArray(d.embedding)) {
      throw new EmbeddingError(
        `The embeddings endpoint did not return float vectors (model ${model}).`,
      );
    }
    return Float32Array.from(d.embedding);
  });
}

export interface EmbedPassagesReport {
  /** Distinct passage texts embedded by this run. */
  embedded: number;
  /** Distinct passage texts that already had a vector. */
  reused: number;
  requests: number;
  /** Vectors deleted because no passage has their text any more. */
  pruned: number;
}

/**
 * Embeds every passage text that has no vector for `model` yet, in batches. Each batch is saved as
 * it arrives, so a failure half-way keeps the work done and the next run resumes from there.
 */
export async function embedPassages(options: {
  corpus: Pick<CorpusStore, "allPassages">;
  store: EmbeddingStore;
  client: OpenAI;
  model: string;
  batchSize?: number;
  log: Logger;
  signal?: AbortSignal;
}): Promise<EmbedPassagesReport> {
  const { corpus, store, client, model, log } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_EMBEDDING_BATCH);
  const textByHash = new Map<string, string>();
  for (const { passage } of corpus.allPassages()) {
    if (passage.text.trim() !== "") textByHash.set(passage.contentHash, passage.text);
  }
  const missing = store.missing(model, [...textByHash.keys()]);
  let requests = 0;
  for (let i = 0; i < missing.length; i += batchSize) {
    const hashes = missing.slice(i, i + batchSize);
    const vectors = await embedTexts(
      client,
      model,
      hashes.map((h) => textByHash.get(h) ?? ""),
      options.signal,
    );
    requests++;
    store.put(
      model,
      hashes.map((contentHash, j) => ({ contentHash, vector: vectors[j] as Float32Array })),
    );
  }
  const pruned = store.prune();
  const report = {
    embedded: missing.length,
    reused: textByHash.size - missing.length,
    requests,
    pruned,
  };
  log.info({ model, ...report }, "passage embeddings up to date");
  return report;
}
