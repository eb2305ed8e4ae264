// The Slack app: Bolt in Socket Mode (when SLACK_APP_TOKEN is set) or HTTP, with our guards and
// listeners. `stop()` stops taking events, then waits for answers in flight.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver } from "@slack/bolt";
import { WcitError } from "../errors.ts";
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
import {
  type ConnectStep,
  DEFAULT_STARTUP_BACKOFF,
  gateSlackRequests,
  runWithBackoff,
} from "./startup.ts";
import { createTurns } from "./turns.ts";

export type { SlackAppDeps } from "./deps.ts";

export class SlackSettingsError extends WcitError {
  constructor(readonly missing: string[]) {
    super("slack_settings_missing", `Slack settings missing: ${missing.join(", ")}`);
  }
}

export interface SlackApp {
  app: App;
  mode: SlackMode;
  client: WebClient;
  /**
   * HTTP mode: listens (health routes answer at once; Slack's requests get 503 until connected) and
   * resolves with the port. Socket Mode: nothing to do.
   */
  listen(): Promise<{ port?: number }>;
  /**
   * Checks the bot token and, in Socket Mode, opens the socket, retrying failures that may pass.
   * Rejects with SlackStartupError (one line for the operator) or StartupAborted (stop() called).
   */
  connect(): Promise<void>;
  /** listen() then connect(). */
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
const DEFAULT_RETRY_CONFIG: RetryOptions = {
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
  const { takeTurn, takeQuietTurn } = createTurns();

  const slackLog = log.child({ component: "slack" });
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  };

  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY_CONFIG,
  };
  const isReady = deps.isReady ?? (() => deps.corpus.stats().passages > 0);
  const connection: { state: "connecting" | "connected" | "stopped"; reason: string } = {
    state: "connecting",
    reason: "connecting to Slack",
  };
  const stopConnecting = new AbortController();
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
      deferInitialization: true,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret ?? "",
      endpoints: SLACK_ENDPOINTS,
      logger,
      // The ack goes out as soon as a listener calls ack() (events: as soon as they are admitted,
      // see guardSlackRequests), before any answer work.
      processBeforeResponse: deps.processBeforeResponse ?? false,
      processEventErrorHandler: processEventErrorHandler(slackLog),
      dispatchErrorHandler: dispatchErrorHandler(slackLog),
      customRoutes: [
        jsonRoute("/healthz", () => ({ status: 200, body: { ok: true } })),
        jsonRoute("/readyz", () => {
          if (connection.state !== "connected") {
            return { status: 503, body: { ok: false, reason: connection.reason } };
          }
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
      log: slackLog,
      ...(deps.processBeforeResponse ? {} : { ackEventsEarly: { takeTurn, track } }),
    });
    app = new App({
      token: config.slack.botToken,
      receiver,
      logger,
      clientOptions,
      convoStore: false,
      deferInitialization: true,
    });
    receiver.requestListener = gateSlackRequests(
      receiver.requestListener,
      SLACK_ENDPOINTS,
      () => connection.state === "connected",
    );
  }

  const services: SlackServices = {
    config,
    log: slackLog,
    engine: deps.engine,
    corpus: deps.corpus,
    questions: deps.questions,
    feedback: deps.feedback,
    events: deps.events,
    greetings: deps.greetings,
    limiter: createRateLimiter(config.slack.rateLimitPerMinute, now),
    answerQueue: createAnswerQueue({
      concurrency: config.slack.answerConcurrency,
      limit: config.slack.answerQueueLimit,
    }),
    takeTurn,
    takeQuietTurn,
    // Made now that the app's client exists: the digest posts with it (see SlackAppDeps).
    extraSubcommands: deps.extraSubcommands?.(app.client) ?? {},
    ...(deps.homeSections ? { homeSections: deps.homeSections } : {}),
    now,
    nativeFeedback: deps.nativeFeedback ?? true,
    progressIntervalMs: deps.progressIntervalMs ?? 1_200,
    track,
  };

  app.error(async (error) => {
    slackLog.error({ err: error }, "unhandled error in a Slack listener");
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

  const backoff = deps.startupBackoff ?? DEFAULT_STARTUP_BACKOFF;
  const connectSteps: ConnectStep[] = [
    // auth.test with the bot token: https://docs.slack.dev/reference/methods/auth.test
    {
      what: "checking the bot token with Slack",
      credential: "SLACK_BOT_TOKEN",
      run: () => app.init(),
    },
  ];
  if (mode === "socket") {
    connectSteps.push({
      // apps.connections.open with the app-level token, then the WebSocket.
      what: "opening the Socket Mode connection",
      credential: "SLACK_APP_TOKEN",
      run: async () => {
        await app.start();
      },
      cleanUp: async () => {
        await app.stop();
      },
    });
  }

  const listen = async (): Promise<{ port?: number }> => {
    if (mode === "socket") return {};
    const where = deps.listen ?? { port: config.slack.port };
    const server = (await (receiver as HTTPReceiver).start(
      where.host ? { port: where.port, host: where.host } : where.port,
    )) as Server;
    const port = (server.address() as AddressInfo).port;
    slackLog.info({ mode, port }, "listening (HTTP); Slack's requests wait until connected");
    return { port };
  };

  const connect = async (): Promise<void> => {
    for (const step of connectSteps) {
      connection.reason = step.what;
      await runWithBackoff(step, {
        backoff,
        log: slackLog,
        signal: stopConnecting.signal,
        onWaiting: (reason) => {
          connection.reason = reason;
        },
      });
    }
    connection.state = "connected";
    slackLog.info(
      { mode },
      mode === "socket"
        ? "Slack app connected (Socket Mode)"
        : "Slack app connected (HTTP, /slack/events)",
    );
  };

  return {
    app,
    mode,
    client: app.client,
    listen,
    connect,
    async start() {
      const listening = await listen();
      await connect();
      return listening;
    },
    async stop() {
      stopConnecting.abort();
      connection.state = "stopped";
      connection.reason = "shutting down";
      try {
        await app.stop();
      } catch (err) {
        slackLog.warn({ err }, "stopping the Slack receiver failed");
      }
      await idle();
    },
    idle,
  };
}
