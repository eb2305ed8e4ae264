// A handful of the fuzz script's cases (bench/slack/fuzz.ts) against the real app in-process, so
// that the script and its checks keep working: no 5xx, nothing posted that pings or links out, and
// the app still answers afterwards. `npm run fuzz:slack` runs hundreds against the app's process.
import { afterEach, describe, expect, it } from "vitest";
import { auditPosted, fuzzCases, sendCases } from "../../bench/slack/fuzz.ts";
import { appMention, ts } from "../support/slack-payloads.ts";
import { callText, type Harness, startHarness } from "./harness.ts";

let h: Harness;

/** Waits until the fake Slack server has seen no new call for a while (answers run after acks). */
async function quiet() {
  let last = -1;
  for (let stable = 0; stable < 5; ) {
    await new Promise((r) => setTimeout(r, 40));
    stable = h.fake.calls.length === last ? stable + 1 : 0;
    last = h.fake.calls.length;
  }
  await h.slack.idle();
}
afterEach(async () => {
  await h.close();
});

describe("fuzz cases", () => {
  it("get a 2xx or 4xx each, post nothing live, and leave the app answering", async () => {
    h = await startHarness({ processBeforeResponse: false });
    const cases = [
      ...fuzzCases(45, 3, h.fake.responseUrl("fuzz")),
      // and a few of the random and mutated ones that follow the fixed list
      ...fuzzCases(90, 3, h.fake.responseUrl("fuzz")).slice(-6),
    ];
    const results = await sendCases(h.url, cases, 4);
    await quiet();
    expect(results.filter((r) => r.status < 200 || r.status >= 500)).toEqual([]);
    expect(results.some((r) => r.status === 400)).toBe(true);
    const posted = auditPosted(h.fake.calls, h.fake.bot.userId);
    expect(posted.messages).toBeGreaterThan(0);
    expect(posted.liveMentions).toEqual([]);
    expect(posted.autoLinks).toEqual([]);

    const thread = ts();
    await h.event(appMention({ text: "<@UBOT> Article 5B?", ts: thread, user: "U0AFTER" }));
    await quiet();
    const placeholder = h.fake.callsTo("chat.postMessage").find((c) => c.body.thread_ts === thread);
    const answer = h.fake.callsTo("chat.update").find((u) => u.body.ts === placeholder?.reply?.ts);
    expect(callText(answer)).toContain("context_actions");
  });
});
