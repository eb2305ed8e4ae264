// Signs requests the way Slack does (`v0` HMAC-SHA256 over "v0:<timestamp>:<body>") and posts them
// to a Bolt app's `/slack/events` endpoint: events as JSON, slash commands and interactions form-encoded.
import { createHmac } from "node:crypto";

export const TEST_SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. A value minutes old makes the request stale. */
  timestamp?: number;
  /** Replace the computed signature (to test rejection). */
  signature?: string;
  /** `X-Slack-Retry-Num`, as Slack sends on a redelivery. */
  retryNum?: number;
  retryReason?: string;
}

export function signedHeaders(body: string, contentType: string, opts: SignOptions = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature":
      opts.signature ?? slackSignature(opts.secret ?? TEST_SIGNING_SECRET, timestamp, body),
  };
  if (opts.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(opts.retryNum);
    headers["x-slack-retry-reason"] = opts.retryReason ?? "http_timeout";
  }
  return headers;
}

export interface PostedResponse {
  status: number;
  text: string;
  json(): unknown;
}

/** Posts any body, signed as given (malformed and hostile requests for the fuzz tests). */
export async function postRaw(
  url: string,
  body: string,
  contentType: string,
  opts: SignOptions = {},
): Promise<PostedResponse> {
  const res = await fetch(url, {
    method: "POST",
    headers: signedHeaders(body, contentType, opts),
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as unknown };
}

/** Posts an Events API envelope (JSON). */
export function postEvent(
  url: string,
  envelope: object,
  opts: SignOptions = {},
): Promise<PostedResponse> {
  return postRaw(url, JSON.stringify(envelope), "application/json", opts);
}

/** Posts a slash command (form-encoded fields). */
export function postCommand(
  url: string,
  fields: Record<string, string>,
  opts: SignOptions = {},
): Promise<PostedResponse> {
  return postRaw(
    url,
    new URLSearchParams(fields).toString(),
    "application/x-www-form-urlencoded",
    opts,
  );
}

/** Posts an interaction (`block_actions`, `view_submission`): form field `payload` holding JSON. */
export function postInteraction(
  url: string,
  payload: object,
  opts: SignOptions = {},
): Promise<PostedResponse> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postRaw(url, body, "application/x-www-form-urlencoded", opts);
}
