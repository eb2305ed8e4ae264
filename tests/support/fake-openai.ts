// A fake OpenAI-compatible server on 127.0.0.1 speaking the wire format the real `openai` client
// expects: chat completions (plain JSON, or SSE when `stream: true`), embeddings and the model list.
// Replies are scripted per request; every request body is recorded so tests can read the prompts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import OpenAI from "openai";
import type { Config } from "../../src/config.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import type { ScoredPassage } from "../../src/types.ts";

export interface FakeChatReply {
  /** HTTP status; anything but 200 sends an OpenAI-shaped error body. */
  status?: number;
  /** The error message for a failure status. */
  errorMessage?: string;
  errorType?: string;
  errorCode?: string;
  errorParam?: string;
  /** Extra response headers (e.g. `retry-after`, `retry-after-ms`). */
  headers?: Record<string, string>;
  /** The assistant message text. */
  content?: string;
  /** For streamed replies: the content pieces, in order (default: `content` cut into small pieces). */
  chunks?: string[];
  /** Wait before answering (longer than the client's timeout makes a timeout). */
  delayMs?: number;
  /** For streamed replies: send this many pieces, then go silent with the connection open. */
  stallAfterChunks?: number;
  /** Usage to report; `null` reports none. Default: word counts. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

export type ChatScript = FakeChatReply | ((body: ChatRequestBody) => FakeChatReply);

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type: string; json_schema?: unknown };
  [key: string]: unknown;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeOpenAIOptions {
  /** When set, any other bearer token gets a 401. */
  apiKey?: string;
  /** When set, any other model gets a 404 `model_not_found`. */
  models?: string[];
  /** Dimensions of the deterministic embedding vectors. */
  dimensions?: number;
  /** Reply used when the chat script queue is empty. */
  defaultChat?: ChatScript;
}

export interface FakeOpenAI {
  /** Base URL for the client, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  chatRequests(): ChatRequestBody[];
  embeddingRequests(): { model: string; input: string | string[]; encoding_format?: string }[];
  /** Replies for the next chat requests, in order. */
  scriptChat(...replies: ChatScript[]): void;
  setDefaultChat(reply: ChatScript): void;
  /** Failures or delays for the next embedding requests (a reply without status succeeds normally). */
  scriptEmbeddings(...replies: FakeChatReply[]): void;
  close(): Promise<void>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A hashed bag of words, unit length: texts sharing words get a positive cosine similarity. */
export function fakeEmbedding(text: string, dimensions = 64): number[] {
  const v = new Array<number>(dimensions).fill(0);
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    const h = fnv1a(w);
    v[h % dimensions] = (v[h % dimensions] ?? 0) + (h & 0x10000 ? 1 : 0.8);
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function countWords(text: string): number {
  return (text.match(WORD) ?? []).length;
}

function cutIntoPieces(text: string, size = 7): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const chatQueue: ChatScript[] = [];
  const embeddingQueue: FakeChatReply[] = [];
  let defaultChat: ChatScript = options.defaultChat ?? {
    content: JSON.stringify({ sentences: [], coverage: "none" }),
  };
  const dimensions = options.dimensions ?? 64;
  let counter = 0;

  function sendError(res: http.ServerResponse, reply: FakeChatReply) {
    const status = reply.status ?? 500;
    res.writeHead(status, { "content-type": "application/json", ...reply.headers });
    res.end(
      JSON.stringify({
        error: {
          message: reply.errorMessage ?? `fake error ${status}`,
          type: reply.errorType ?? (status >= 500 ? "server_error" : "invalid_request_error"),
          param: reply.errorParam ?? null,
          code: reply.errorCode ?? null,
        },
      }),
    );
  }

  /** Checks key and model like the real API does; true when it already answered with an error. */
  function rejectRequest(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    model: string | undefined,
  ): boolean {
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      sendError(res, {
        status: 401,
        errorMessage: "Incorrect API key provided.",
        errorCode: "invalid_api_key",
      });
      return true;
    }
    if (options.models && model !== undefined && !options.models.includes(model)) {
      sendError(res, {
        status: 404,
        errorMessage: `The model \`${model}\` does not exist or you do not have access to it.`,
        errorCode: "model_not_found",
      });
      return true;
    }
    return false;
  }

  async function handleChat(
    body: ChatRequestBody,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) {
    if (rejectRequest(req, res, body.model)) return;
    const script = chatQueue.shift() ?? defaultChat;
    const reply = typeof script === "function" ? script(body) : script;
    if (reply.delayMs) await sleep(reply.delayMs);
    if (res.destroyed) return;
    if (reply.status !== undefined && reply.status !== 200) {
      sendError(res, reply);
      return;
    }
    const content = reply.content ?? "";
    const promptText = body.messages.map((m) => m.content).join("\n");
    const usage =
      reply.usage === null
        ? undefined
        : (reply.usage ?? {
            prompt_tokens: countWords(promptText),
            completion_tokens: countWords(content),
          });
    const usageBody = usage
      ? { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens }
      : undefined;
    const id = `chatcmpl-fake-${++counter}`;
    const created = Math.floor(Date.now() / 1000);

    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json", ...reply.headers });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: "assistant", content, refusal: null },
              finish_reason: "stop",
              logprobs: null,
            },
          ],
          ...(usageBody ? { usage: usageBody } : {}),
        }),
      );
      return;
    }

    res.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-cache",
      connection: "keep-alive",
      ...reply.headers,
    });
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices, ...extra })}\n\n`;
    res.write(
      chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]),
    );
    const pieces = reply.chunks ?? cutIntoPieces(content);
    for (const [i, piece] of pieces.entries()) {
      if (res.destroyed) return;
      if (reply.stallAfterChunks !== undefined && i >= reply.stallAfterChunks) return;
      res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]));
      // Let each piece leave as its own network write, as a real server's tokens do.
      await sleep(1);
    }
    res.write(chunk([{ index: 0, delta: {}, finish_reason: "stop" }]));
    if (usageBody && body.stream_options?.include_usage) res.write(chunk([], { usage: usageBody }));
    res.end("data: [DONE]\n\n");
  }

  async function handleEmbeddings(
    body: { model: string; input: string | string[]; encoding_format?: string },
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) {
    if (rejectRequest(req, res, body.model)) return;
    const scripted = embeddingQueue.shift();
    if (scripted?.delayMs) await sleep(scripted.delayMs);
    if (res.destroyed) return;
    if (scripted && scripted.status !== undefined && scripted.status !== 200) {
      sendError(res, scripted);
      return;
    }
    const inputs = Array.isArray(body.input) ? body.input : [body.input];
    const data = inputs.map((text, index) => {
      const vector = fakeEmbedding(text, dimensions);
      const embedding =
        body.encoding_format === "base64"
          ? Buffer.from(new Float32Array(vector).buffer).toString("base64")
          : vector;
      return { object: "embedding", index, embedding };
    });
    const tokens = inputs.reduce((n, t) => n + countWords(t), 0);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        object: "list",
        data,
        model: body.model,
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      }),
    );
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        // Recorded as text; the handlers below only accept JSON.
      }
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      requests.push({ method: req.method ?? "", path: url.pathname, headers: req.headers, body });
      const route = `${req.method} ${url.pathname}`;
      const fail = (err: unknown) => {
        if (!res.headersSent) sendError(res, { status: 500, errorMessage: String(err) });
        else res.end();
      };
      if (route === "POST /v1/chat/completions") {
        handleChat(body as ChatRequestBody, req, res).catch(fail);
      } else if (route === "POST /v1/embeddings") {
        handleEmbeddings(body as Parameters<typeof handleEmbeddings>[0], req, res).catch(fail);
      } else if (route === "GET /v1/models") {
        if (rejectRequest(req, res, undefined)) return;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            object: "list",
            data: (options.models ?? ["gpt-4.1-mini"]).map((id) => ({
              id,
              object: "model",
              created: 0,
              owned_by: "fake",
            })),
          }),
        );
      } else {
        sendError(res, { status: 404, errorMessage: `no route ${route}` });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () =>
      requests
        .filter((r) => r.path === "/v1/chat/completions")
        .map((r) => r.body as ChatRequestBody),
    embeddingRequests: () =>
      requests
        .filter((r) => r.path === "/v1/embeddings")
        .map((r) => r.body as { model: string; input: string | string[] }),
    scriptChat: (...replies) => {
      chatQueue.push(...replies);
    },
    setDefaultChat: (reply) => {
      defaultChat = reply;
    },
    scriptEmbeddings: (...replies) => {
      embeddingQueue.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- Fixtures for tests that drive the answerer against the fake server ----

export function scoredPassage(
  id: string,
  text: string,
  extra: { title?: string; page?: number; section?: string[]; url?: string; score?: number } = {},
): ScoredPassage {
  const documentId = id.split(":")[0] ?? id;
  return {
    passage: {
      id,
      documentId,
      ordinal: Number(id.split(":")[1] ?? 0),
      ...(extra.page !== undefined ? { page: extra.page } : {}),
      sectionPath: extra.section ?? [],
      start: 0,
      end: text.length,
      text,
      sourceRefs: [],
      contentHash: `hash-${id}`,
    },
    document: {
      id: documentId,
      title: extra.title ?? `Document ${documentId}`,
      kind: extra.page !== undefined ? "pdf" : "markdown",
      path: `${documentId}.md`,
      contentHash: `doc-${documentId}`,
      sources: [],
      indexedAt: "2026-01-01T00:00:00.000Z",
      ...(extra.url ? { url: extra.url } : {}),
    },
    score: extra.score ?? 1,
  };
}

export const PASSAGES: ScoredPassage[] = [
  scoredPassage(
    "itrs-final:12",
    "Article 5A asks Member States to endeavour to ensure the security and robustness of international telecommunication networks.",
    {
      title: "Final Acts of WCIT-12",
      page: 7,
      url: "https://example.org/final-acts.pdf",
      score: 9,
    },
  ),
  scoredPassage(
    "spam-note:2",
    "Article 5B says Member States should endeavour to take necessary measures to prevent the propagation of unsolicited bulk electronic communications.",
    { title: "Spam in the ITRs", section: ["Article 5B", "Text"], score: 7 },
  ),
  scoredPassage(
    "us-position:4",
    "The United States said it could not sign the treaty in its current form, citing provisions touching the Internet.",
    { title: "US delegation statement", score: 5 },
  ),
];

export function openaiConfig(
  baseURL: string,
  overrides: Partial<Config["openai"]> = {},
): Config["openai"] {
  return {
    enabled: true,
    apiKey: "sk-test-key-123456",
    baseURL,
    model: "gpt-4.1-mini",
    timeoutMs: 5_000,
    maxRetries: 2,
    promptTokenBudget: 3_000,
    answerDeadlineMs: 25_000,
    ...overrides,
  };
}

/** The real client, pointed at the fake server, with short timeouts. */
export function testClient(config: Config["openai"]): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey ?? "none",
    baseURL: config.baseURL ?? "",
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    logLevel: "off",
  });
}

export function capturedLog(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const log = createLogger("debug", { write: (s: string) => raw.push(s) });
  return { log, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export function answerJson(
  sentences: { text: string; passage_ids: string[]; quote?: string | null }[],
  coverage: "full" | "partial" | "none" = "full",
): string {
  return JSON.stringify({
    sentences: sentences.map((s) => ({ quote: null, ...s })),
    coverage,
  });
}
