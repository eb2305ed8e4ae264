// A fake Slack Web API: a real HTTP server on 127.0.0.1 that answers the methods wcit-desk calls,
// records every call (method + parsed body), and fails or rate-limits on demand. Point a WebClient
// (or Bolt's `clientOptions.slackApiUrl`) at `fake.apiUrl`. It also receives `response_url` posts
// at `fake.responseUrl()`. Messages posted with chat.postMessage are kept per channel (with their
// metadata) and `conversations.history` answers from them the way Slack documents it.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url` for posts to a response URL. */
  method: string;
  /** Form fields or JSON, with JSON-looking fields (blocks, prompts, view) parsed. */
  body: Record<string, unknown>;
  /** Path of the request (useful for response URLs: `/response/<id>`). */
  path: string;
  headers: http.IncomingHttpHeaders;
  /** What the fake answered (absent for a 429); e.g. the `ts` of a posted message. */
  reply?: Record<string, unknown>;
}

type Scripted =
  | { kind: "error"; error: string }
  | { kind: "rateLimit"; retryAfterSeconds: number }
  | { kind: "reply"; body: Record<string, unknown> }
  | { kind: "lose" };

interface ReplyMessage {
  user?: string;
  bot_id?: string;
  text: string;
  ts: string;
  thread_ts?: string;
}

/** A message as the fake keeps it for `conversations.history`. */
interface ChannelMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlack {
  /** Base URL of the server, with a trailing slash. */
  url: string;
  /** The Web API base (`…/api/`) for `slackApiUrl`. */
  apiUrl: string;
  /** The bot's identity as `auth.test` reports it. */
  bot: { userId: string; botId: string; teamId: string };
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** A fresh URL on this server for a slash command's or an action's `response_url`. */
  responseUrl(id?: string): string;
  /** Answer the next call to `method` with `{ ok: false, error }`. Queued: several calls, several failures. */
  failNext(method: string, error: string): void;
  /** Answer the next call to `method` with HTTP 429 and `Retry-After`. */
  rateLimitNext(method: string, retryAfterSeconds: number): void;
  /**
   * Carry out the next call to `method` (a posted message is kept) but drop the connection
   * instead of answering: Slack did it, and the caller never heard.
   */
  loseNextResponse(method: string): void;
  /** Answer the next call to `method` with this body (merged over `ok: true`). */
  replyNext(method: string, body: Record<string, unknown>): void;
  /**
   * Answer every call to `method` with this HTTP status (a 5xx outage) until called again with
   * `undefined`. Takes precedence over the scripted replies.
   */
  setHttpStatus(method: string, status: number | undefined): void;
  /** Messages `conversations.replies` returns for a thread. */
  setThread(channel: string, threadTs: string, messages: ReplyMessage[]): void;
  /** The messages a channel holds, oldest first: those posted through the API and those added. */
  messagesIn(channel: string): ChannelMessage[];
  /** Puts a message in a channel's history as if someone had posted it (gets a ts if it has none). */
  addMessage(
    channel: string,
    message: Omit<ChannelMessage, "ts"> & { ts?: string },
  ): ChannelMessage;
  /** Resolves once at least `count` calls to `method` were recorded (rejects after `timeoutMs`). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  reset(): void;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<string, Scripted[]>();
  const threads = new Map<string, ReplyMessage[]>();
  const channels = new Map<string, ChannelMessage[]>();
  const keep = (channel: string, message: ChannelMessage) => {
    const list = channels.get(channel) ?? [];
    list.push(message);
    channels.set(channel, list);
    return message;
  };
  const httpStatus = new Map<string, number>();
  const waiters: (() => void)[] = [];
  const bot = { userId: "UBOT", botId: "BBOT", teamId: "T0001" };
  let tsCounter = 0;
  const nextTs = () => `1800000000.${String(++tsCounter).padStart(6, "0")}`;

  const defaultReply = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    const channel = body.channel ?? body.channel_id;
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://wcit-test.slack.com/",
          team: "WCIT test",
          user: "wcit",
          team_id: bot.teamId,
          user_id: bot.userId,
          bot_id: bot.botId,
        };
      case "chat.postMessage": {
        const ts = nextTs();
        const metadata = body.metadata as ChannelMessage["metadata"];
        keep(String(channel), {
          ts,
          text: body.text as string,
          bot_id: bot.botId,
          ...(metadata ? { metadata } : {}),
        });
        return { ok: true, channel, ts, message: { text: body.text, ts, bot_id: bot.botId } };
      }
      case "chat.startStream": {
        const ts = nextTs();
        return { ok: true, channel, ts, message: { text: body.text, ts, bot_id: bot.botId } };
      }
      case "conversations.history":
        return historyPage(body);
      case "chat.update":
      case "chat.stopStream":
        return { ok: true, channel, ts: body.ts, message: { text: body.text } };
      case "chat.appendStream":
        return { ok: true, channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: nextTs() };
      case "chat.getPermalink":
        return {
          ok: true,
          channel,
          permalink: `https://wcit-test.slack.com/archives/${String(channel)}/p${String(body.message_ts).replace(".", "")}`,
        };
      case "conversations.replies": {
        const messages = threads.get(`${String(channel)}/${String(body.ts)}`) ?? [];
        return { ok: true, messages, has_more: false };
      }
      case "views.publish":
      case "views.open":
      case "views.update":
        return { ok: true, view: { id: `V${++tsCounter}`, ...(body.view as object) } };
      default:
        return { ok: true };
    }
  };

  /**
   * conversations.history as documented: newest first, `oldest`/`latest` bounds (exclusive unless
   * `inclusive`), `limit` per page with `response_metadata.next_cursor`, and message metadata
   * only with `include_all_metadata`.
   * https://docs.slack.dev/reference/methods/conversations.history
   */
  const historyPage = (body: Record<string, unknown>): Record<string, unknown> => {
    const inclusive = body.inclusive === true || body.inclusive === "true";
    const oldest = body.oldest === undefined ? undefined : Number(body.oldest);
    const latest = body.latest === undefined ? undefined : Number(body.latest);
    const inWindow = (ts: number) =>
      (oldest === undefined || (inclusive ? ts >= oldest : ts > oldest)) &&
      (latest === undefined || (inclusive ? ts <= latest : ts < latest));
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === "true";
    const all = [...(channels.get(String(body.channel)) ?? [])]
      .filter((m) => inWindow(Number(m.ts)))
      .reverse();
    const start = Number(body.cursor ?? 0) || 0;
    const limit = Number(body.limit ?? 100) || 100;
    const page = all.slice(start, start + limit).map((m) => {
      const { metadata, ...rest } = m;
      return { type: "message", ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
    });
    const more = start + limit < all.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(start + limit) : "" },
    };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const body = parseBody(raw, req.headers["content-type"]);
      const isApi = path.startsWith("/api/");
      const method = isApi ? path.slice("/api/".length) : "response_url";
      const record: RecordedCall = { method, body, path, headers: req.headers };
      calls.push(record);
      for (const wake of waiters.splice(0)) wake();

      const outage = httpStatus.get(method);
      if (outage !== undefined) {
        res.writeHead(outage, { "content-type": "text/plain" });
        res.end("Service Unavailable");
        return;
      }
      const script = scripts.get(method)?.shift();
      if (script?.kind === "rateLimit") {
        res.writeHead(429, {
          "content-type": "application/json",
          "retry-after": String(script.retryAfterSeconds),
        });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      let reply: Record<string, unknown>;
      if (script?.kind === "error") reply = { ok: false, error: script.error };
      else if (!isApi) reply = { ok: true };
      else if (script?.kind === "lose") {
        defaultReply(method, body);
        req.socket.destroy();
        return;
      } else reply = { ...defaultReply(method, body), ...(script?.body ?? {}) };
      record.reply = reply;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  let responseCounter = 0;

  const enqueue = (method: string, s: Scripted) => {
    const q = scripts.get(method) ?? [];
    q.push(s);
    scripts.set(method, q);
  };
  const callsTo = (method: string) => calls.filter((c) => c.method === method);

  return {
    url,
    apiUrl: `${url}api/`,
    bot,
    calls,
    callsTo,
    responseUrl: (id) => `${url}response/${id ?? String(++responseCounter)}`,
    failNext: (method, error) => enqueue(method, { kind: "error", error }),
    rateLimitNext: (method, retryAfterSeconds) =>
      enqueue(method, { kind: "rateLimit", retryAfterSeconds }),
    replyNext: (method, body) => enqueue(method, { kind: "reply", body }),
    loseNextResponse: (method) => enqueue(method, { kind: "lose" }),
    setHttpStatus: (method, status) => {
      if (status === undefined) httpStatus.delete(method);
      else httpStatus.set(method, status);
    },
    setThread: (channel, threadTs, messages) => threads.set(`${channel}/${threadTs}`, messages),
    messagesIn: (channel) => [...(channels.get(channel) ?? [])],
    addMessage: (channel, message) => keep(channel, { ...message, ts: message.ts ?? nextTs() }),
    waitFor: (method, count = 1, timeoutMs = 5_000) =>
      new Promise<RecordedCall[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(
              `Timed out waiting for ${count} call(s) to ${method}; saw ${callsTo(method).length}. Calls: ${calls.map((c) => c.method).join(", ")}`,
            ),
          );
        }, timeoutMs);
        const check = () => {
          const found = callsTo(method);
          if (found.length >= count) {
            clearTimeout(timer);
            resolve(found);
          } else waiters.push(check);
        };
        check();
      }),
    reset: () => {
      calls.length = 0;
      scripts.clear();
      channels.clear();
      httpStatus.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
