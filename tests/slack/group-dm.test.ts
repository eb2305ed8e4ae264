// Group DMs (message.mpim, mpim:history): a mention is answered in its thread, once, whichever of
// `app_mention` and the `message` event arrives; a reply in that thread is a follow-up that reads the
// thread's history through conversations.replies, as in channels.
import { afterEach, describe, expect, it } from "vitest";
import { appMention, mpimMessage, ts } from "../support/slack-payloads.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

const GROUP_DM = "G0GROUPDM";

describe("group DMs", () => {
  it("answers a mention once, in its thread, when Slack sends both app_mention and message.mpim", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const mentionTs = ts();
    const text = "<@UBOT> What does Article 5B say about spam?";
    await h.event(mpimMessage({ text, ts: mentionTs }));
    await h.event(appMention({ text, ts: mentionTs, channel: GROUP_DM }));
    expect(engine.calls).toHaveLength(1);
    const [placeholder] = h.fake.callsTo("chat.postMessage");
    expect(placeholder?.body).toMatchObject({ channel: GROUP_DM, thread_ts: mentionTs });
    expect(callText(h.fake.callsTo("chat.update")[0])).toContain("Article 5B asks Member States");
    const logged = await h.questions.get(1);
    expect(logged).toMatchObject({ surface: "mention", channelId: GROUP_DM, threadTs: mentionTs });
  });

  it("answers a mention that arrives only as message.mpim", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const mentionTs = ts();
    await h.event(mpimMessage({ text: "<@UBOT> Who refused to sign?", ts: mentionTs }));
    expect(engine.calls.map((c) => c.question)).toEqual(["Who refused to sign?"]);
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.thread_ts).toBe(mentionTs);
  });

  it("takes a reply in its thread as a follow-up with the thread's history", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const root = ts();
    await h.event(
      appMention({ text: "<@UBOT> What is Article 5A about?", ts: root, channel: GROUP_DM }),
    );
    const answerTs = ts();
    const followUp = ts();
    h.fake.setThread(GROUP_DM, root, [
      { user: "U0ALICE", text: "<@UBOT> What is Article 5A about?", ts: root },
      {
        bot_id: "BBOT",
        user: "UBOT",
        text: "Article 5A is about network security [1].",
        ts: answerTs,
        thread_ts: root,
      },
      { user: "U0BOB", text: "Who opposed it?", ts: followUp, thread_ts: root },
    ]);
    await h.event(
      mpimMessage({ text: "Who opposed it?", user: "U0BOB", ts: followUp, threadTs: root }),
    );
    expect(engine.calls).toHaveLength(2);
    expect(h.fake.callsTo("conversations.replies").at(-1)?.body).toMatchObject({
      channel: GROUP_DM,
      ts: root,
    });
    expect(engine.calls[1]?.options?.history).toEqual([
      {
        question: "What is Article 5A about?",
        answer: "Article 5A is about network security [1].",
      },
    ]);
    expect(h.fake.callsTo("chat.postMessage").at(-1)?.body.thread_ts).toBe(root);
    expect((await h.questions.get(2))?.userId).toBe("U0BOB");
  });

  it("stays out of group DM chatter it was not asked into", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(mpimMessage({ text: "lunch at noon?" }));
    await h.event(mpimMessage({ text: "sure", threadTs: ts() }));
    expect(engine.calls).toHaveLength(0);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
