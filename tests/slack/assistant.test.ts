// DMs in both messaging experiences: the agent experience (Messages tab greeting and prompts,
// top-level questions answered in their own thread) and the assistant panel (Bolt's Assistant).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  appHomeOpened,
  assistantThreadContextChanged,
  assistantThreadStarted,
  imMessage,
  ts,
} from "../support/slack-payloads.ts";
import { makeCitation } from "./answer-fixtures.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

let h: Harness;
const dirs: string[] = [];
afterEach(async () => {
  await h.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("direct messages (agent messaging experience)", () => {
  it("answers a top-level DM in its own thread, with a title and a status, logged as a DM", async () => {
    h = await startHarness();
    const question = imMessage({ text: "What does Article 5B say? <!channel>" });
    await h.event(question);
    const thread = { channel_id: "D0ALICE", thread_ts: question.ts };
    const [title] = h.fake.callsTo("assistant.threads.setTitle");
    expect(title?.body).toMatchObject(thread);
    // The broadcast is Slack's markup, not part of the question: it never reaches the title.
    expect(String(title?.body.title)).toBe("What does Article 5B say?");
    const statuses = h.fake.callsTo("assistant.threads.setStatus").map((c) => c.body);
    expect(statuses[0]).toMatchObject({
      ...thread,
      status: expect.stringMatching(/looking through/),
    });
    // The status ends (the agent session goes back to `active`) once the answer is posted.
    expect(statuses.at(-1)).toMatchObject({ ...thread, status: "" });
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.thread_ts).toBe(question.ts);
    expect(callText(posts[0])).toContain("Article 5B");
    const order = h.fake.calls.map((c) => c.method);
    expect(order.indexOf("assistant.threads.setStatus")).toBeLessThan(
      order.indexOf("chat.postMessage"),
    );
    expect(order.lastIndexOf("assistant.threads.setStatus")).toBeGreaterThan(
      order.indexOf("chat.postMessage"),
    );
    const logged = await h.questions.get(1);
    expect(logged?.surface).toBe("dm");
    expect(logged?.threadTs).toBe(question.ts);
    expect(logged?.permalink).toContain("/archives/D0ALICE/");
  });

  it("answers a follow-up in that thread with the thread's history, without renaming it", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const root = ts();
    const reply = ts();
    const now = ts();
    h.fake.setThread("D0ALICE", root, [
      { user: "U0ALICE", text: "What is Article 5A?", ts: root },
      {
        bot_id: "BBOT",
        user: "UBOT",
        text: "Article 5A covers network security [1].",
        ts: reply,
        thread_ts: root,
      },
      { user: "U0ALICE", text: "Who objected?", ts: now, thread_ts: root },
    ]);
    await h.event(imMessage({ text: "Who objected?", ts: now, threadTs: root }));
    expect(engine.calls[0]?.options?.history).toEqual([
      { question: "What is Article 5A?", answer: "Article 5A covers network security [1]." },
    ]);
    expect(h.fake.callsTo("assistant.threads.setTitle")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postMessage").at(-1)?.body.thread_ts).toBe(root);
  });

  it("answers `help` in a DM with the help text, in the message's thread", async () => {
    const engine = scriptedEngine();
    h = await startHarness({ engine });
    const help = imMessage({ text: "help" });
    await h.event(help);
    const [post] = h.fake.callsTo("chat.postMessage");
    expect(post?.body.text).toMatch(/\/wcit search/);
    expect(post?.body.thread_ts).toBe(help.ts);
    expect(engine.calls).toHaveLength(0);
  });
});

describe("the Messages tab (agent messaging experience)", () => {
  it("greets once per person and sets the engine's prompts without thread_ts on every open", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-greet-"));
    dirs.push(dir);
    const db = { dir, file: path.join(dir, "wcit.sqlite") };
    h = await startHarness({ db });
    await h.event(appHomeOpened({ tab: "messages" }));
    await h.event(appHomeOpened({ tab: "messages" }));
    const greetings = h.fake.callsTo("chat.postMessage");
    expect(greetings).toHaveLength(1);
    expect(greetings[0]?.body).toMatchObject({ channel: "D0ALICE" });
    expect(greetings[0]?.body.thread_ts).toBeUndefined();
    expect(String(greetings[0]?.body.text)).toMatch(/WCIT-12/);
    const prompts = h.fake.callsTo("assistant.threads.setSuggestedPrompts");
    expect(prompts).toHaveLength(2);
    for (const call of prompts) {
      expect(call.body.channel_id).toBe("D0ALICE");
      expect("thread_ts" in call.body).toBe(false);
      expect(JSON.stringify(call.body.prompts)).toContain("What does Article 5B say about spam?");
    }
    // The Messages tab is not the Home tab: nothing is published there.
    expect(h.fake.callsTo("views.publish")).toHaveLength(0);
    await h.close();

    // A restart remembers who was greeted; someone else is greeted in their own DM.
    h = await startHarness({ db });
    await h.event(appHomeOpened({ tab: "messages" }));
    await h.event(appHomeOpened({ tab: "messages", user: "U0BOB", channel: "D0BOB" }));
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["D0BOB"]);
  });

  it("tries the greeting again on the next open when posting it failed", async () => {
    h = await startHarness();
    h.fake.failNext("chat.postMessage", "channel_not_found");
    const first = await h.event(appHomeOpened({ tab: "messages" }));
    expect(first.status).toBe(200);
    await h.event(appHomeOpened({ tab: "messages" }));
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(2);
    expect(h.fake.callsTo("assistant.threads.setSuggestedPrompts")).toHaveLength(2);
  });
});

describe("assistant panel (apps that still declare assistant_view)", () => {
  it("greets a new thread with suggested prompts from the engine, for that thread", async () => {
    h = await startHarness();
    const started = assistantThreadStarted({});
    await h.event(started);
    const [prompts] = h.fake.callsTo("assistant.threads.setSuggestedPrompts");
    expect(prompts?.body.thread_ts).toBe(started.assistant_thread.thread_ts);
    expect(JSON.stringify(prompts?.body.prompts)).toContain("What does Article 5B say about spam?");
    expect(h.fake.callsTo("chat.postMessage")[0]?.body.text).toMatch(/WCIT-12/);
  });

  it("names a thread after its first question", async () => {
    h = await startHarness();
    const threadTs = ts();
    h.fake.setThread("D0ALICE", threadTs, [
      { bot_id: "BBOT", user: "UBOT", text: "Hi! Ask me about WCIT-12.", ts: threadTs },
    ]);
    await h.event(imMessage({ text: "Who refused to sign?", threadTs }));
    const [title] = h.fake.callsTo("assistant.threads.setTitle");
    expect(title?.body).toMatchObject({
      channel_id: "D0ALICE",
      thread_ts: threadTs,
      title: "Who refused to sign?",
    });
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

  it("sets the status, uses the thread's history, and posts the answer in the thread", async () => {
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
    // The thread got its title from its first question, not from this follow-up.
    expect(h.fake.callsTo("assistant.threads.setTitle")).toHaveLength(0);
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
    expect(title).not.toMatch(/<[!@#]|[<>]|https:\/\/|evil\.example/);
    // Mentions and broadcasts are dropped from the question itself; the link is defanged.
    expect(title).toBe("what does hxxps://evil[.]example/x say?");
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
