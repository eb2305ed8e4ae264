// Odd signed requests for the Slack app, and what to check afterwards. Shared by the fuzz script
// (`npm run fuzz:slack`, hundreds of cases against the real app process) and a small test that
// runs a handful of them in-process, so the script cannot rot.
import fc from "fast-check";
import type { RecordedCall } from "../../tests/support/fake-slack.ts";
import { auditLinks, liveMention } from "../../tests/support/slack-audit.ts";
import {
  appHomeOpened,
  appMention,
  assistantThreadStarted,
  blockActions,
  channelMessage,
  envelope,
  imMessage,
  slashCommand,
  ts,
  viewSubmission,
} from "../../tests/support/slack-payloads.ts";
import { type SignOptions, signedHeaders } from "../../tests/support/slack-signer.ts";

export interface FuzzCase {
  kind: string;
  body: string;
  contentType: string;
  /** How the request is signed; "ok" unless the case is about signatures. */
  signing?: "ok" | "none" | "wrong" | "stale" | "future";
  retryNum?: number;
}

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";

/** Texts people (or attackers) might send: mentions, broadcasts, links, control characters, bulk. */
const HOSTILE_TEXT = [
  "<!channel> what does Article 5B say?",
  "<!here> <!everyone> spam?",
  "<!subteam^S123|@team> who signed the ITRs?",
  "<@U123> <#C123|general> what is Article 5A?",
  "ask <https://evil.example/login|the treaty> about spam",
  "see https://evil.example and www.evil.example, mail root@evil.example",
  "control \u0000\u0007\u001b[31m\u202e characters in a question about the ITRs",
  "@channel @here what is WCIT?",
  "<!date^1392734382^{date}|Feb 18> and <!channel|channel>",
  "",
  "   ",
];

const LONG_TEXT =
  `What did WCIT-12 decide about spam? ${"Article 5B unsolicited bulk ".repeat(1_500)}`.slice(
    0,
    40_000,
  );

function json(value: unknown): FuzzCase {
  return { kind: "random JSON", body: JSON.stringify(value), contentType: JSON_TYPE };
}

function event(kind: string, e: Record<string, unknown>, extra: Partial<FuzzCase> = {}): FuzzCase {
  return { kind, body: JSON.stringify(envelope(e)), contentType: JSON_TYPE, ...extra };
}

function form(kind: string, fields: Record<string, string>): FuzzCase {
  return { kind, body: new URLSearchParams(fields).toString(), contentType: FORM_TYPE };
}

function interaction(kind: string, payload: unknown): FuzzCase {
  return {
    kind,
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: FORM_TYPE,
  };
}

/** Deletes a few keys, anywhere in the object (a missing-fields case). */
function withoutKeys(value: unknown, rng: () => number, drop = 0.25): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, rng, drop));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (rng() < drop) continue;
    out[k] = withoutKeys(v, rng, drop);
  }
  return out;
}

/** Replaces a few values with values of the wrong kind (null, a number, a string, a list). */
function withWrongTypes(value: unknown, rng: () => number, rate = 0.2): unknown {
  const wrong = [null, 42, "x", [], {}, true];
  if (Array.isArray(value)) return value.map((v) => withWrongTypes(v, rng, rate));
  if (!value || typeof value !== "object") {
    return rng() < rate ? wrong[Math.floor(rng() * wrong.length)] : value;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = withWrongTypes(v, rng, rate);
  return out;
}

function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** The valid payloads the mutations start from. */
function templates(responseUrl: string): Record<string, unknown>[] {
  return [
    envelope(appMention({ text: "<@UBOT> What does Article 5B say?" })),
    envelope(imMessage({ text: "Who refused to sign the ITRs?" })),
    envelope(channelMessage({ text: "follow-up", threadTs: ts() })),
    envelope(assistantThreadStarted({})),
    envelope(appHomeOpened({})),
    blockActions({ actionId: "share_answer", value: "1", responseUrl }),
    blockActions({
      actionId: "answer_feedback",
      type: "feedback_buttons",
      value: "helpful:1",
      responseUrl,
    }),
    viewSubmission({
      callbackId: "feedback_reason",
      privateMetadata: JSON.stringify({ questionId: 1 }),
      values: { reason: { reason: "wrong" } },
    }),
  ];
}

/**
 * `count` odd requests, the same ones for the same seed: every category the fuzz covers, in turn,
 * then random JSON and mutated payloads until there are enough.
 */
export function fuzzCases(count: number, seed: number, responseUrl: string): FuzzCase[] {
  const rng = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const fixed: FuzzCase[] = [
    { kind: "null body", body: "null", contentType: JSON_TYPE },
    { kind: "bad JSON", body: '{"type": "event_callback", "event": ', contentType: JSON_TYPE },
    { kind: "empty body", body: "", contentType: JSON_TYPE },
    json({ type: "event_callback", event: null }),
    json({ type: "event_callback", event: "app_mention" }),
    json({ type: "event_callback", event: [] }),
    json({ type: "url_verification", challenge: "fuzz-challenge", token: "t" }),
    { kind: "ssl check", body: "ssl_check=1&token=t", contentType: FORM_TYPE, signing: "none" },
    json({ type: "app_rate_limited", team_id: "T0001", minute_rate_limited: 1 }),
    { kind: "wrong content type", body: "hello", contentType: "text/plain" },
    {
      kind: "JSON sent as form",
      body: JSON.stringify(envelope(appMention({ text: "hi" }))),
      contentType: FORM_TYPE,
    },
    { kind: "form sent as JSON", body: "command=%2Fwcit&text=help", contentType: JSON_TYPE },
    {
      kind: "multipart",
      body: "--x\r\ncontent-disposition: form-data\r\n\r\nhi\r\n--x--",
      contentType: "multipart/form-data; boundary=x",
    },
    event("unsigned", appMention({ text: "<@UBOT> hi" }), { signing: "none" }),
    event("wrong signature", appMention({ text: "<@UBOT> hi" }), { signing: "wrong" }),
    event("stale timestamp", appMention({ text: "<@UBOT> hi" }), { signing: "stale" }),
    event("future timestamp", appMention({ text: "<@UBOT> hi" }), { signing: "future" }),
    event("40,000-character mention", appMention({ text: `<@UBOT> ${LONG_TEXT}` })),
    event("40,000-character DM", imMessage({ text: LONG_TEXT })),
    form("40,000-character /wcit", slashCommand({ text: LONG_TEXT, responseUrl })),
    event("edit", imMessage({ text: "<!channel> edited", subtype: "message_changed" })),
    event("deletion", imMessage({ text: "", subtype: "message_deleted" })),
    event("bot message", {
      ...appMention({ text: "<@UBOT> <!channel> from a bot" }),
      bot_id: "B0OTHER",
    }),
    event("channel join", channelMessage({ text: "<@U1> has joined", subtype: "channel_join" })),
    event("unknown event type", {
      type: "reaction_added",
      user: "U1",
      item: { type: "message", channel: "C1", ts: "1.2" },
    }),
    event("unknown event with odd fields", { type: "subteam_created", subteam: { id: "S1" } }),
    event("retry of an event", appMention({ text: "<@UBOT> Article 5A?" }), { retryNum: 1 }),
    form("unknown /wcit subcommand", slashCommand({ text: "frobnicate now", responseUrl })),
    form("/wcit sources", slashCommand({ text: "sources", responseUrl })),
    form("/wcit help", slashCommand({ text: "help", responseUrl })),
    form(
      "/wcit search with a broadcast",
      slashCommand({ text: "search <!channel> spam", responseUrl }),
    ),
    form("command without user", { command: "/wcit", text: "help", channel_id: "C1" }),
    form("unknown command", slashCommand({ text: "hi", responseUrl, command: "/other" })),
    interaction(
      "unknown action",
      blockActions({ actionId: "frobnicate", value: "x", responseUrl }),
    ),
    interaction("unknown interaction type", { type: "frobnicate", user: { id: "U1" } }),
    interaction("block_actions without user", {
      ...blockActions({ actionId: "share_answer", value: "1", responseUrl }),
      user: undefined,
    }),
    interaction(
      "share of a missing answer",
      blockActions({ actionId: "share_answer", value: "99999", responseUrl }),
    ),
    interaction(
      "show passages with a hostile value",
      blockActions({ actionId: "show_passages", value: "<!channel>", responseUrl }),
    ),
    interaction("view without state", {
      ...viewSubmission({ callbackId: "feedback_reason", privateMetadata: "{", values: {} }),
      view: { callback_id: "feedback_reason" },
    }),
    interaction("payload of null", null),
  ];
  for (const text of HOSTILE_TEXT) {
    fixed.push(event("hostile mention", appMention({ text: `<@UBOT> ${text}` })));
    fixed.push(event("hostile DM", imMessage({ text })));
    fixed.push(form("hostile /wcit", slashCommand({ text, responseUrl })));
  }
  const cases = fixed.slice(0, count);
  const jsonValues = fc.sample(fc.json({ depthSize: "small" }), { seed, numRuns: count });
  let i = 0;
  while (cases.length < count) {
    const template = pick(templates(responseUrl));
    const isInteraction = !("event" in template);
    const mutated =
      i % 3 === 0
        ? JSON.parse(jsonValues[i % jsonValues.length] as string)
        : i % 3 === 1
          ? withoutKeys(template, rng)
          : withWrongTypes(template, rng);
    const kind = i % 3 === 0 ? "random JSON" : i % 3 === 1 ? "missing fields" : "wrong types";
    cases.push(
      isInteraction && i % 3 ? { ...interaction(kind, mutated), kind } : { ...json(mutated), kind },
    );
    i++;
  }
  return cases;
}

export interface CaseResult {
  kind: string;
  /** HTTP status; 0 when the request got no answer. */
  status: number;
}

function signing(c: FuzzCase): SignOptions {
  const now = Math.floor(Date.now() / 1000);
  if (c.signing === "wrong") return { signature: "v0=0123456789abcdef" };
  if (c.signing === "stale") return { timestamp: now - 10 * 60 };
  if (c.signing === "future") return { timestamp: now + 10 * 60 };
  return c.retryNum !== undefined ? { retryNum: c.retryNum } : {};
}

async function sendCase(url: string, c: FuzzCase): Promise<CaseResult> {
  const headers: Record<string, string> =
    c.signing === "none"
      ? { "content-type": c.contentType }
      : signedHeaders(c.body, c.contentType, signing(c));
  try {
    const res = await fetch(url, {
      method: "POST",
      headers,
      body: c.body,
      signal: AbortSignal.timeout(15_000),
    });
    await res.arrayBuffer();
    return { kind: c.kind, status: res.status };
  } catch {
    return { kind: c.kind, status: 0 };
  }
}

/** Sends the cases a few at a time (Slack delivers concurrently too); results in case order. */
export async function sendCases(
  url: string,
  cases: FuzzCase[],
  concurrency = 8,
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const i = next++;
        results[i] = await sendCase(url, cases[i] as FuzzCase);
      }
    }),
  );
  return results;
}

export interface PostedAudit {
  /** Web API calls and response_url posts that carried text. */
  messages: number;
  /** "Asked by @someone with /wcit" on shared answers: the one mention the bot makes on purpose. */
  askerCredits: number;
  /** Live mentions or broadcasts the bot posted (its own `<@bot>` in help text excepted). */
  liveMentions: string[];
  /** Text Slack would have turned into a link by itself. */
  autoLinks: string[];
}

/** Everything the bot posted, read the way Slack would: did anything ping anyone or link out? */
export function auditPosted(calls: RecordedCall[], botUserId: string): PostedAudit {
  const audit: PostedAudit = { messages: 0, askerCredits: 0, liveMentions: [], autoLinks: [] };
  // The bot's own name in its help text pings nobody; the asker's credit on a shared answer is
  // deliberate (and counted apart). Any other mention came from input, and must not be live.
  const own = new RegExp(`<@${botUserId}>|Asked by <@[UW][A-Z0-9]+> with /wcit`, "g");
  for (const call of calls) {
    const body = call.body;
    const plainFields = [body.title, body.status].filter((v): v is string => typeof v === "string");
    const carries =
      body.text !== undefined ||
      body.blocks !== undefined ||
      body.chunks !== undefined ||
      body.view !== undefined ||
      plainFields.length;
    if (!carries) continue;
    audit.messages++;
    audit.askerCredits += (
      JSON.stringify(body).match(/Asked by <@[UW][A-Z0-9]+> with \/wcit/g) ?? []
    ).length;
    const found = auditLinks({
      text: typeof body.text === "string" ? body.text.replace(own, "") : body.text,
      blocks: JSON.parse(
        JSON.stringify([body.blocks ?? [], body.chunks ?? [], body.view ?? {}]).replace(own, ""),
      ),
    });
    audit.liveMentions.push(...found.mentions);
    audit.autoLinks.push(...found.autoLinks);
    for (const field of plainFields) {
      const m = liveMention(field);
      if (m) audit.liveMentions.push(m);
    }
  }
  return audit;
}
