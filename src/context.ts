// The composition root shared by the CLI and the Slack app: config → stores → index → engine →
// digest. It builds every store once, on one database; the surfaces receive the parts they use
// (each takes a `Pick` of AppContext or of the store interfaces), never the database itself.
// Opening it brings the index up to date first, so a fresh clone answers on its first command.
import fs from "node:fs";
import path from "node:path";
import type { KnownBlock, WebClient } from "@slack/web-api";
import { createOpenAIClient } from "./answer/openai.ts";
import type { Config } from "./config.ts";
import { answerEngineFor } from "./context-engine.ts";
import { type IngestReport, ingestCorpus, refreshIndex } from "./corpus/ingest.ts";
import { createDigestFeature } from "./digest/index.ts";
import type { Logger } from "./log.ts";
import { embedPassages } from "./search/embeddings.ts";
import { type Glossary, loadGlossary, openSearchIndex, type SearchIndex } from "./search/index.ts";
import { type CorpusStore, createCorpusStore } from "./store/corpus.ts";
import { type Db, openDatabase } from "./store/db.ts";
import { createDigestStore, type DigestStore } from "./store/digest.ts";
import { createGreetingStore, type GreetingStore } from "./store/dm-greetings.ts";
import { createEmbeddingStore, type EmbeddingStore } from "./store/embeddings.ts";
import { createFeedbackStore, type FeedbackStore } from "./store/feedback.ts";
import { createQuestionLog, type QuestionLog } from "./store/questions.ts";
import { createSearchIndexStore } from "./store/search-index.ts";
import { createSlackEventStore, type SlackEventStore } from "./store/slack-events.ts";
import type { AnswerEngine, SubcommandHandler } from "./types.ts";

export { PROJECT_ROOT } from "./project-root.ts";

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
    const opening: Opening = { config, log, corpus, embeddings, options };
    if (options.autoIngest !== false) await bringIndexUpToDate(opening);
    const glossary = corpusGlossary(config);
    const index = openSearchIndex({
      store: createSearchIndexStore(db),
      corpus,
      ...(glossary ? { glossary } : {}),
      log,
    });
    const freshnessMs = options.indexFreshnessMs ?? INDEX_FRESHNESS_MS;
    const engine = answerEngineFor({
      config,
      log,
      corpus,
      embeddings,
      index,
      glossary,
      freshnessMs,
    });
    return appContext(db, { config, log, corpus, index, engine });
  } catch (e) {
    db.close();
    throw e;
  }
}

/** What a context is opened with: the settings, the stores ingest writes and the caller's options. */
interface Opening {
  config: Config;
  log: Logger;
  corpus: CorpusStore;
  embeddings: EmbeddingStore;
  options: OpenOptions;
}

/**
 * Ingests what changed, then refreshes embeddings. A broken sources.json, or another process
 * ingesting, leaves the index as it is (with a notice) as long as there is one to answer from.
 */
async function bringIndexUpToDate(opening: Opening): Promise<void> {
  const { config, log, corpus, options } = opening;
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
  if (!report) return;
  await refreshEmbeddings(config, log, corpus, opening.embeddings);
  options.onIngest?.("done", report);
}

/** A corpus of one's own may come without a glossary, digest topics or suggested questions. */
function corpusGlossary(config: Config): Glossary | undefined {
  return fs.existsSync(glossaryFile(config)) ? loadGlossary(glossaryFile(config)) : undefined;
}

/** The stores and the index the surfaces share, with the engine they answer with. */
interface Opened {
  config: Config;
  log: Logger;
  corpus: CorpusStore;
  index: SearchIndex;
  engine: AnswerEngine;
}

function appContext(db: Db, opened: Opened): AppContext {
  const { config, log, corpus, engine } = opened;
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
    index: opened.index,
    engine,
    extraSubcommands: (client) => ({ digest: digest.subcommand(client) }),
    homeSections: (teamId) => digest.homeSections(teamId),
    startBackground: (client) => digest.start(client),
    async close() {
      await digest.stop();
      db.close();
    },
  };
}
