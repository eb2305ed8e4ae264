// The digest feature wired in one call, for the composition root (src/context.ts): the
// `/wcit digest` subcommand, the scheduler and the App Home section, over the digest and feedback
// stores the root built.
import type { KnownBlock } from "@slack/types";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { DigestStore, DigestSubscription } from "../store/digest.ts";
import type { FeedbackStore } from "../store/feedback.ts";
import type { QuestionLog } from "../store/questions.ts";
import type { AnswerEngine, SubcommandHandler } from "../types.ts";
import { createDigestSubcommand } from "./command.ts";
import type { DigestSources } from "./compose.ts";
import type { DigestSlack } from "./deliver.ts";
import { digestHomeSections, listSubscriptions } from "./home.ts";
import { createDigestScheduler, type DigestScheduler, defaultInstanceId } from "./schedule.ts";
import { type DigestTopic, loadDigestTopicsIfPresent } from "./topics.ts";

export interface DigestFeatureDeps {
  /** Subscriptions and posts: the composition root's digest store. */
  store: DigestStore;
  /** Helpful / Not helpful counts of the answers a digest lists: the Slack app's feedback store. */
  feedback: Pick<FeedbackStore, "countsFor">;
  engine: AnswerEngine;
  questions: QuestionLog;
  corpus: CorpusStore;
  config: Config;
  log: Logger;
  /** Defaults to corpus/digest-topics.json under config.corpusDir (none if it is missing). */
  topics?: DigestTopic[];
  clock?: () => Date;
}

/**
 * What posts to Slack is handed the Slack app's Web API client (the bot token: chat.postMessage,
 * and conversations.history before a retry, see deliver.ts) once the app exists; nothing here can
 * post before that.
 */
export interface DigestFeature {
  /** `/wcit digest …` for the Slack app, posting (`now`) with the app's client. */
  subcommand(slack: DigestSlack): SubcommandHandler;
  /** Starts the scheduler, posting with the app's client; it catches up at once. Once only. */
  start(slack: DigestSlack): void;
  /** Stops the scheduler (if started) and waits for a tick in progress; call before closing the database. */
  stop(): Promise<void>;
  homeSections(teamId: string): Promise<KnownBlock[]>;
  listSubscriptions(teamId: string): Promise<DigestSubscription[]>;
}

export function createDigestFeature(deps: DigestFeatureDeps): DigestFeature {
  const { store } = deps;
  const sources: DigestSources = {
    engine: deps.engine,
    questions: deps.questions,
    corpus: deps.corpus,
    topics: deps.topics ?? loadDigestTopicsIfPresent(deps.config.corpusDir),
    log: deps.log,
    feedbackCounts: (ids) => deps.feedback.countsFor(ids),
  };
  const instanceId = defaultInstanceId();
  const clock = deps.clock ? { clock: deps.clock } : {};
  let scheduler: DigestScheduler | undefined;
  return {
    subcommand: (slack) =>
      createDigestSubcommand({
        store,
        sources,
        slack,
        config: deps.config.digest,
        log: deps.log,
        instanceId,
        ...clock,
      }),
    start(slack) {
      if (scheduler) return;
      scheduler = createDigestScheduler({
        store,
        sources,
        slack,
        log: deps.log,
        instanceId,
        ...clock,
      });
      scheduler.start();
    },
    stop: async () => {
      await scheduler?.stop();
    },
    homeSections: digestHomeSections(store),
    listSubscriptions: (teamId) => listSubscriptions(store, teamId),
  };
}
