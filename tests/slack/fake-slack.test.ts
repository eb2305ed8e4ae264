import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.ts";

describe("fake Slack server", () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack();
  });
  afterEach(async () => {
    await fake.close();
  });

  it("records calls with parsed bodies and scripted failures", async () => {
    const client = new WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const posted = await client.chat.postMessage({
      channel: "C1",
      text: "hi",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "hi" } }],
    });
    expect(posted.ts).toBeTruthy();
    const [call] = fake.callsTo("chat.postMessage");
    expect(call?.body.channel).toBe("C1");
    expect(Array.isArray(call?.body.blocks)).toBe(true);

    fake.failNext("chat.update", "message_not_found");
    await expect(client.chat.update({ channel: "C1", ts: "1", text: "x" })).rejects.toThrow(
      /message_not_found/,
    );

    await fetch(fake.responseUrl("r1"), {
      method: "POST",
      body: JSON.stringify({ text: "yo" }),
      headers: { "content-type": "application/json" },
    });
    expect(fake.callsTo("response_url")[0]?.body.text).toBe("yo");
    expect(fake.callsTo("response_url")[0]?.path).toBe("/response/r1");
  });

  it("keeps posted messages and answers conversations.history from them, metadata on request", async () => {
    const client = new WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const metadata = { event_type: "thing_done", event_payload: { id: 7 } };
    const first = await client.chat.postMessage({ channel: "C1", text: "one", metadata });
    fake.addMessage("C1", { text: "two", user: "U2" });
    await client.chat.postMessage({ channel: "C2", text: "elsewhere" });
    const third = await client.chat.postMessage({ channel: "C1", text: "three" });

    const all = await client.conversations.history({ channel: "C1", include_all_metadata: true });
    expect(all.messages?.map((m) => m.text)).toEqual(["three", "two", "one"]);
    expect(all.messages?.[2]?.metadata).toEqual(metadata);
    const plain = await client.conversations.history({ channel: "C1" });
    expect(plain.messages?.[2]?.metadata).toBeUndefined();

    // oldest is exclusive unless inclusive; pages follow next_cursor.
    const after = await client.conversations.history({ channel: "C1", oldest: first.ts });
    expect(after.messages?.map((m) => m.text)).toEqual(["three", "two"]);
    const page1 = await client.conversations.history({ channel: "C1", limit: 2 });
    expect(page1.has_more).toBe(true);
    const page2 = await client.conversations.history({
      channel: "C1",
      limit: 2,
      cursor: page1.response_metadata?.next_cursor ?? "",
    });
    expect(page2.messages?.map((m) => m.text)).toEqual(["one"]);
    expect(page2.has_more).toBe(false);
    expect(fake.messagesIn("C1").map((m) => m.ts)).toContain(third.ts);
  });

  it("can carry out a call and lose the answer", async () => {
    const client = new WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    fake.loseNextResponse("chat.postMessage");
    await expect(client.chat.postMessage({ channel: "C1", text: "lost" })).rejects.toThrow();
    expect(fake.messagesIn("C1").map((m) => m.text)).toEqual(["lost"]);
  });
});
