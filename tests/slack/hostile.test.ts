// Hostile or malformed signed requests against the real app over HTTP: each gets a 2xx or a 4xx
// and a log line, never a crash or a 5xx, and the app still answers a normal mention afterwards.
// Replays (same signed bytes) are acknowledged but never acted on twice.
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, silentLogger } from "../../src/log.ts";
import { processEventErrorHandler } from "../../src/slack/receiver.ts";
import { appMention, blockActions, envelope, slashCommand } from "../support/slack-payloads.ts";
import { postCommand, postInteraction, postRaw } from "../support/slack-signer.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

/** A harness whose log lines the test can read. */
async function loggedHarness(opts: Parameters<typeof startHarness>[0] = {}) {
  let out = "";
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  h = await startHarness({ ...opts, log: createLogger("info", sink) });
  return () =>
    out
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const json = (body: unknown) => JSON.stringify(body);

async function stillAnswers() {
  const before = h.fake.callsTo("chat.update").length;
  const res = await h.event(appMention({ text: "<@UBOT> Still there? Article 5B?" }));
  expect(res.status).toBe(200);
  expect(callText(h.fake.callsTo("chat.update")[before])).toContain("Article 5B");
}

describe("malformed signed payloads", () => {
  it("answers 400 with a log line for null, non-object and shapeless bodies, and keeps running", async () => {
    const logs = await loggedHarness();
    const bodies: [string, string][] = [
      ["null", "null"],
      ["array", "[]"],
      ["string", '"hello"'],
      ["number", "42"],
      ["event null", json({ ...envelope({ type: "app_mention" }), event: null })],
      ["event string", json({ ...envelope({ type: "app_mention" }), event: "app_mention" })],
      ["event without type", json({ ...envelope({ type: "x" }), event: { text: "hi" } })],
      [
        "app_mention with a numeric text",
        json(envelope({ ...appMention({ text: "x" }), text: 42 })),
      ],
      ["event with a null user", json(envelope({ type: "reaction_added", user: null }))],
      [
        "authorizations of null",
        json({ ...envelope(appMention({ text: "x" })), authorizations: [null] }),
      ],
      ["unknown kind", json({ type: "something_else", team_id: "T0001" })],
      ["bad JSON", "{not json"],
    ];
    for (const [name, body] of bodies) {
      const res = await postRaw(h.url, body, "application/json");
      expect([name, res.status]).toEqual([name, 400]);
    }
    const refused = logs().filter((l) => l.msg === "Slack request refused");
    expect(refused.length).toBeGreaterThanOrEqual(bodies.length - 1);
    expect(refused.some((l) => String(l.reason).includes("null"))).toBe(true);
    await stillAnswers();
  });

  it("answers 400 for block_actions without a user, or with actions that are not a list", async () => {
    await loggedHarness();
    const click = blockActions({
      actionId: "show_passages",
      value: "1",
      responseUrl: h.fake.responseUrl(),
    });
    const { user: _user, ...withoutUser } = click;
    for (const payload of [withoutUser, { ...click, user: null }, { ...click, actions: "show" }]) {
      expect((await postInteraction(h.url, payload)).status).toBe(400);
    }
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
    await stillAnswers();
  });

  it("answers Slack's URL check and acknowledges app_rate_limited", async () => {
    await loggedHarness();
    const check = await postRaw(
      h.url,
      json({ token: "t", challenge: "abc123", type: "url_verification" }),
      "application/json",
    );
    expect(check.status).toBe(200);
    expect(check.json()).toEqual({ challenge: "abc123" });
    const limited = await postRaw(
      h.url,
      json({ token: "t", type: "app_rate_limited", team_id: "T0001", minute_rate_limited: 1 }),
      "application/json",
    );
    expect(limited.status).toBe(200);
  });
});

describe("request timestamps", () => {
  it("rejects a timestamp more than five minutes in the future as well as in the past", async () => {
    const engine = scriptedEngine();
    await loggedHarness({ engine });
    const now = Math.floor(Date.now() / 1000);
    const body = json(envelope(appMention({ text: "<@UBOT> Article 5B?" })));
    expect(
      (await postRaw(h.url, body, "application/json", { timestamp: now + 6 * 60 })).status,
    ).toBe(401);
    expect(
      (await postRaw(h.url, body, "application/json", { timestamp: now - 6 * 60 })).status,
    ).toBe(401);
    expect(engine.calls).toHaveLength(0);
    // Within the window either way (clocks drift) is fine.
    expect(
      (await postRaw(h.url, body, "application/json", { timestamp: now + 4 * 60 })).status,
    ).toBe(200);
    expect(engine.calls).toHaveLength(1);
  });
});

describe("replays", () => {
  it("answers a /wcit command replayed byte for byte once", async () => {
    const engine = scriptedEngine();
    await loggedHarness({ engine });
    const fields = slashCommand({
      text: "What does Article 5B say?",
      responseUrl: h.fake.responseUrl(),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await postCommand(h.url, fields, { timestamp });
    const replay = await postCommand(h.url, fields, { timestamp });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await h.slack.idle();
    expect(engine.calls).toHaveLength(1);
    // One progress line and one answer, as for a single command.
    expect(h.fake.callsTo("response_url").map((c) => Boolean(c.body.blocks))).toEqual([
      false,
      true,
    ]);
  });

  it("posts a replayed Share in channel click once", async () => {
    await loggedHarness();
    await h.command(
      slashCommand({ text: "What does Article 5B say?", responseUrl: h.fake.responseUrl() }),
    );
    const click = blockActions({
      actionId: "share_answer",
      value: "1",
      responseUrl: h.fake.responseUrl("share"),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    await postInteraction(h.url, click, { timestamp });
    await postInteraction(h.url, click, { timestamp });
    await h.slack.idle();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    // A new click (Slack gives it a new trigger_id and action_ts) is a new request.
    await postInteraction(
      h.url,
      blockActions({
        actionId: "share_answer",
        value: "1",
        responseUrl: h.fake.responseUrl("again"),
      }),
    );
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
  });
});

describe("errors after a request is admitted", () => {
  it("are logged and acknowledged with a 2xx or 4xx, never a 5xx", async () => {
    const sent: number[] = [];
    const response = (headersSent: boolean) =>
      ({
        headersSent,
        writeHead: (status: number) => sent.push(status),
        end: () => undefined,
      }) as never;
    const handle = processEventErrorHandler(silentLogger);
    const args = (error: Error, headersSent: boolean) =>
      ({ error, logger: undefined, request: undefined, response: response(headersSent) }) as never;
    expect(await handle(args(new TypeError("listener bug"), false))).toBe(true);
    const auth = Object.assign(new Error("no token"), { code: "slack_bolt_authorization_error" });
    expect(await handle(args(auth, false))).toBe(true);
    expect(await handle(args(new Error("after the ack"), true))).toBe(false);
    expect(sent).toEqual([200, 401]);
  });

  it("answers requests to other paths or methods with 404", async () => {
    await loggedHarness();
    expect((await fetch(h.url)).status).toBe(404);
    expect(
      (await fetch(h.url.replace("/slack/events", "/nowhere"), { method: "POST" })).status,
    ).toBe(404);
  });
});
