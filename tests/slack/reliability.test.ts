// Retries, signatures, ignore rules, allow-lists, rate limits, Slack 429s and what the logs carry.
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.ts";
import {
  appMention,
  channelMessage,
  envelope,
  imMessage,
  slashCommand,
  ts,
} from "../support/slack-payloads.ts";
import { postEvent } from "../support/slack-signer.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("Slack retries", () => {
  it("answers an event once however often Slack delivers it", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const event = appMention({ text: "<@UBOT> Article 5B?" });
    const first = await h.event(event, { eventId: "Ev0RETRY" });
    const retry = await h.event(event, {
      eventId: "Ev0RETRY",
      retryNum: 1,
      retryReason: "http_timeout",
    });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    await Promise.all([
      h.event(event, { eventId: "Ev0RETRY", retryNum: 2 }),
      h.event(event, { eventId: "Ev0RETRY", retryNum: 3 }),
    ]);
    expect(engine.calls).toHaveLength(1);
    expect(h.fake.callsTo("chat.update")).toHaveLength(1);
  });
});

describe("request signatures", () => {
  it("rejects a bad signature and a stale timestamp without answering", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const body = envelope(appMention({ text: "<@UBOT> hi there" }));
    const forged = await postEvent(h.url, body, { signature: "v0=deadbeef" });
    expect(forged.status).toBe(401);
    const wrongSecret = await postEvent(h.url, body, { secret: "not-the-secret" });
    expect(wrongSecret.status).toBe(401);
    const stale = await postEvent(h.url, body, {
      timestamp: Math.floor(Date.now() / 1000) - 60 * 10,
    });
    expect(stale.status).toBe(401);
    expect(engine.calls).toHaveLength(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});

describe("ignore rules", () => {
  it("ignores its own messages, other bots, edits, deletions and joins", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(imMessage({ text: "my own answer", user: "UBOT", botId: "BBOT" }));
    await h.event(imMessage({ text: "another bot", user: "U0OTHERBOT", botId: "B0OTHER" }));
    await h.event(imMessage({ text: "edited", subtype: "message_changed" }));
    await h.event(imMessage({ text: "", subtype: "message_deleted" }));
    await h.event(
      channelMessage({ text: "<@U0ALICE> has joined the channel", subtype: "channel_join" }),
    );
    await h.event({ ...appMention({ text: "<@UBOT> from a bot" }), bot_id: "B0OTHER" });
    expect(engine.calls).toHaveLength(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    // …while a person's DM is answered.
    await h.event(imMessage({ text: "What is Article 5B?" }));
    expect(engine.calls.map((c) => c.question)).toEqual(["What is Article 5B?"]);
  });

  it("never answers plain channel messages", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(channelMessage({ text: "what does Article 5B say?" }));
    expect(engine.calls).toHaveLength(0);
  });
});

describe("allow-lists", () => {
  it("refuses briefly outside ALLOWED_CHANNEL_IDS and answers inside", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine, env: { ALLOWED_CHANNEL_IDS: "C0POLICY, C0ALSO" } });
    const mention = appMention({ text: "<@UBOT> Article 5B?", channel: "C0RANDOM" });
    await h.event(mention);
    const [refusal] = h.fake.callsTo("chat.postMessage");
    expect(refusal?.body.text).toMatch(/not enabled here/);
    expect(refusal?.body.thread_ts).toBe(mention.ts);
    expect(engine.calls).toHaveLength(0);
    const res = await h.command(
      slashCommand({ text: "Article 5B?", channel: "C0RANDOM", responseUrl: h.fake.responseUrl() }),
    );
    expect(res.text).toMatch(/not enabled here/);
    expect(engine.calls).toHaveLength(0);

    await h.event(appMention({ text: "<@UBOT> Article 5B?", channel: "C0ALSO" }));
    expect(engine.calls).toHaveLength(1);
    await h.event(imMessage({ text: "DMs are not channels" }));
    expect(engine.calls).toHaveLength(2);
  });

  it("refuses other workspaces with ALLOWED_TEAM_ID", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine, env: { ALLOWED_TEAM_ID: "T0001" } });
    await h.event(appMention({ text: "<@UBOT> hi?", teamId: "T0EVIL" }), { teamId: "T0EVIL" });
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.text).toMatch(/not enabled here/);
    const res = await h.command(
      slashCommand({ text: "sources", teamId: "T0EVIL", responseUrl: h.fake.responseUrl() }),
    );
    expect(res.text).toMatch(/not enabled here/);
    expect(h.fake.callsTo("response_url")).toHaveLength(0);
    expect(engine.calls).toHaveLength(0);
  });
});

describe("rate limit", () => {
  it("answers a friendly note once a user exceeds RATE_LIMIT_PER_MINUTE", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine, env: { RATE_LIMIT_PER_MINUTE: "2" } });
    for (const q of ["one?", "two?", "three?"]) await h.event(imMessage({ text: q }));
    expect(engine.calls.map((c) => c.question)).toEqual(["one?", "two?"]);
    const note = h.fake.callsTo("chat.postMessage").at(-1);
    expect(note?.body.text).toMatch(/2 questions in the last minute/);
    // Someone else is not affected.
    await h.event(imMessage({ text: "four?", user: "U0BOB", channel: "D0BOB" }));
    expect(engine.calls).toHaveLength(3);
  });
});

describe("Slack 429", () => {
  it("retries a rate-limited Web API call after Retry-After", async () => {
    h = await startHarness();
    h.fake.rateLimitNext("chat.update", 1);
    await h.event(appMention({ text: "<@UBOT> Article 5B?" }));
    const updates = h.fake.callsTo("chat.update");
    expect(updates).toHaveLength(2);
    expect(callText(updates[1])).toContain("Article 5B");
  });
});

describe("logs", () => {
  it("carry event id, channel, latency and outcome, and never a token", async () => {
    let out = "";
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    h = await startHarness({ log: createLogger("info", sink) });
    await h.event(appMention({ text: "<@UBOT> Article 5B?", ts: ts() }), { eventId: "Ev0LOGGED" });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const answered = lines.find((l) => l.msg === "question answered");
    expect(answered).toMatchObject({
      eventId: "Ev0LOGGED",
      channel: "C0POLICY",
      outcome: "answered",
    });
    expect(typeof answered?.latencyMs).toBe("number");
    expect(out).not.toContain("xoxb-test");
  });
});
