// DMs and the assistant panel (Bolt's Assistant): suggested prompts, status, title, history, streaming.
import { afterEach, describe, expect, it } from "vitest";
import {
  assistantThreadContextChanged,
  assistantThreadStarted,
  imMessage,
  ts,
} from "../support/slack-payloads.ts";
import { makeCitation } from "./answer-fixtures.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
afterEach(async () => {
  await h.close();
});

describe("direct messages", () => {
  it("answers a DM in the conversation, replacing a placeholder, logged as a DM", async () => {
    h = await startHarness();
    await h.event(imMessage({ text: "What does Article 5B say?" }));
    const [placeholder] = h.fake.callsTo("chat.postMessage");
    expect(placeholder?.body.channel).toBe("D0ALICE");
    expect(placeholder?.body.thread_ts).toBeUndefined();
    expect(callText(h.fake.callsTo("chat.update")[0])).toContain("Article 5B");
    const logged = await h.questions.get(1);
    expect(logged?.surface).toBe("dm");
    expect(logged?.permalink).toContain("/archives/D0ALICE/");
  });

  it("answers `help` in a DM with the help text", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    await h.event(imMessage({ text: "help" }));
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.text).toMatch(/\/wcit search/);
    expect(engine.calls).toHaveLength(0);
  });
});

describe("assistant panel", () => {
  it("greets a new thread with suggested prompts from the engine", async () => {
    h = await startHarness();
    const started = assistantThreadStarted({});
    await h.event(started);
    const [prompts] = h.fake.callsTo("assistant.threads.setSuggestedPrompts");
    expect(prompts?.body.thread_ts).toBe(started.assistant_thread.thread_ts);
    expect(JSON.stringify(prompts?.body.prompts)).toContain("What does Article 5B say about spam?");
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.text).toMatch(/WCIT-12/);
  });

  it("saves the thread context when the user switches channels", async () => {
    h = await startHarness();
    const threadTs = ts();
    const res = await h.event(
      assistantThreadContextChanged({ threadTs, contextChannel: "C0OTHER" }),
    );
    expect(res.status).toBe(200);
    expect(h.fake.callsTo("conversations.replies").length).toBeGreaterThan(0);
  });

  it("sets title and status, uses the thread's history, and posts the answer in the thread", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const threadTs = ts();
    const earlier = ts();
    const reply = ts();
    const now = ts();
    h.fake.setThread("D0ALICE", threadTs, [
      { bot_id: "BBOT", user: "UBOT", text: "Hi! Ask me about WCIT-12.", ts: threadTs },
      { user: "U0ALICE", text: "What is Article 5A?", ts: earlier, thread_ts: threadTs },
      {
        bot_id: "BBOT",
        user: "UBOT",
        text: "Article 5A covers network security [1].",
        ts: reply,
        thread_ts: threadTs,
      },
      { user: "U0ALICE", text: "Who objected?", ts: now, thread_ts: threadTs },
    ]);
    await h.event(imMessage({ text: "Who objected?", ts: now, threadTs }));
    expect(h.fake.callsTo("assistant.threads.setTitle")[0]?.body.title).toBe("Who objected?");
    expect(h.fake.callsTo("assistant.threads.setStatus")[0]?.body.status).toMatch(
      /looking through/,
    );
    expect(engine.calls[0]?.options?.history).toEqual([
      { question: "What is Article 5A?", answer: "Article 5A covers network security [1]." },
    ]);
    const answer = h.fake.callsTo("chat.postMessage").at(-1);
    expect(answer?.body.thread_ts).toBe(threadTs);
    expect(callText(answer)).toContain("Article 5B asks Member States");
    expect((await h.questions.get(1))?.surface).toBe("assistant");
  });

  it("shows the passages being read as a status, streams verified sentences, then replaces the stream with the answer", async () => {
    const engine = scriptedEngine("llm");
    const first = "Article 5B asks Member States to <!channel> act [1].";
    engine.progress = [
      { stage: "retrieved", passages: 6 },
      { stage: "verified", text: first, citations: [makeCitation(1)] },
      {
        stage: "verified",
        text: `${first} It avoids the word spam, see www.evil.example [2].`,
        citations: [makeCitation(1), makeCitation(2)],
      },
    ];
    h = await startHarness({ engine });
    const threadTs = ts();
    await h.event(imMessage({ text: "Tell me about spam", threadTs }));
    expect(h.fake.callsTo("assistant.threads.setStatus").map((c) => c.body.status)).toContain(
      "is reading 6 passages…",
    );
    const start = h.fake.callsTo("chat.startStream");
    expect(start).toHaveLength(1);
    expect(start[0]?.body.thread_ts).toBe(threadTs);
    const streamed = h.fake.calls.filter((c) => c.method.endsWith("Stream")).map((c) => c.body);
    const markdown = JSON.stringify(streamed);
    expect(markdown).toContain("Article 5B asks Member States");
    expect(markdown).toContain("It avoids the word spam");
    expect(JSON.stringify(streamed)).not.toContain("<!channel>");
    expect(JSON.stringify(streamed)).not.toContain("www.evil.example");
    expect(h.fake.callsTo("chat.stopStream")).toHaveLength(1);
    const [final] = h.fake.callsTo("chat.update");
    const streamTs = h.fake.callsTo("chat.stopStream")[0]?.body.ts;
    expect(streamTs).toBeTruthy();
    expect(final?.body.ts).toBe(streamTs);
    expect(callText(final)).toContain("Article 5B asks Member States");
  });

  it("defangs the thread title like every other text", async () => {
    h = await startHarness();
    const threadTs = ts();
    await h.event(
      imMessage({ text: "<!channel> what does https://evil.example/x say? <@U0BOB>", threadTs }),
    );
    const title = String(h.fake.callsTo("assistant.threads.setTitle")[0]?.body.title);
    expect(title).not.toMatch(/<[!@#]|[<>]|:\/\/|evil\.example/);
    expect(title).toContain("what does");
  });

  it("turns a failure into a polite message in the assistant thread", async () => {
    const engine = scriptedEngine();
    engine.failNext(new Error("model down"));
    h = await startHarness({ engine });
    const threadTs = ts();
    await h.event(imMessage({ text: "Tell me about spam", threadTs }));
    const last = h.fake.callsTo("chat.postMessage").at(-1);
    expect(last?.body.text).toMatch(/Sorry, something went wrong/);
    expect(last?.body.thread_ts).toBe(threadTs);
  });
});
