// What the Slack app is built from (injected, so tests build it on temporary databases) and the
// services its listeners share.
import type { webApi } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { Db } from "../store/db.ts";
import type { GreetingStore } from "../store/dm-greetings.ts";
import type { FeedbackStore } from "../store/feedback.ts";
import type { QuestionLog } from "../store/questions.ts";
import type { SlackEventStore } from "../store/slack-events.ts";
import type { AnswerEngine, SubcommandHandler } from "../types.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { StartupBackoff } from "./startup.ts";
import type { TakeTurn } from "./turns.ts";

export type WebClient = webApi.WebClient;
export type RetryOptions = webApi.RetryOptions;

export interface SlackAppDeps {
  config: Config;
  log: Logger;
  engine: AnswerEngine;
  corpus: CorpusStore;
  questions: QuestionLog;
  db: Db;
  /** `/wcit` subcommands other surfaces provide (the digest), injected by main.ts. */
  extraSubcommands?: Record<string, SubcommandHandler>;
  /** Extra App Home blocks for a workspace (its digest subscriptions), injected by main.ts. */
  homeSections?: (teamId: string) => Promise<KnownBlock[]>;
  now?: () => Date;
  /** `GET /readyz`: the index is open and non-empty. Default: the corpus has passages. */
  isReady?: () => boolean;
  /** Where HTTP mode listens. Default: `config.slack.port` on every interface. */
  listen?: { port: number; host?: string };
  /** The Web API client's retry policy (429s wait for `Retry-After`, then retry). */
  retryConfig?: RetryOptions;
  /** Retries of start-up (token check, Socket Mode connection) after the client's own retries. */
  startupBackoff?: StartupBackoff;
  /** Slack's native feedback buttons (`context_actions`); false for plain Helpful / Not helpful buttons. */
  nativeFeedback?: boolean;
  /**
   * HTTP mode: answer Slack only after the listeners finish (tests; Function-as-a-Service hosts).
   * Off by default, because Slack wants its acknowledgement within 3 seconds.
   */
  processBeforeResponse?: boolean;
  /** Milliseconds between progress updates (placeholder, status) while an LLM answer is made. */
  progressIntervalMs?: number;
}

export interface SlackServices {
  config: Config;
  log: Logger;
  engine: AnswerEngine;
  corpus: CorpusStore;
  questions: QuestionLog;
  feedback: FeedbackStore;
  events: SlackEventStore;
  /** Who was greeted in the bot's DM (the agent experience's Messages tab). */
  greetings: GreetingStore;
  limiter: RateLimiter;
  /** The bounded line every answer waits in (ANSWER_CONCURRENCY, ANSWER_QUEUE_LIMIT). */
  answerQueue: AnswerQueue;
  /** Work after an ack waits for its own turn of the event loop, so acks go first. */
  takeTurn: TakeTurn;
  /** Long work (making an answer) waits for a turn with nothing else waiting. */
  takeQuietTurn: TakeTurn;
  extraSubcommands: Record<string, SubcommandHandler>;
  homeSections?: (teamId: string) => Promise<KnownBlock[]>;
  now: () => Date;
  nativeFeedback: boolean;
  progressIntervalMs: number;
  /** Registers work that shutdown must wait for (answers in flight). */
  track<T>(work: Promise<T>): Promise<T>;
}
