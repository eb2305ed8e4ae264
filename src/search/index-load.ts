// Loading the search index (index.ts): the forward index persisted for the corpus version read
// back (store/search-index.ts), or built from the passages and persisted where it is missing,
// stale or unreadable; then inverted and laid out as flat arrays by passage number.
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { SearchIndexStore } from "../store/search-index.ts";
import type { Passage, SourceDocument } from "../types.ts";
import type { RankingConfig } from "./bm25f.ts";
import type { CorpusVocabulary } from "./corpus-vocabulary.ts";
import {
  buildForwardIndex,
  deserializeForwardIndex,
  FORWARD_FORMAT,
  type ForwardIndex,
  IndexFormatError,
  type InvertedIndex,
  invertIndex,
  serializeForwardIndex,
} from "./inverted.ts";
import { createRanker, type Ranker } from "./ranker.ts";

const INDEX_NAME = "bm25f";

export interface LoadedIndex {
  version: string;
  inverted: InvertedIndex;
  ranker: Ranker;
  /**
   * Passage and document per passage number of the index, as two flat arrays: a result touches
   * only the arrays and the objects it returns (no per-entry wrapper to chase per hit).
   */
  passages: Passage[];
  documents: SourceDocument[];
  passageNumber: Map<string, number>;
  documentCount: number;
  /** Document number per passage number. */
  groupOf: Int32Array;
  /** The index's terms in code-unit order, for completing clipped query words. */
  sortedTerms: string[];
  /** Scratch for the per-document cap: results so far per document number (zero between calls). */
  perDocument: Int32Array;
  /** The passages' words, for spelling correction: made at the first question that needs it. */
  vocabulary?: CorpusVocabulary;
}

/** What loading the index reads and writes. */
export interface IndexSources {
  store: SearchIndexStore;
  corpus: CorpusStore;
  log?: Logger;
  ranking: RankingConfig;
}

type PassageEntry = { passage: Passage; document: SourceDocument };

/** The index of the corpus as it is now: the persisted one where it still fits, else rebuilt. */
export function loadIndex(sources: IndexSources): LoadedIndex {
  const { corpus, ranking } = sources;
  const version = corpus.corpusVersion();
  const entries = corpus.allPassages();
  const byId = new Map(entries.map((e) => [e.passage.id, e]));
  const forward =
    storedForwardIndex(sources, version, entries.length, byId) ??
    builtForwardIndex(sources, version, entries);
  const passageNumber = new Map<string, number>();
  const ordered = forward.keys.map((k, n) => {
    passageNumber.set(k, n);
    return byId.get(k) as PassageEntry;
  });
  const passages = ordered.map((e) => e.passage);
  const documents = ordered.map((e) => e.document);
  const inverted = invertIndex(forward, ranking.params);
  const documentNumber = new Map<string, number>();
  const groupOf = Int32Array.from(ordered, (e) => {
    let n = documentNumber.get(e.document.id);
    if (n === undefined) {
      n = documentNumber.size;
      documentNumber.set(e.document.id, n);
    }
    return n;
  });
  return {
    version,
    inverted,
    ranker: createRanker(inverted, groupOf, { feedback: ranking.feedback }),
    passages,
    documents,
    passageNumber,
    documentCount: documentNumber.size,
    groupOf,
    sortedTerms: [...forward.terms].sort(),
    perDocument: new Int32Array(documentNumber.size),
  };
}

/**
 * The forward index persisted for this corpus version, where it is of the current format and keys
 * exactly the passages there are; undefined (with a warning where one was stored) otherwise.
 */
function storedForwardIndex(
  { store, log }: IndexSources,
  version: string,
  passageCount: number,
  byId: ReadonlyMap<string, PassageEntry>,
): ForwardIndex | undefined {
  const stored = store.read(INDEX_NAME);
  if (!stored || stored.corpusVersion !== version || stored.format !== FORWARD_FORMAT) {
    return undefined;
  }
  try {
    const candidate = deserializeForwardIndex(stored.data);
    if (candidate.keys.length === passageCount && candidate.keys.every((k) => byId.has(k))) {
      return candidate;
    }
    log?.warn("persisted search index does not match the passages; rebuilding it");
  } catch (err) {
    if (!(err instanceof IndexFormatError)) throw err;
    log?.warn({ err: err.message }, "persisted search index unreadable; rebuilding it");
  }
  return undefined;
}

/** The forward index built from the passages (title, heading path, body), persisted if it can be. */
function builtForwardIndex(
  { store, log }: IndexSources,
  version: string,
  entries: readonly PassageEntry[],
): ForwardIndex {
  const started = performance.now();
  const forward = buildForwardIndex(
    entries.map(({ passage, document }) => ({
      key: passage.id,
      fields: [document.title, passage.sectionPath.join(" "), passage.text] as const,
    })),
  );
  try {
    store.write(INDEX_NAME, {
      corpusVersion: version,
      format: FORWARD_FORMAT,
      passages: entries.length,
      data: serializeForwardIndex(forward),
    });
  } catch (err) {
    // A read-only database still answers; the index is just rebuilt on the next start.
    log?.warn({ err: (err as Error).message }, "could not persist the search index");
  }
  log?.info(
    { passages: entries.length, ms: Math.round(performance.now() - started) },
    "search index built",
  );
  return forward;
}
