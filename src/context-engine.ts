// The answer engine as the composition root (context.ts) builds it: over a search index that
// picks up an ingest made by another process, answering extractively, or with the LLM (and hybrid
// retrieval when an embedding model is set) when OpenAI is configured.
import path from "node:path";
import { createAnswerEngine } from "./answer/engine.ts";
import { createLlmAnswerer } from "./answer/llm.ts";
import type { LlmAnswerer, Retrieve } from "./answer/llm-contract.ts";
import { createOpenAIClient } from "./answer/openai.ts";
import { loadPrompts } from "./answer/prompts.ts";
import { loadSuggestedQuestions } from "./answer/suggested.ts";
import { corpusTermWeight } from "./answer/term-weights.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./log.ts";
import { PROJECT_ROOT } from "./project-root.ts";
import { type Bm25Index, createHybridRetrieve } from "./search/hybrid.ts";
import { analyze, type Glossary, type SearchIndex } from "./search/index.ts";
import type { CorpusStore } from "./store/corpus.ts";
import type { EmbeddingStore } from "./store/embeddings.ts";
import type { AnswerEngine } from "./types.ts";

/** What the engine is built from. */
export interface EngineParts {
  config: Config;
  log: Logger;
  corpus: CorpusStore;
  embeddings: EmbeddingStore;
  index: SearchIndex;
  glossary: Glossary | undefined;
  /** How often to look for a changed corpus before a search. */
  freshnessMs: number;
}

export function answerEngineFor(parts: EngineParts): AnswerEngine {
  const { config, log, glossary } = parts;
  const fresh = freshIndex(parts.index, log, parts.freshnessMs);
  const currentIndex: Bm25Index = {
    search: (query: string, searchOptions: { k: number; perDocumentCap?: number }) =>
      fresh().search(query, searchOptions),
  };
  const { retrieve, llm } = retrievalFor(parts, currentIndex);
  // Suggested prompts are a corpus setting; a corpus without them gets the engine's defaults.
  const suggested = loadSuggestedQuestions(config.corpusDir);
  return createAnswerEngine({
    retrieve,
    ...(llm ? { llm } : {}),
    log,
    ...(suggested ? { suggested } : {}),
    analyze,
    ...(glossary ? { glossary } : {}),
    termWeight: corpusTermWeight(parts.corpus),
    // Read against the words of the index as it is now, as retrieval will read the question.
    correctSpelling: (question) => fresh().correctSpelling(question),
    wordCase: (word) => fresh().wordCase(word),
    answerDeadlineMs: config.openai.answerDeadlineMs,
    passageById: (id) => parts.corpus.getPassage(id),
  });
}

/**
 * The index, reloaded first when the corpus changed: a running app picks up an ingest made by
 * another process (`npm run ingest`). The corpus version is checked at most every `freshnessMs`,
 * and the index reloads only when it changed.
 */
function freshIndex(index: SearchIndex, log: Logger, freshnessMs: number): () => SearchIndex {
  let lastFreshnessCheck = 0;
  return () => {
    const now = Date.now();
    if (now - lastFreshnessCheck >= freshnessMs) {
      lastFreshnessCheck = now;
      if (index.refresh()) log.info("the corpus changed; search index reloaded");
    }
    return index;
  };
}

/** BM25 retrieval and no LLM, unless OpenAI is configured. */
function retrievalFor(
  parts: EngineParts,
  currentIndex: Bm25Index,
): { retrieve: Retrieve; llm?: LlmAnswerer } {
  const { config, log } = parts;
  const retrieve: Retrieve = async (query, k, options) =>
    currentIndex.search(query, {
      k,
      ...(options?.perDocumentCap ? { perDocumentCap: options.perDocumentCap } : {}),
    });
  if (!config.openai.enabled) return { retrieve };
  const client = createOpenAIClient(config.openai, { log });
  const llm = createLlmAnswerer({
    config: config.openai,
    log,
    client,
    prompts: loadPrompts(path.join(PROJECT_ROOT, "prompts")),
  });
  const model = config.openai.embeddingModel;
  if (!model) return { retrieve, llm };
  const hybrid = createHybridRetrieve({
    index: currentIndex,
    embeddings: parts.embeddings,
    client,
    model,
    log,
  });
  return { retrieve: hybrid, llm };
}
