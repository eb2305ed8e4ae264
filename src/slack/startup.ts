// Connecting to Slack at start-up: Bolt's token check (`auth.test`) and, in Socket Mode, the socket.
// A rejected credential ends start-up with one line naming the variable; a failure that may pass
// (network, 5xx, rate limit) is retried with a bounded, logged backoff while `/readyz` says why the
// app is not ready yet.
//
// Bolt would call `auth.test` inside `new App()` and leave a failure as an unhandled rejection; the
// documented way to own that call is `deferInitialization: true` plus `await app.init()`
// (https://docs.slack.dev/tools/bolt-js/concepts/deferring-initialization/).
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { App } from "@slack/bolt";
import { WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { SlackMode } from "./settings.ts";

type SlackCredential = "SLACK_BOT_TOKEN" | "SLACK_APP_TOKEN";

/**
 * Slack error codes that mean the token itself is wrong, revoked or not allowed: retrying cannot
 * help. From the common errors of every Web API method, `auth.test`'s own
 * (https://docs.slack.dev/reference/methods/auth.test) and the Socket Mode client's list of
 * unrecoverable `apps.connections.open` errors.
 */
const CREDENTIAL_ERRORS = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "not_allowed_token_type",
  "not_bearer_token",
  "no_permission",
  "missing_scope",
  "team_disabled",
  "user_removed_from_team",
  "ekm_access_denied",
  "org_login_required",
  "team_access_not_granted",
]);

/** What one failed attempt to reach Slack means for start-up. */
type SlackFailure =
  | { kind: "credential"; slackError: string }
  | { kind: "fatal"; reason: string }
  | { kind: "transient"; reason: string };

const field = (err: unknown, key: string): unknown =>
  err && typeof err === "object" ? (err as Record<string, unknown>)[key] : undefined;

/**
 * Sorts a failure from `@slack/web-api` by its stable `code` (not `instanceof`: Bolt and the Socket
 * Mode client may carry their own copy of the package).
 */
function judgeSlackFailure(err: unknown): SlackFailure {
  const code = field(err, "code");
  if (code === "slack_webapi_platform_error") {
    const slackError = String((field(err, "data") as { error?: unknown } | undefined)?.error ?? "");
    if (CREDENTIAL_ERRORS.has(slackError)) return { kind: "credential", slackError };
    return { kind: "transient", reason: `Slack answered ${slackError || "an error"}` };
  }
  if (code === "slack_webapi_http_error") {
    const status = Number(field(err, "statusCode"));
    // Slack's Web API uses no status besides 200 and 429 on purpose; another 4xx means the
    // address is wrong (SLACK_API_URL), which waiting will not fix.
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      return {
        kind: "fatal",
        reason: `Slack's Web API answered HTTP ${status}; check SLACK_API_URL if it is set`,
      };
    }
    return { kind: "transient", reason: `Slack answered HTTP ${status}` };
  }
  if (code === "slack_webapi_rate_limited_error") {
    return { kind: "transient", reason: "Slack rate-limited the request" };
  }
  if (code === "slack_webapi_request_error") {
    const original = field(err, "original");
    const detail = original instanceof Error ? original.message : "no response";
    return { kind: "transient", reason: `Slack could not be reached (${detail})` };
  }
  return {
    kind: "transient",
    reason: err instanceof Error ? err.message : String(err),
  };
}

/** A start-up failure reported as one line, without a stack trace. */
export class SlackStartupError extends WcitError {
  constructor(message: string) {
    super("slack_startup_failed", message);
  }
}

const CREDENTIAL_HELP: Record<SlackCredential, string> = {
  SLACK_BOT_TOKEN:
    "copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page, reinstalling the app if it was revoked",
  SLACK_APP_TOKEN:
    "create an app-level token (xapp-…) with connections:write under Basic Information → App-Level Tokens",
};

function credentialMessage(variable: SlackCredential, slackError: string): string {
  return `wcit-desk cannot start: Slack rejected ${variable} (${slackError}); ${CREDENTIAL_HELP[variable]}.`;
}

export interface StartupBackoff {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait after the first failure; doubled after each one, up to `maxDelayMs`. */
  minDelayMs: number;
  maxDelayMs: number;
}

/**
 * Eleven pauses of 1, 2, 4 … 60 s (about six minutes), each attempt also getting the Web API
 * client's own quick retries: long enough to ride out a network blip or a short Slack incident at
 * boot, short enough that a process manager hears about a lasting outage.
 */
export const DEFAULT_STARTUP_BACKOFF: StartupBackoff = {
  attempts: 12,
  minDelayMs: 1_000,
  maxDelayMs: 60_000,
};

function backoffDelay(failures: number, b: StartupBackoff): number {
  return Math.min(b.maxDelayMs, b.minDelayMs * 2 ** Math.max(0, failures - 1));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new StartupAborted());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new StartupAborted());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Start-up was stopped (SIGTERM while still connecting); not a failure. */
export class StartupAborted extends WcitError {
  constructor() {
    super("startup_stopped", "start-up stopped before Slack was connected");
  }
}

export interface ConnectStep {
  /** What is being done, for logs and `/readyz` ("checking the bot token"). */
  what: string;
  /** The credential Slack judges in this step. */
  credential: SlackCredential;
  run(): Promise<void>;
  /** Undo a half-done attempt before the next one (close a socket). */
  cleanUp?(): Promise<void>;
}

/**
 * Runs one start-up step until it succeeds, the credential is rejected (SlackStartupError naming
 * it), the attempts run out (SlackStartupError with the last reason) or `signal` aborts.
 * `onWaiting` hears why the app is not ready yet, for `/readyz`.
 */
export async function runWithBackoff(
  step: ConnectStep,
  opts: {
    backoff: StartupBackoff;
    log: Logger;
    onWaiting: (reason: string) => void;
    signal?: AbortSignal;
  },
): Promise<void> {
  const { backoff, log } = opts;
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw new StartupAborted();
    try {
      await step.run();
      return;
    } catch (err) {
      if (opts.signal?.aborted) throw new StartupAborted();
      await step.cleanUp?.().catch(() => undefined);
      const failure = judgeSlackFailure(err);
      if (failure.kind === "credential") {
        throw new SlackStartupError(credentialMessage(step.credential, failure.slackError));
      }
      if (failure.kind === "fatal") {
        throw new SlackStartupError(`wcit-desk cannot start: ${failure.reason}.`);
      }
      if (attempt >= backoff.attempts) {
        throw new SlackStartupError(
          `wcit-desk cannot start: ${step.what} failed ${attempt} times; the last time ${failure.reason}. Check the network and Slack's status, then start it again.`,
        );
      }
      const delayMs = backoffDelay(attempt, backoff);
      // The reason only, never the error object: no stack traces and no request bodies in logs.
      log.warn(
        { attempt, of: backoff.attempts, retryInMs: delayMs, reason: failure.reason },
        `${step.what} failed; retrying`,
      );
      opts.onWaiting(
        `${step.what}: attempt ${attempt} of ${backoff.attempts} failed (${failure.reason}); retrying in ${Math.ceil(delayMs / 1000)} s`,
      );
      await sleep(delayMs, opts.signal);
    }
  }
}

/** Whether the app is connected to Slack, and what it is doing till then (for `/readyz`). */
export interface SlackConnection {
  state: "connecting" | "connected" | "stopped";
  reason: string;
}

/** Checking the bot token; in Socket Mode, then opening the socket. */
export function connectSteps(app: App, mode: SlackMode): ConnectStep[] {
  const steps: ConnectStep[] = [
    // auth.test with the bot token: https://docs.slack.dev/reference/methods/auth.test
    {
      what: "checking the bot token with Slack",
      credential: "SLACK_BOT_TOKEN",
      run: () => app.init(),
    },
  ];
  if (mode === "socket") {
    steps.push({
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
  return steps;
}

/** Runs each step in turn until it succeeds; the connection says which, and why it waits. */
export async function runConnectSteps(
  steps: ConnectStep[],
  connection: SlackConnection,
  opts: { backoff: StartupBackoff; log: Logger; signal: AbortSignal },
): Promise<void> {
  for (const step of steps) {
    connection.reason = step.what;
    await runWithBackoff(step, {
      backoff: opts.backoff,
      log: opts.log,
      signal: opts.signal,
      onWaiting: (reason) => {
        connection.reason = reason;
      },
    });
  }
  connection.state = "connected";
}

/**
 * Wraps an HTTP receiver's request listener so that Slack's requests get 503 until the app is
 * connected (Slack retries an event it could not deliver), while the health routes answer at once.
 */
export function gateSlackRequests(
  listener: RequestListener,
  slackPaths: string[],
  isOpen: () => boolean,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!isOpen()) {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (slackPaths.includes(path)) {
        req.resume();
        res.writeHead(503, { "content-type": "application/json", "retry-after": "5" });
        res.end(JSON.stringify({ ok: false, reason: "not connected to Slack yet" }));
        return;
      }
    }
    listener(req, res);
  };
}
