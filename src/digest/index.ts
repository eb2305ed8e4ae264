// The digest feature wired in one call, for src/main.ts: the `/wcit digest` subcommand, the
// scheduler and the App Home section, all over one store.
import type { KnownBlock } from "@slack/types";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Db } from "../store/db.ts";
import { createDigestStore, type DigestStore, type DigestSubscription } from "../store/digest.ts";
import { createFeedbackStore } from "../store/feedback.ts";
import type { QuestionLog } from "../store/questions.ts";
import type { AnswerEngine, SubcommandHandler } from "../types.ts";
import { createDigestSubcommand } from "./command.ts";
import type { CountVotes, DigestSources } from "./compose.ts";
import type { DigestSlack } from "./deliver.ts";
import { digestHomeSections, listSubscriptions } from "./home.ts";
import { createDigestScheduler, type DigestScheduler, defaultInstanceId } from "./schedule.ts";
import { type DigestTopic, loadDigestTopicsIfPresent } from "./topics.ts";

export interface DigestFeatureDeps {
  db: Db;
  engine: AnswerEngine;
  questions: QuestionLog;
  corpus: CorpusStore;
  config: Config;
  log: Logger;
  /**
   * The app's Web API client (the bot token): chat.postMessage, and conversations.history before
   * a retry (see deliver.ts). May be left out and
   * handed to `start(client)` once the Slack app exists (main.ts's `startBackground`).
   */
  slack?: DigestSlack;
  /** Defaults to the Slack app's feedback store on the same database. */
  feedbackCounts?: CountVotes;
  /** Defaults to corpus/digest-topics.json under config.corpusDir (none if it is missing). */
  topics?: DigestTopic[];
  clock?: () => Date;
}

export interface DigestFeature {
  store: DigestStore;
  /** `extraSubcommands.digest` for the Slack app. */
  subcommand: SubcommandHandler;
  scheduler: DigestScheduler;
  /** Sets the Slack client (if given) and starts the scheduler, which catches up at once. */
  start(client?: DigestSlack): void;
  /** Stops the scheduler and waits for a tick in progress; call before closing the database. */
  stop(): Promise<void>;
  homeSections(teamId: string): Promise<KnownBlock[]>;
  listSubscriptions(teamId: string): Promise<DigestSubscription[]>;
}

/** `/wcit digest now` or a tick before the Slack client was handed over. */
export class DigestNotReadyError extends Error {
  constructor() {
    super("The digest cannot post yet: the Slack app is still starting. Try again in a moment.");
    this.name = "DigestNotReadyError";
  }
}

export function createDigestFeature(deps: DigestFeatureDeps): DigestFeature {
  const store = createDigestStore(deps.db);
  let client = deps.slack;
  // The subcommand and the scheduler are built before the Slack app exists; they post through this.
  const slack: DigestSlack = {
    get chat() {
      if (!client) throw new DigestNotReadyError();
      return client.chat;
    },
    get conversations() {
      if (!client) throw new DigestNotReadyError();
      return client.conversations;
    },
  };
  const sources: DigestSources = {
    engine: deps.engine,
    questions: deps.questions,
    corpus: deps.corpus,
    topics: deps.topics ?? loadDigestTopicsIfPresent(deps.config.corpusDir),
    log: deps.log,
    feedbackCounts: deps.feedbackCounts ?? feedbackCountsFrom(deps.db),
  };
  const instanceId = defaultInstanceId();
  const clock = deps.clock ? { clock: deps.clock } : {};
  const scheduler = createDigestScheduler({
    store,
    sources,
    slack,
    log: deps.log,
    instanceId,
    ...clock,
  });
  return {
    store,
    subcommand: createDigestSubcommand({
      store,
      sources,
      slack,
      config: deps.config.digest,
      log: deps.log,
      instanceId,
      ...clock,
    }),
    scheduler,
    start(newClient) {
      if (newClient) client = newClient;
      if (!client) throw new DigestNotReadyError();
      scheduler.start();
    },
    stop: () => scheduler.stop(),
    homeSections: digestHomeSections(store),
    listSubscriptions: (teamId) => listSubscriptions(store, teamId),
  };
}

/** Helpful / Not helpful counts from the Slack app's feedback store. */
export function feedbackCountsFrom(db: Db): CountVotes {
  const feedback = createFeedbackStore(db);
  return (ids) => feedback.countsFor(ids);
}
