// The composition root shared by the CLI and the Slack app: config → stores → index → engine →
// digest. It builds every store once, on one database; the surfaces receive the parts they use
// (each takes a `Pick` of AppContext or of the store interfaces), never the database itself.
// Opening it brings the index up to date first, so a fresh clone answers on its first command.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { KnownBlock, WebClient } from "@slack/web-api";
import { createAnswerEngine } from "./answer/engine.ts";
import { createLlmAnswerer } from "./answer/llm.ts";
import type { LlmAnswerer, Retrieve } from "./answer/llm-contract.ts";
import { createOpenAIClient } from "./answer/openai.ts";
import { loadPrompts } from "./answer/prompts.ts";
import { loadSuggestedQuestions } from "./answer/suggested.ts";
import { corpusTermWeight } from "./answer/term-weights.ts";
import type { Config } from "./config.ts";
import { type IngestReport, ingestCorpus, refreshIndex } from "./corpus/ingest.ts";
import { createDigestFeature } from "./digest/index.ts";
import type { Logger } from "./log.ts";
import { embedPassages } from "./search/embeddings.ts";
import { createHybridRetrieve } from "./search/hybrid.ts";
import { analyze, loadGlossary, openSearchIndex, type SearchIndex } from "./search/index.ts";
import { type CorpusStore, createCorpusStore } from "./store/corpus.ts";
import { openDatabase } from "./store/db.ts";
import { createDigestStore, type DigestStore } from "./store/digest.ts";
import { createGreetingStore, type GreetingStore } from "./store/dm-greetings.ts";
import { createEmbeddingStore, type EmbeddingStore } from "./store/embeddings.ts";
import { createFeedbackStore, type FeedbackStore } from "./store/feedback.ts";
import { createQuestionLog, type QuestionLog } from "./store/questions.ts";
import { createSearchIndexStore } from "./store/search-index.ts";
import { createSlackEventStore, type SlackEventStore } from "./store/slack-events.ts";
import type { AnswerEngine, SubcommandHandler } from "./types.ts";

/** The project folder (where prompts/ lives), wherever the process was started. */
export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

/** How often a long-running process looks for a changed corpus before searching. */
const INDEX_FRESHNESS_MS = 5_000;

export interface AppContext {
  config: Config;
  log: Logger;
  corpus: CorpusStore;
  questions: QuestionLog;
  /** Helpful / Not helpful votes (the Slack app records them, the digest counts them). */
  feedback: FeedbackStore;
  /** Digest subscriptions and posts. */
  digests: DigestStore;
  /** Slack deliveries already handled, and the threads the bot answers in. */
  slackEvents: SlackEventStore;
  /** Who was greeted in the bot's DM. */
  greetings: GreetingStore;
  index: SearchIndex;
  engine: AnswerEngine;
  /**
   * `/wcit digest …`, made by the Slack app once its Web API client exists and handed that client
   * (injected into the app by main.ts).
   */
  extraSubcommands(client: WebClient): Record<string, SubcommandHandler>;
  /** The workspace's digest subscriptions, for the App Home. */
  homeSections: (teamId: string) => Promise<KnownBlock[]>;
  /** Starts the digest scheduler once Slack is up, posting with the app's client. */
  startBackground(client: WebClient): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Bring the index up to date before answering (default true). */
  autoIngest?: boolean;
  onIngest?: (phase: "start" | "done", report?: IngestReport) => void;
  /**
   * One-line notes about the index (left as it is because sources.json is broken or another
   * process is ingesting; waiting for one); default: logged as warnings.
   */
  onNotice?: (message: string) => void;
  /** How often to look for a changed corpus before a search (default 5 s; tests use 0). */
  indexFreshnessMs?: number;
}

function glossaryFile(config: Config): string {
  return path.join(config.corpusDir, "glossary.json");
}

/** Runs an ingest on the configured database and refreshes embeddings when they are configured. */
export async function runIngest(
  config: Config,
  log: Logger,
  paths?: string[],
): Promise<IngestReport> {
  const db = openDatabase(config.databasePath);
  try {
    const corpus = createCorpusStore(db);
    const report = await ingestCorpus({
      corpusDir: config.corpusDir,
      store: corpus,
      ...(paths ? { paths } : {}),
      log,
    });
    await refreshEmbeddings(config, log, corpus, createEmbeddingStore(db));
    return report;
  } finally {
    db.close();
  }
}

async function refreshEmbeddings(
  config: Config,
  log: Logger,
  corpus: CorpusStore,
  embeddings: EmbeddingStore,
) {
  if (!config.openai.enabled || !config.openai.embeddingModel) return;
  try {
    await embedPassages({
      corpus,
      store: embeddings,
      client: createOpenAIClient(config.openai, { log }),
      model: config.openai.embeddingModel,
      log,
    });
  } catch (err) {
    // Hybrid retrieval degrades to BM25 for passages without embeddings; answering goes on.
    log.warn({ err }, "embedding passages failed; retrieval uses BM25 alone for them");
  }
}

export async function openContext(
  config: Config,
  log: Logger,
  options: OpenOptions = {},
): Promise<AppContext> {
  const db = openDatabase(config.databasePath);
  try {
    const corpus = createCorpusStore(db);
    const embeddings = createEmbeddingStore(db);
    if (options.autoIngest !== false) {
      // A broken sources.json, or another process ingesting, leaves the index as it is (with a
      // notice) as long as there is one to answer from.
      const report = await refreshIndex({
        corpusDir: config.corpusDir,
        store: corpus,
        log,
        ...(options.onNotice ? { onNotice: options.onNotice } : {}),
        // "done" is said below, once embeddings are refreshed too.
        onIngest: (phase) => {
          if (phase === "start") options.onIngest?.("start");
        },
      });
      if (report) {
        await refreshEmbeddings(config, log, corpus, embeddings);
        options.onIngest?.("done", report);
      }
    }
    // A corpus of one's own may come without a glossary, digest topics or suggested questions.
    const glossary = fs.existsSync(glossaryFile(config))
      ? loadGlossary(glossaryFile(config))
      : undefined;
    const index = openSearchIndex({
      store: createSearchIndexStore(db),
      corpus,
      ...(glossary ? { glossary } : {}),
      log,
    });
    // A running app picks up an ingest made by another process (`npm run ingest`): the corpus
    // version is checked at most every few seconds, and the index reloads only when it changed.
    const freshnessMs = options.indexFreshnessMs ?? INDEX_FRESHNESS_MS;
    let lastFreshnessCheck = 0;
    const fresh = () => {
      const now = Date.now();
      if (now - lastFreshnessCheck >= freshnessMs) {
        lastFreshnessCheck = now;
        if (index.refresh()) log.info("the corpus changed; search index reloaded");
      }
      return index;
    };
    const currentIndex = {
      search: (query: string, searchOptions: { k: number; perDocumentCap?: number }) =>
        fresh().search(query, searchOptions),
    };
    let retrieve: Retrieve = async (query, k, options) =>
      currentIndex.search(query, {
        k,
        ...(options?.perDocumentCap ? { perDocumentCap: options.perDocumentCap } : {}),
      });
    let llm: LlmAnswerer | undefined;
    if (config.openai.enabled) {
      const client = createOpenAIClient(config.openai, { log });
      llm = createLlmAnswerer({
        config: config.openai,
        log,
        client,
        prompts: loadPrompts(path.join(PROJECT_ROOT, "prompts")),
      });
      if (config.openai.embeddingModel) {
        retrieve = createHybridRetrieve({
          index: currentIndex,
          embeddings,
          client,
          model: config.openai.embeddingModel,
          log,
        });
      }
    }
    // Suggested prompts are a corpus setting; a corpus without them gets the engine's defaults.
    const suggested = loadSuggestedQuestions(config.corpusDir);
    const engine = createAnswerEngine({
      retrieve,
      ...(llm ? { llm } : {}),
      log,
      ...(suggested ? { suggested } : {}),
      analyze,
      ...(glossary ? { glossary } : {}),
      termWeight: corpusTermWeight(corpus),
      // Read against the words of the index as it is now, as retrieval will read the question.
      correctSpelling: (question) => fresh().correctSpelling(question),
      wordCase: (word) => fresh().wordCase(word),
      answerDeadlineMs: config.openai.answerDeadlineMs,
    });
    const questions = createQuestionLog(db);
    const feedback = createFeedbackStore(db);
    const digests = createDigestStore(db);
    // The digest is handed the Slack app's client where it posts: its subcommand when the app
    // makes it, its scheduler by startBackground once Slack is up.
    const digest = createDigestFeature({
      store: digests,
      feedback,
      engine,
      questions,
      corpus,
      config,
      log,
    });
    return {
      config,
      log,
      corpus,
      questions,
      feedback,
      digests,
      slackEvents: createSlackEventStore(db, { ttlHours: config.slack.eventDedupeTtlHours }),
      greetings: createGreetingStore(db),
      index,
      engine,
      extraSubcommands: (client) => ({ digest: digest.subcommand(client) }),
      homeSections: (teamId) => digest.homeSections(teamId),
      startBackground: (client) => digest.start(client),
      async close() {
        await digest.stop();
        db.close();
      },
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
