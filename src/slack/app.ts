// The Slack app: Bolt in Socket Mode (when SLACK_APP_TOKEN is set) or HTTP, with our guards and
// listeners. `stop()` stops taking events, then waits for answers in flight.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App, HTTPReceiver } from "@slack/bolt";
import { WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { createAnswerQueue } from "./answer-queue.ts";
import { boltApp } from "./bolt-app.ts";
import type { SlackAppDeps, SlackServices, WebClient } from "./deps.ts";
import { createGuards } from "./guards.ts";
import { type InFlight, trackInFlight } from "./in-flight.ts";
import { registerActions } from "./listeners/actions/index.ts";
import { registerAssistant } from "./listeners/assistant/index.ts";
import { registerCommands } from "./listeners/commands/index.ts";
import { registerEvents } from "./listeners/events/index.ts";
import { registerViews } from "./listeners/views/index.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { chooseSlackMode, missingSlackSettings, type SlackMode } from "./settings.ts";
import {
  connectSteps,
  DEFAULT_STARTUP_BACKOFF,
  runConnectSteps,
  type SlackConnection,
  type StartupBackoff,
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

/** The app as built: what listen, connect and stop work on. */
interface BuiltApp {
  deps: SlackAppDeps;
  mode: SlackMode;
  app: App;
  /** HTTP mode's receiver; none in Socket Mode. */
  receiver: HTTPReceiver | undefined;
  slackLog: Logger;
  connection: SlackConnection;
  backoff: StartupBackoff;
  stopConnecting: AbortController;
  work: InFlight;
}

export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const { config, log } = deps;
  const missing = missingSlackSettings(config);
  if (missing.length) throw new SlackSettingsError(missing.map((m) => m.variable));
  const mode = chooseSlackMode(config);
  const now = deps.now ?? (() => new Date());
  const work = trackInFlight();
  const turns = createTurns();
  const slackLog = log.child({ component: "slack" });
  const connection: SlackConnection = { state: "connecting", reason: "connecting to Slack" };
  const { app, receiver } = boltApp({
    deps,
    mode,
    slackLog,
    connection,
    ackEventsEarly: { takeTurn: turns.takeTurn, track: work.track },
  });
  registerListeners(app, slackServices(deps, app.client, { slackLog, now, turns, work }));
  const built: BuiltApp = {
    deps,
    mode,
    app,
    receiver,
    slackLog,
    connection,
    backoff: deps.startupBackoff ?? DEFAULT_STARTUP_BACKOFF,
    stopConnecting: new AbortController(),
    work,
  };
  const listen = () => listenFor(built);
  const connect = () => connectApp(built);
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
    stop: () => stopApp(built),
    idle: work.idle,
  };
}

/** Everything the listeners share, made once the app's client exists. */
function slackServices(
  deps: SlackAppDeps,
  client: WebClient,
  made: {
    slackLog: Logger;
    now: () => Date;
    turns: ReturnType<typeof createTurns>;
    work: InFlight;
  },
): SlackServices {
  const { config } = deps;
  return {
    config,
    log: made.slackLog,
    engine: deps.engine,
    corpus: deps.corpus,
    questions: deps.questions,
    feedback: deps.feedback,
    events: deps.events,
    greetings: deps.greetings,
    limiter: createRateLimiter(config.slack.rateLimitPerMinute, made.now),
    answerQueue: createAnswerQueue({
      concurrency: config.slack.answerConcurrency,
      limit: config.slack.answerQueueLimit,
    }),
    takeTurn: made.turns.takeTurn,
    takeQuietTurn: made.turns.takeQuietTurn,
    // Made now that the app's client exists: the digest posts with it (see SlackAppDeps).
    extraSubcommands: deps.extraSubcommands?.(client) ?? {},
    ...(deps.homeSections ? { homeSections: deps.homeSections } : {}),
    now: made.now,
    nativeFeedback: deps.nativeFeedback ?? true,
    progressIntervalMs: deps.progressIntervalMs ?? 1_200,
    track: made.work.track,
  };
}

function registerListeners(app: App, services: SlackServices): void {
  app.error(async (error) => {
    services.log.error({ err: error }, "unhandled error in a Slack listener");
  });
  for (const guard of createGuards(services)) app.use(guard);
  registerAssistant(app, services);
  registerEvents(app, services);
  registerCommands(app, services);
  registerActions(app, services);
  registerViews(app, services);
}

/** HTTP mode: starts the server (Slack's requests wait until connected); Socket Mode: nothing. */
async function listenFor({ deps, mode, receiver, slackLog }: BuiltApp): Promise<{ port?: number }> {
  if (mode === "socket") return {};
  const where = deps.listen ?? { port: deps.config.slack.port };
  const server = (await (receiver as HTTPReceiver).start(
    where.host ? { port: where.port, host: where.host } : where.port,
  )) as Server;
  const port = (server.address() as AddressInfo).port;
  slackLog.info({ mode, port }, "listening (HTTP); Slack's requests wait until connected");
  return { port };
}

async function connectApp(built: BuiltApp): Promise<void> {
  const { mode, slackLog } = built;
  await runConnectSteps(connectSteps(built.app, mode), built.connection, {
    backoff: built.backoff,
    log: slackLog,
    signal: built.stopConnecting.signal,
  });
  slackLog.info(
    { mode },
    mode === "socket"
      ? "Slack app connected (Socket Mode)"
      : "Slack app connected (HTTP, /slack/events)",
  );
}

async function stopApp({ app, connection, slackLog, stopConnecting, work }: BuiltApp) {
  stopConnecting.abort();
  connection.state = "stopped";
  connection.reason = "shutting down";
  try {
    await app.stop();
  } catch (err) {
    slackLog.warn({ err }, "stopping the Slack receiver failed");
  }
  await work.idle();
}
