// Bolt's App in the mode the settings choose. Socket Mode: Bolt's own socket. HTTP: our receiver,
// whose requests to the Slack endpoint are guarded (signed, fresh, well formed) before Bolt reads
// them and answered 503 until the app is connected, while /healthz and /readyz answer at once.
import {
  App,
  type AppOptions,
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPReceiver,
} from "@slack/bolt";
import type { Logger } from "../log.ts";
import { boltLogger } from "./bolt-logger.ts";
import type { RetryOptions, SlackAppDeps } from "./deps.ts";
import type { InFlight } from "./in-flight.ts";
import { dispatchErrorHandler, guardSlackRequests, processEventErrorHandler } from "./receiver.ts";
import type { SlackMode } from "./settings.ts";
import { gateSlackRequests, type SlackConnection } from "./startup.ts";
import type { TakeTurn } from "./turns.ts";

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

/** What the Bolt app is built from. */
export interface BoltAppInput {
  deps: SlackAppDeps;
  mode: SlackMode;
  slackLog: Logger;
  connection: SlackConnection;
  /** For acknowledging events as soon as they are admitted (HTTP, see guardSlackRequests). */
  ackEventsEarly: { takeTurn: TakeTurn; track: InFlight["track"] };
}

/** The options both modes give Bolt: the bot token, our logger, the client's retry policy. */
interface CommonOptions
  extends Pick<AppOptions, "token" | "clientOptions" | "convoStore" | "deferInitialization"> {
  logger: BoltLogger;
}

export function boltApp(input: BoltAppInput): { app: App; receiver: HTTPReceiver | undefined } {
  const { config } = input.deps;
  const common: CommonOptions = {
    token: config.slack.botToken,
    logger: boltLogger(input.deps.log),
    clientOptions: {
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
      retryConfig: input.deps.retryConfig ?? DEFAULT_RETRY_CONFIG,
    },
    convoStore: false,
    deferInitialization: true,
  };
  if (input.mode === "socket") {
    const app = new App({ ...common, appToken: config.slack.appToken, socketMode: true });
    return { app, receiver: undefined };
  }
  return httpApp(input, common);
}

function httpApp(
  { deps, slackLog, connection, ackEventsEarly }: BoltAppInput,
  common: CommonOptions,
): { app: App; receiver: HTTPReceiver } {
  const signingSecret = deps.config.slack.signingSecret ?? "";
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: SLACK_ENDPOINTS,
    logger: common.logger,
    // The ack goes out as soon as a listener calls ack() (events: as soon as they are admitted,
    // see guardSlackRequests), before any answer work.
    processBeforeResponse: deps.processBeforeResponse ?? false,
    processEventErrorHandler: processEventErrorHandler(slackLog),
    dispatchErrorHandler: dispatchErrorHandler(slackLog),
    customRoutes: healthRoutes(
      connection,
      deps.isReady ?? (() => deps.corpus.stats().passages > 0),
    ),
  });
  // Malformed, unsigned or stale requests are turned away before Bolt reads them.
  receiver.requestListener = guardSlackRequests(receiver.requestListener, {
    endpoints: SLACK_ENDPOINTS,
    signingSecret,
    log: slackLog,
    ...(deps.processBeforeResponse ? {} : { ackEventsEarly }),
  });
  const app = new App({ ...common, receiver });
  receiver.requestListener = gateSlackRequests(
    receiver.requestListener,
    SLACK_ENDPOINTS,
    () => connection.state === "connected",
  );
  return { app, receiver };
}

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

function healthRoutes(connection: SlackConnection, isReady: () => boolean): CustomRoute[] {
  return [
    jsonRoute("/healthz", () => ({ status: 200, body: { ok: true } })),
    jsonRoute("/readyz", () => readiness(connection, isReady)),
  ];
}

/** Ready: connected to Slack, and the index open and not empty. */
function readiness(
  connection: SlackConnection,
  isReady: () => boolean,
): { status: number; body: object } {
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
}
