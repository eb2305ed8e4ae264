// Embedding vectors of passage texts, keyed by (content hash, model). Stored as float32 BLOBs:
// a quarter of the size of JSON numbers and read back without parsing.
import type { Passage, SourceDocument } from "../types.ts";
import { type CorpusStore, createCorpusStore } from "./corpus.ts";
import type { Db } from "./db.ts";

interface StoredVector {
  contentHash: string;
  vector: Float32Array;
}

export interface EmbeddingStore {
  /** The hashes among `contentHashes` that have no vector for `model` yet, in the order given. */
  missing(model: string, contentHashes: readonly string[]): string[];
  /** Saves vectors in one transaction; an existing (hash, model) is replaced. */
  put(model: string, vectors: readonly StoredVector[]): void;
  get(model: string, contentHash: string): Float32Array | undefined;
  /** Every vector of `model` whose hash some passage still has: content hash → vector. */
  vectorsOfPassages(model: string): Map<string, Float32Array>;
  count(model: string): number;
  /** Every passage that has a vector for `model`, with its document, in corpus order. */
  passagesWithVectors(
    model: string,
  ): { passage: Passage; document: SourceDocument; vector: Float32Array }[];
  /** Changes whenever the corpus or the stored vectors of `model` change: caches key on it. */
  version(model: string): string;
  /** Deletes vectors no passage uses any more (of any model); returns how many. */
  prune(): number;
}

function vectorToBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

function blobToVector(blob: Buffer): Float32Array {
  // Copy: a Buffer's offset into its pool need not be 4-byte aligned, which Float32Array requires.
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Float32Array(copy.buffer);
}

/** Saves a model's vectors in one transaction, replacing an existing (hash, model). */
function vectorWriter(db: Db): EmbeddingStore["put"] {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO embeddings (content_hash, model, dimensions, vector, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const putAll = db.transaction((model: string, vectors: readonly StoredVector[]) => {
    const now = new Date().toISOString();
    for (const v of vectors) {
      insert.run(v.contentHash, model, v.vector.length, vectorToBlob(v.vector), now);
    }
  });
  return (model, vectors) => putAll.immediate(model, vectors);
}

/** The hashes among those given that have no vector for a model yet, each once, in order. */
function missingVectors(db: Db): EmbeddingStore["missing"] {
  const has = db.prepare("SELECT 1 FROM embeddings WHERE content_hash = ? AND model = ?").pluck();
  return (model, contentHashes) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const h of contentHashes) {
      if (seen.has(h)) continue;
      seen.add(h);
      if (has.get(h, model) === undefined) out.push(h);
    }
    return out;
  };
}

/** The stored vector of one content hash for a model, if there is one. */
function vectorReader(db: Db): EmbeddingStore["get"] {
  const getOne = db
    .prepare("SELECT vector FROM embeddings WHERE content_hash = ? AND model = ?")
    .pluck();
  return (model, contentHash) => {
    const blob = getOne.get(contentHash, model) as Buffer | undefined;
    return blob ? blobToVector(blob) : undefined;
  };
}

/** How many vectors a model has stored. */
function vectorCounter(db: Db): EmbeddingStore["count"] {
  return (model) =>
    (db.prepare("SELECT count(*) FROM embeddings WHERE model = ?").pluck().get(model) as number) ??
    0;
}

/** A model's vectors whose hash some passage still has, by content hash. */
function passageVectorsReader(db: Db): EmbeddingStore["vectorsOfPassages"] {
  return (model) => {
    const rows = db
      .prepare(
        `SELECT content_hash, vector FROM embeddings
         WHERE model = ? AND content_hash IN (SELECT content_hash FROM passages)`,
      )
      .all(model) as { content_hash: string; vector: Buffer }[];
    return new Map(rows.map((r) => [r.content_hash, blobToVector(r.vector)]));
  };
}

/** The corpus's passages that have a vector for a model, with their documents, in corpus order. */
function vectorPassagesReader(
  corpus: CorpusStore,
  vectorsOfPassages: EmbeddingStore["vectorsOfPassages"],
): EmbeddingStore["passagesWithVectors"] {
  return (model) => {
    const vectors = vectorsOfPassages(model);
    const out: { passage: Passage; document: SourceDocument; vector: Float32Array }[] = [];
    for (const { passage, document } of corpus.allPassages()) {
      const vector = vectors.get(passage.contentHash);
      if (vector) out.push({ passage, document, vector });
    }
    return out;
  };
}

/** Deletes the vectors, of any model, whose hash no passage has any more; returns how many. */
function pruneVectors(db: Db): number {
  return db
    .prepare("DELETE FROM embeddings WHERE content_hash NOT IN (SELECT content_hash FROM passages)")
    .run().changes;
}

export function createEmbeddingStore(db: Db): EmbeddingStore {
  const corpus = createCorpusStore(db);
  const put = vectorWriter(db);
  const missing = missingVectors(db);
  const get = vectorReader(db);
  const count = vectorCounter(db);
  const vectorsOfPassages = passageVectorsReader(db);
  return {
    missing,
    put,
    get,
    vectorsOfPassages,
    count,
    passagesWithVectors: vectorPassagesReader(corpus, vectorsOfPassages),
    version: (model) => `${corpus.corpusVersion()}:${count(model)}`,
    prune: () => pruneVectors(db),
  };
}
