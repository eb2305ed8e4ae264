// The HTTP receiver's front door. Every request to the Slack endpoint is read, its signature and
// timestamp checked (the timestamp within five minutes either way), its body parsed and its shape
// checked before Bolt sees it; anything wrong gets a 4xx and one log line, never a crash or a 5xx.
// Also Bolt's error handlers, so that what goes wrong later is logged and answered the same way.
import { type IncomingMessage, type RequestListener, ServerResponse } from "node:http";
import { parse as parseQuery } from "node:querystring";
import {
  type BufferedIncomingMessage,
  ErrorCode,
  HTTPModuleFunctions,
  type ReceiverDispatchErrorHandlerArgs,
  type ReceiverProcessEventErrorHandlerArgs,
  verifySlackRequest,
} from "@slack/bolt";
import type { Logger } from "../log.ts";
import { checkPayloadShape } from "./payload-shape.ts";
import type { TakeTurn } from "./turns.ts";

/**
 * How far a request's timestamp may be from our clock, either way. Slack's "Verifying requests from
 * Slack" (https://api.slack.com/docs/verifying-requests-from-slack) says to reject a
 * timestamp more than five minutes from local time, as a replay; Bolt checks only the past.
 */
const REQUEST_TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export interface GuardOptions {
  /** Paths of Slack's requests (`/slack/events`); other paths go straight to Bolt. */
  endpoints: string[];
  signingSecret: string;
  log: Logger;
  /** Largest body accepted, in bytes (Bolt's default: 4 MB). */
  bodyLimit?: number;
  /**
   * Acknowledge Events API requests here, as soon as they are admitted, and hand them to Bolt on a
   * later turn of the event loop. Bolt would acknowledge an event before any listener too, but
   * only after its own per-request work; in a burst, every ack then waited for all the requests
   * read before it. Off when the app must answer after processing (processBeforeResponse).
   */
  ackEventsEarly?: { takeTurn: TakeTurn; track: <T>(work: Promise<T>) => Promise<T> };
  nowMs?: () => number;
}

/** An answer given here instead of by Bolt: a refusal, or an acknowledgement with nothing to do. */
type Verdict = { status: 200 | 400 | 401 | 413; reason: string };

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === "string" ? value : undefined;
}

/** The signature and the timestamp, both ways; undefined when they hold. */
function checkSignature(
  req: BufferedIncomingMessage,
  signingSecret: string,
  nowMs: number,
): Verdict | undefined {
  const signature = header(req, "x-slack-signature");
  const timestamp = Number(header(req, "x-slack-request-timestamp"));
  if (!signature || !Number.isFinite(timestamp)) {
    return { status: 401, reason: "missing or malformed signature headers" };
  }
  const skew = timestamp - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > REQUEST_TIMESTAMP_TOLERANCE_SECONDS) {
    return {
      status: 401,
      reason: `request timestamp ${skew > 0 ? "in the future" : "too old"} by ${Math.abs(skew)} s`,
    };
  }
  try {
    verifySlackRequest({
      signingSecret,
      body: req.rawBody.toString(),
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
      nowMilliseconds: nowMs,
    });
  } catch {
    return { status: 401, reason: "signature mismatch" };
  }
  return undefined;
}

/** Slack's SSL check is the one request it does not sign (Bolt answers it, with the body stripped). */
function isSslCheck(req: BufferedIncomingMessage): boolean {
  return (
    req.headers["content-type"] === "application/x-www-form-urlencoded" &&
    parseQuery(req.rawBody.toString()).ssl_check === "1"
  );
}

type Admitted = { request: BufferedIncomingMessage; isEvent: boolean };

async function admit(req: IncomingMessage, options: GuardOptions): Promise<Admitted | Verdict> {
  let buffered: BufferedIncomingMessage;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(
      req,
      options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit,
    );
  } catch (err) {
    const tooLarge =
      HTTPModuleFunctions.isRawBodyError(err) && (err as { statusCode: number }).statusCode === 413;
    return tooLarge
      ? { status: 413, reason: "body too large" }
      : { status: 400, reason: "could not read the body" };
  }
  if (isSslCheck(buffered)) return { request: buffered, isEvent: false };
  const refused = checkSignature(buffered, options.signingSecret, options.nowMs?.() ?? Date.now());
  if (refused) return refused;
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch {
    return { status: 400, reason: "the body is not valid JSON or form data" };
  }
  const shape = checkPayloadShape(body);
  if (!shape.ok) return { status: 400, reason: `malformed payload (${shape.reason})` };
  if (shape.kind === "app_rate_limited") {
    // Nothing for Bolt to dispatch (it would leave the request unanswered): acknowledged here.
    return { status: 200, reason: "Slack is rate-limiting this app's events (app_rate_limited)" };
  }
  return { request: buffered, isEvent: shape.kind === "event" };
}

function answer(res: ServerResponse, status: number) {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

/**
 * Wraps the receiver's request listener: Slack's requests are admitted (signed, fresh, well formed)
 * before Bolt sees them, already read, so Bolt's own checks run on the same bytes.
 */
export function guardSlackRequests(
  listener: RequestListener,
  options: GuardOptions,
): RequestListener {
  const log = options.log.child({ component: "slack-receiver" });
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "POST" || !options.endpoints.includes(path ?? "")) {
      listener(req, res);
      return;
    }
    admit(req, options).then(
      (admitted) => {
        if ("request" in admitted && admitted.isEvent && options.ackEventsEarly) {
          // Slack needs a 200 for an event, and nothing else (Bolt sends no body for one either).
          answer(res, 200);
          const { request } = admitted;
          const { takeTurn, track } = options.ackEventsEarly;
          void track(
            takeTurn().then(async () => {
              // Bolt still "acknowledges" it: into a response that goes nowhere.
              listener(request, new ServerResponse(request));
              // Bolt reaches the app's middleware within a few microtasks, and the middleware
              // tracks the rest; until then this does, so that a shutdown waits for the event.
              await takeTurn();
            }),
          );
          return;
        }
        if ("request" in admitted) {
          listener(admitted.request, res);
          return;
        }
        log.warn(
          { status: admitted.status, reason: admitted.reason },
          admitted.status === 200 ? "Slack request acknowledged" : "Slack request refused",
        );
        answer(res, admitted.status);
      },
      (err: unknown) => {
        log.error({ err }, "reading a Slack request failed");
        answer(res, 400);
      },
    );
  };
}

/**
 * Bolt's handler for a failure while it processes an admitted request: logged, and acknowledged
 * with 200 if nothing was sent yet (Slack would retry into the same failure; the retry is
 * deduplicated anyway), or 401 when authorization failed. Never a 5xx. Bolt documents these
 * handlers: https://docs.slack.dev/tools/bolt-js/concepts/error-handling
 */
export function processEventErrorHandler(log: Logger) {
  return async ({ error, response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (response.headersSent) {
      log.error({ err: error }, "a Slack listener failed after its request was acknowledged");
      return false;
    }
    if ((error as { code?: string }).code === ErrorCode.AuthorizationError) {
      log.warn({ err: error }, "a Slack request failed authorization");
      answer(response, 401);
      return true;
    }
    log.error({ err: error }, "processing a Slack request failed; acknowledged");
    answer(response, 200);
    return true;
  };
}

/** Requests Bolt cannot route: 404 for an unknown path, 400 for anything else, and a log line. */
export function dispatchErrorHandler(log: Logger) {
  return ({ error, request, response }: ReceiverDispatchErrorHandlerArgs): void => {
    const deferred =
      (error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError;
    log.info(
      { method: request.method, url: request.url, err: deferred ? undefined : error },
      "unroutable request",
    );
    answer(response, deferred ? 404 : 400);
  };
}
