// The one OpenAI client, and what its typed errors mean for users and for whoever reads the logs.
// Any OpenAI-compatible server (Azure OpenAI's v1 endpoint, Ollama, vLLM, llama.cpp) speaks the same
// wire format, so the only difference between them is the base URL and whether a key is needed.
import OpenAI from "openai";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

/** Local servers (Ollama, llama.cpp) ignore the key, but the client refuses to start without one. */
const PLACEHOLDER_API_KEY = "no-key-needed";

/**
 * Longest wait between retries we let a server ask for. The openai client does what `retry-after-ms`
 * or `Retry-After` says, however long, in a sleep no abort signal ends (openai-node's
 * `retryRequest`, https://github.com/openai/openai-node/blob/master/src/client.ts; its README's
 * "Retries" section lists what is retried: connection errors, 408, 409, 429, 5xx, `maxRetries`
 * times, default 2). A server asking for more than this is not retried at all: the request fails
 * at once as the 429 or 5xx it is, and the answer falls back with that reason instead of waiting
 * (a `Retry-After: 86400` once made `ask` sleep for a day). Short waits, the usual case, are kept.
 */
const MAX_RETRY_WAIT_MS = 5_000;

/** The wait a failed response asks for, read as the client reads it; undefined when it names none. */
function requestedRetryWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (!Number.isNaN(ms)) return ms;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - now;
}

/**
 * A fetch for the client that marks a failed response asking for a wait longer than `maxWaitMs`
 * with `x-should-retry: false`, the header the client obeys before anything else when it decides
 * whether to retry.
 */
function fetchWithRetryWaitCap(
  maxWaitMs: number,
  inner: typeof fetch = globalThis.fetch,
): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.ok) return response;
    const wait = requestedRetryWaitMs(response.headers);
    if (wait === undefined || wait <= maxWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set("x-should-retry", "false");
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  };
}

export function createOpenAIClient(
  config: Config["openai"],
  options: { log?: Logger; maxRetries?: number; timeoutMs?: number } = {},
): OpenAI {
  return new OpenAI({
    fetch: fetchWithRetryWaitCap(MAX_RETRY_WAIT_MS),
    apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
    // Explicit values everywhere: src/config.ts stays the only reader of process.env.
    baseURL: config.baseURL ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    timeout: options.timeoutMs ?? config.timeoutMs,
    maxRetries: options.maxRetries ?? config.maxRetries,
    // The SDK otherwise writes its own warnings to the console, which would corrupt `--json` output.
    ...(options.log
      ? { logger: options.log.child({ component: "openai" }), logLevel: "warn" }
      : {}),
  });
}

type LlmFailureKind =
  | "auth"
  | "permission"
  | "rate-limit"
  | "not-found"
  | "timeout"
  | "unreachable"
  | "server-error"
  | "bad-request"
  | "cancelled"
  | "unknown";

export interface LlmFailure {
  kind: LlmFailureKind;
  /** Short, for the user: goes into the answer's one-line fallback reason. */
  reason: string;
  /** For the operator: what to check, naming the variable. */
  logMessage: string;
  status?: number;
}

function hostOf(baseURL: string | undefined): string {
  try {
    return new URL(baseURL ?? OPENAI_DEFAULT_BASE_URL).host;
  } catch {
    return baseURL ?? OPENAI_DEFAULT_BASE_URL;
  }
}

/** What a failure's message names: the server's host, the model and its variable, the error's text. */
interface FailureSite {
  host: string;
  model: string;
  modelVariable: string;
  detail: string;
}

/** Maps whatever the client threw to a named failure; never throws itself. */
export function describeOpenAIError(
  error: unknown,
  context: { model: string; baseURL?: string; modelVariable?: string },
): LlmFailure {
  const site: FailureSite = {
    host: hostOf(context.baseURL),
    model: context.model,
    modelVariable: context.modelVariable ?? "OPENAI_MODEL",
    detail: error instanceof Error ? error.message : String(error),
  };
  return (
    connectionFailure(error, site) ??
    accessFailure(error, site) ??
    serverFailure(error, site) ?? {
      kind: "unknown",
      reason: "the language model request failed",
      logMessage: `model request failed: ${site.detail}`,
    }
  );
}

/** The request never got an answer: cancelled, timed out, or the server not reached. */
function connectionFailure(error: unknown, site: FailureSite): LlmFailure | undefined {
  // Order matters: the timeout error is a subclass of the connection error.
  if (error instanceof OpenAI.APIUserAbortError || (error as Error)?.name === "AbortError") {
    return {
      kind: "cancelled",
      reason: "the request was cancelled",
      logMessage: "request aborted",
    };
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return {
      kind: "timeout",
      reason: "the language model did not answer in time",
      logMessage: `request to ${site.host} timed out (OPENAI_TIMEOUT_MS sets the limit; OPENAI_MAX_RETRIES the retries)`,
    };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return {
      kind: "unreachable",
      reason: "the language model server could not be reached",
      logMessage: `cannot reach ${site.host}: ${site.detail} (check OPENAI_BASE_URL and the network)`,
    };
  }
  return undefined;
}

/** The server refused us: the key (401), the key's access to the model (403), the model (404). */
function accessFailure(error: unknown, site: FailureSite): LlmFailure | undefined {
  if (error instanceof OpenAI.AuthenticationError) {
    return {
      kind: "auth",
      status: 401,
      reason: "the language model rejected our credentials",
      logMessage: `401 from ${site.host}: the API key is wrong or revoked; check OPENAI_API_KEY`,
    };
  }
  if (error instanceof OpenAI.PermissionDeniedError) {
    return {
      kind: "permission",
      status: 403,
      reason: "the language model refused access",
      logMessage: `403 from ${site.host}: the key in OPENAI_API_KEY may not use model ${site.model} (${site.modelVariable}) (or the region/project is not allowed): ${site.detail}`,
    };
  }
  if (error instanceof OpenAI.NotFoundError) {
    return {
      kind: "not-found",
      status: 404,
      reason: `the model ${site.model} was not found`,
      logMessage: `404 from ${site.host}: model ${site.model} does not exist there; check ${site.modelVariable} (and OPENAI_BASE_URL): ${site.detail}`,
    };
  }
  return undefined;
}

/** The server answered with another error: rate-limited, failed itself, or rejected the request. */
function serverFailure(error: unknown, site: FailureSite): LlmFailure | undefined {
  if (error instanceof OpenAI.RateLimitError) {
    return {
      kind: "rate-limit",
      status: 429,
      reason: "the language model is rate-limited right now",
      logMessage: `429 from ${site.host} after retries: rate limit or quota exhausted: ${site.detail}`,
    };
  }
  if (error instanceof OpenAI.InternalServerError) {
    return {
      kind: "server-error",
      status: error.status,
      reason: "the language model server failed",
      logMessage: `${error.status} from ${site.host} after retries: ${site.detail}`,
    };
  }
  if (error instanceof OpenAI.APIError) {
    const status = typeof error.status === "number" ? error.status : undefined;
    return {
      kind: status === 400 || status === 422 ? "bad-request" : "unknown",
      ...(status !== undefined ? { status } : {}),
      reason: "the language model rejected the request",
      logMessage: `${status ?? "error"} from ${site.host} for model ${site.model}: ${site.detail}`,
    };
  }
  return undefined;
}

/** A 400/422 that says the server does not know a request field, e.g. `response_format`. */
export function isUnsupportedParameterError(error: unknown, words: string[]): boolean {
  if (
    !(error instanceof OpenAI.BadRequestError || error instanceof OpenAI.UnprocessableEntityError)
  )
    return false;
  const body = JSON.stringify(error.error ?? {});
  const text = `${error.message} ${error.param ?? ""} ${body}`.toLowerCase();
  return words.some((w) => text.includes(w.toLowerCase()));
}
