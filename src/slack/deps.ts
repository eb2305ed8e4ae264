// What the Slack app is built from (the stores and engine the composition root built once, so tests
// build them on temporary databases) and the services its listeners share. Each listener takes a
// `Pick` of SlackServices naming what it uses, so its dependencies are read from its signature.
import type { webApi } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CorpusStore } from "../store/corpus.ts";
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

/** The stores the Slack app reads and writes; the composition root (src/context.ts) builds them. */
export interface SlackStores {
  corpus: CorpusStore;
  questions: QuestionLog;
  feedback: FeedbackStore;
  /** Slack deliveries already handled, and the threads the bot answers in. */
  events: SlackEventStore;
  /** Who was greeted in the bot's DM (the agent experience's Messages tab). */
  greetings: GreetingStore;
}

export interface SlackAppDeps extends SlackStores {
  config: Config;
  log: Logger;
  engine: AnswerEngine;
  /**
   * `/wcit` subcommands other surfaces provide (the digest), made once the app's Web API client
   * exists and handed that client: what they post, they post as the app. Injected by main.ts.
   */
  extraSubcommands?: (client: WebClient) => Record<string, SubcommandHandler>;
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

/** Everything the listeners share; each takes the `Pick` it needs. */
export interface SlackServices extends SlackStores {
  config: Config;
  log: Logger;
  engine: AnswerEngine;
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

/** What answering one question in a conversation uses (answering.ts). */
export type AnsweringServices = Pick<
  SlackServices,
  | "config"
  | "engine"
  | "questions"
  | "events"
  | "limiter"
  | "answerQueue"
  | "takeQuietTurn"
  | "nativeFeedback"
  | "progressIntervalMs"
  | "now"
>;

/** What claiming a command's or an interaction's delivery uses (guards.ts, isFirstDelivery). */
export type DeliveryServices = Pick<SlackServices, "events" | "now" | "log" | "takeTurn">;

/** What a listener that answers in a conversation uses: answering, plus its log and shutdown. */
export type ConversationServices = AnsweringServices & Pick<SlackServices, "log" | "track">;
