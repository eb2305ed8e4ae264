// The Slack app: Bolt in Socket Mode (when SLACK_APP_TOKEN is set) or HTTP, with our guards and
// listeners. `stop()` stops taking events, then waits for answers in flight.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver } from "@slack/bolt";
import { createFeedbackStore } from "../store/feedback.ts";
import { createSlackEventStore } from "../store/slack-events.ts";
import { createAnswerQueue } from "./answer-queue.ts";
import { boltLogger } from "./bolt-logger.ts";
import type { RetryOptions, SlackAppDeps, SlackServices, WebClient } from "./deps.ts";
import { createGuards } from "./guards.ts";
import { registerActions } from "./listeners/actions/index.ts";
import { registerAssistant } from "./listeners/assistant/index.ts";
import { registerCommands } from "./listeners/commands/index.ts";
import { registerEvents } from "./listeners/events/index.ts";
import { registerViews } from "./listeners/views/index.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { dispatchErrorHandler, guardSlackRequests, processEventErrorHandler } from "./receiver.ts";
import { chooseSlackMode, missingSlackSettings, type SlackMode } from "./settings.ts";
import { createTurns } from "./turns.ts";

export type { SlackAppDeps } from "./deps.ts";

export class SlackSettingsError extends Error {
  constructor(readonly missing: string[]) {
    super(`Slack settings missing: ${missing.join(", ")}`);
    this.name = "SlackSettingsError";
  }
}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  client: WebClient;
  /** Starts taking events; in HTTP mode resolves with the port it listens on. */
  start(): Promise<{ port?: number }>;
  /** Stops taking events and waits for answers in flight. */
  stop(): Promise<void>;
  /** Resolves when every answer in flight has finished (tests, shutdown). */
  idle(): Promise<void>;
}

/**
 * 429s: the client waits for `Retry-After` itself, then this policy's short backoff; other transient
 * failures get a few quick retries rather than Slack's default half hour.
 */
export const DEFAULT_RETRY_CONFIG: RetryOptions = {
  retries: 5,
  factor: 2,
  minTimeout: 250,
  maxTimeout: 10_000,
  randomize: true,
};

const SLACK_ENDPOINTS = ["/slack/events"];

function jsonRoute(path: string, respond: () => { status: number; body: object }): CustomRoute {
  return {
    path,
    method: ["GET"],
    handler: (_req, res) => {
      const { status, body } = respond();
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    },
  };
}

export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const { config, log } = deps;
  const missing = missingSlackSettings(config);
  if (missing.length) throw new SlackSettingsError(missing.map((m) => m.variable));
  const mode = chooseSlackMode(config);
  const now = deps.now ?? (() => new Date());
  const inFlight = new Set<Promise<unknown>>();
  const takeTurn = createTurns();

  const services: SlackServices = {
    config,
    log: log.child({ component: "slack" }),
    engine: deps.engine,
    corpus: deps.corpus,
    questions: deps.questions,
    feedback: createFeedbackStore(deps.db),
    events: createSlackEventStore(deps.db, { ttlHours: config.slack.eventDedupeTtlHours }),
    limiter: createRateLimiter(config.slack.rateLimitPerMinute, now),
    answerQueue: createAnswerQueue({
      concurrency: config.slack.answerConcurrency,
      limit: config.slack.answerQueueLimit,
      takeTurn,
    }),
    takeTurn,
    extraSubcommands: deps.extraSubcommands ?? {},
    ...(deps.homeSections ? { homeSections: deps.homeSections } : {}),
    now,
    nativeFeedback: deps.nativeFeedback ?? true,
    progressIntervalMs: deps.progressIntervalMs ?? 1_200,
    track(work) {
      inFlight.add(work);
      work.then(
        () => inFlight.delete(work),
        () => inFlight.delete(work),
      );
      return work;
    },
  };

  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY_CONFIG,
  };
  const isReady = deps.isReady ?? (() => deps.corpus.stats().passages > 0);
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (mode === "socket") {
    app = new App({
      token: config.slack.botToken,
      appToken: config.slack.appToken,
      socketMode: true,
      logger,
      clientOptions,
      convoStore: false,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? "",
      endpoints: SLACK_ENDPOINTS,
      logger,
      // The ack goes out as soon as a listener calls ack() (events: as soon as they are admitted,
      // see guardSlackRequests), before any answer work.
      processBeforeResponse: deps.processBeforeResponse ?? false,
      processEventErrorHandler: processEventErrorHandler(services.log),
      dispatchErrorHandler: dispatchErrorHandler(services.log),
      customRoutes: [
        jsonRoute("/healthz", () => ({ status: 200, body: { ok: true } })),
        jsonRoute("/readyz", () => {
          let ready = false;
          try {
            ready = isReady();
          } catch {
            ready = false;
          }
          return ready
            ? { status: 200, body: { ok: true } }
            : {
                status: 503,
                body: { ok: false, reason: "the index is empty or not open; run npm run ingest" },
              };
        }),
      ],
    });
    // Malformed, unsigned or stale requests are turned away before Bolt reads them.
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      endpoints: SLACK_ENDPOINTS,
      signingSecret: config.slack.signingSecret ?? "",
      log: services.log,
      ...(deps.processBeforeResponse ? {} : { ackEventsEarly: { takeTurn } }),
    });
    app = new App({
      token: config.slack.botToken,
      receiver,
      logger,
      clientOptions,
      convoStore: false,
    });
  }

  app.error(async (error) => {
    services.log.error({ err: error }, "unhandled error in a Slack listener");
  });
  for (const guard of createGuards(services)) app.use(guard);
  registerAssistant(app, services);
  registerEvents(app, services);
  registerCommands(app, services);
  registerActions(app, services);
  registerViews(app, services);

  const idle = async () => {
    while (inFlight.size) await Promise.allSettled([...inFlight]);
  };

  return {
    app,
    mode,
    client: app.client,
    async start() {
      if (mode === "socket") {
        await app.start();
        services.log.info({ mode }, "Slack app connected (Socket Mode)");
        return {};
      }
      const listen = deps.listen ?? { port: config.slack.port };
      const server = (await (receiver as HTTPReceiver).start(
        listen.host ? { port: listen.port, host: listen.host } : listen.port,
      )) as Server;
      const port = (server.address() as AddressInfo).port;
      services.log.info({ mode, port }, "Slack app listening (HTTP, /slack/events)");
      return { port };
    },
    async stop() {
      try {
        await app.stop();
      } catch (err) {
        services.log.warn({ err }, "stopping the Slack receiver failed");
      }
      await idle();
    },
    idle,
  };
}
