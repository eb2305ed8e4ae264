// Mentions in channels, through the real Bolt app over signed HTTP and the fake Slack Web API.
import { afterEach, describe, expect, it } from "vitest";
import { InvalidQuestionError } from "../../src/answer/validate-question.ts";
import { appMention, channelMessage, ts } from "../support/slack-payloads.ts";
import { makeCitation } from "./answer-fixtures.ts";
import {
  callText,
  type Harness,
  type ScriptedEngine,
  scriptedEngine,
  startHarness,
} from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("mentions", () => {
  it("posts a placeholder in the mention's thread and replaces it with the cited answer", async () => {
    h = await startHarness();
    const mentionTs = ts();
    const res = await h.event(
      appMention({ text: "<@UBOT> What does Article 5B say about spam?", ts: mentionTs }),
    );
    expect(res.status).toBe(200);

    const [placeholder] = h.fake.callsTo("chat.postMessage");
    expect(placeholder?.body.thread_ts).toBe(mentionTs);
    expect(placeholder?.body.text).toMatch(/Looking through/);
    const [update] = h.fake.callsTo("chat.update");
    expect(update?.body.channel).toBe("C0POLICY");
    const text = callText(update);
    expect(text).toContain("Article 5B asks Member States");
    expect(text).toContain("|Final Acts of WCIT-12, p. 4>");
    expect(text).toContain("context_actions");

    const logged = await h.questions.get(1);
    expect(logged?.question).toBe("What does Article 5B say about spam?");
    expect(logged?.surface).toBe("mention");
    expect(logged?.channelId).toBe("C0POLICY");
    expect(logged?.userId).toBe("U0ALICE");
    expect(logged?.threadTs).toBe(mentionTs);
    expect(logged?.messageTs).toBe(update?.body.ts);
    expect(logged?.permalink).toMatch(/^https:\/\/wcit-test\.slack\.com\/archives\/C0POLICY\/p/);
  });

  it("uses the thread's earlier messages as conversation history", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const root = ts();
    const answerTs = ts();
    const followUp = ts();
    h.fake.setThread("C0POLICY", root, [
      { user: "U0ALICE", text: "<@UBOT> What is Article 5A about?", ts: root },
      {
        bot_id: "BBOT",
        user: "UBOT",
        text: "Article 5A is about security and robustness of networks [1].",
        ts: answerTs,
      },
      { user: "U0ALICE", text: "<@UBOT> Who opposed it?", ts: followUp, thread_ts: root },
    ]);
    await h.event(appMention({ text: "<@UBOT> Who opposed it?", ts: followUp, threadTs: root }));
    const replies = h.fake.callsTo("conversations.replies");
    expect(replies[0]?.body.ts).toBe(root);
    expect((engine as ScriptedEngine).calls[0]?.options?.history).toEqual([
      {
        question: "What is Article 5A about?",
        answer: "Article 5A is about security and robustness of networks [1].",
      },
    ]);
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.thread_ts).toBe(root);
  });

  it("asks the engine what the person typed: Slack's entities, emoji and mentions read", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(
      appMention({ text: "<@UBOT> Morning all :wave: did the US &amp; UK sign? cc <@U0BOB>" }),
    );
    expect((engine as ScriptedEngine).calls[0]?.question).toBe(
      "Morning all did the US & UK sign? cc",
    );
    const logged = await h.questions.get(1);
    expect(logged?.question).toBe("Morning all did the US & UK sign? cc");
  });

  it("answers an empty mention with a short help message", async () => {
    h = await startHarness();
    await h.event(appMention({ text: "<@UBOT>" }));
    const [help] = h.fake.callsTo("chat.postMessage");
    expect(help?.body.text).toMatch(/Ask me a question/);
    expect(h.fake.callsTo("chat.update")).toHaveLength(0);
  });

  it("answers a mention holding only an emoji and another mention with the same help", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(appMention({ text: "<@UBOT> :wave: <@U0BOB>" }));
    const [help] = h.fake.callsTo("chat.postMessage");
    expect(help?.body.text).toMatch(/Ask me a question/);
    expect((engine as ScriptedEngine).calls).toHaveLength(0);
  });

  it("styles an answer the corpus does not cover", async () => {
    h = await startHarness();
    await h.event(appMention({ text: "<@UBOT> what is the price of bananas?" }));
    expect(callText(h.fake.callsTo("chat.update")[0])).toContain("Not covered by the corpus");
    expect((await h.questions.get(1))?.coverage).toBe("none");
  });

  it("turns an engine failure into a polite error in the thread, and keeps running", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    engine.failNext(new Error("index exploded"));
    await h.event(appMention({ text: "<@UBOT> What about spam?" }));
    const [update] = h.fake.callsTo("chat.update");
    expect(update?.body.text).toMatch(/Sorry, something went wrong/);
    expect(update?.body.text).not.toContain("exploded");
    expect((await h.questions.get(1))?.error).toBe("index exploded");

    await h.event(appMention({ text: "<@UBOT> What about spam, again?" }));
    expect(callText(h.fake.callsTo("chat.update")[1])).toContain("Article 5B");
  });

  it("posts the error when even the placeholder could not be updated", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    engine.failNext(new Error("boom"));
    h.fake.failNext("chat.update", "message_not_found");
    await h.event(appMention({ text: "<@UBOT> spam?" }));
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts.at(-1)?.body.text).toMatch(/Sorry, something went wrong/);
  });

  it("follows up in a thread it answers in without a new mention, and ignores other threads", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const root = ts();
    await h.event(appMention({ text: "<@UBOT> What is Article 5A?", ts: root }));
    await h.event(channelMessage({ text: "and who signed?", threadTs: root }));
    expect(engine.calls.map((c) => c.question)).toEqual(["What is Article 5A?", "and who signed?"]);
    await h.event(channelMessage({ text: "unrelated chatter", threadTs: ts() }));
    await h.event(channelMessage({ text: "top-level chatter" }));
    expect(engine.calls).toHaveLength(2);
  });

  it("answers a mention delivered both as app_mention and as a channel message once", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const root = ts();
    await h.event(appMention({ text: "<@UBOT> first", ts: root }));
    const again = ts();
    await Promise.all([
      h.event(appMention({ text: "<@UBOT> second question", ts: again, threadTs: root })),
      h.event(channelMessage({ text: "<@UBOT> second question", ts: again, threadTs: root })),
    ]);
    expect(engine.calls.map((c) => c.question)).toEqual(["first", "second question"]);
  });

  it("shows progress in the placeholder (passages read, then verified sentences), then the answer", async () => {
    const engine = scriptedEngine("llm");
    const citation = makeCitation(1, { url: "https://www.itu.int/final-acts.pdf#page=4" });
    engine.progress = [
      { stage: "retrieved", passages: 8 },
      {
        stage: "verified",
        text: "Article 5B asks <!here> Member States to act [1]. See https://evil.example/login.",
        citations: [citation],
      },
    ];
    h = await startHarness({ engine });
    await h.event(appMention({ text: "<@UBOT> Article 5B?" }));
    const updates = h.fake.callsTo("chat.update");
    expect(updates.map((u) => String(u.body.text))).toContain(
      ":hourglass_flowing_sand: Reading 8 passages from the corpus…",
    );
    const verified = updates.find((u) => callText(u).includes("Article 5B asks"));
    expect(callText(verified)).toContain("Checked against the sources so far");
    expect(callText(verified)).toContain("<https://www.itu.int/final-acts.pdf#page=4|[1]>");
    // Safe like the final answer: no live broadcast, no live link but the citation's.
    const all = updates.map(callText).join("\n");
    expect(all).not.toContain("<!here>");
    expect(all).not.toContain("https://evil.example");
    expect(callText(updates.at(-1))).toContain("context_actions");
  });

  it("tells the user why a question was refused (too long)", async () => {
    h = await startHarness({
      engine: {
        ...scriptedEngine(),
        answer: () =>
          Promise.reject(
            new InvalidQuestionError("The question is too long; ask something shorter."),
          ),
      },
    });
    await h.event(appMention({ text: `<@UBOT> ${"why ".repeat(10)}` }));
    expect(h.fake.callsTo("chat.update")[0]?.body.text).toMatch(/too long; ask something shorter/);
  });

  it("works with Slack's real timing: the ack returns before the answer", async () => {
    h = await startHarness({ processBeforeResponse: false });
    const res = await h.event(appMention({ text: "<@UBOT> Article 5B?" }));
    expect(res.status).toBe(200);
    const [update] = await h.fake.waitFor("chat.update");
    expect(callText(update)).toContain("Article 5B");
  });
});
