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
});
