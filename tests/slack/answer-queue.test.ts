// The bounded answer queue: a few answers at a time, the rest in order, "busy" past the limit.
import { afterEach, describe, expect, it } from "vitest";
import { createAnswerQueue } from "../../src/slack/answer-queue.ts";
import { createTurns } from "../../src/slack/turns.ts";
import type { Answer, AnswerOptions } from "../../src/types.ts";
import { appMention, slashCommand, ts } from "../support/slack-payloads.ts";
import { callText, type Harness, scriptedEngine, startHarness } from "./harness.ts";

describe("createTurns", () => {
  it("gives each caller its own turn of the event loop, with other work let in between", async () => {
    const { takeTurn } = createTurns();
    const order: string[] = [];
    const turns = [1, 2, 3].map((i) =>
      takeTurn().then(() => {
        order.push(`turn ${i}`);
        // Stands for I/O that became ready meanwhile: it runs before the next turn.
        setImmediate(() => order.push(`other ${i}`));
      }),
    );
    await Promise.all(turns);
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(["turn 1", "other 1", "turn 2", "other 2", "turn 3", "other 3"]);
  });
});

describe("quiet turns", () => {
  it("come after every turn taken meanwhile, including those taken later", async () => {
    const { takeTurn, takeQuietTurn } = createTurns();
    const order: string[] = [];
    const quiet = takeQuietTurn().then(() => order.push("answer"));
    const acks = [1, 2].map((i) =>
      takeTurn().then(() => {
        order.push(`ack ${i}`);
        // A request arriving while the first ones are followed up queues more work.
        if (i === 2) void takeTurn().then(() => order.push("ack 3"));
      }),
    );
    await Promise.all([quiet, ...acks]);
    expect(order).toEqual(["ack 1", "ack 2", "ack 3", "answer"]);
  });

  it("do not wait for one another: several answers waiting for quiet turns all get one", async () => {
    const { takeQuietTurn } = createTurns();
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => takeQuietTurn().then(() => order.push(i))));
    expect(order).toEqual([1, 2, 3]);
  });
});

describe("createAnswerQueue", () => {
  it("runs `concurrency` answers, keeps `limit` waiting in order, and refuses the next", async () => {
    const queue = createAnswerQueue({ concurrency: 2, limit: 2 });
    const places = [1, 2, 3, 4].map(() => queue.enter());
    expect(places.every(Boolean)).toBe(true);
    expect(queue.enter()).toBeUndefined();
    expect(queue.stats()).toEqual({ running: 2, waiting: 2 });

    const started: number[] = [];
    for (const [i, p] of places.entries()) void p?.turn.then(() => started.push(i + 1));
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([1, 2]);
    places[1]?.leave();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([1, 2, 3]);
    // A place given up while waiting leaves the line; leaving twice changes nothing.
    places[3]?.leave();
    places[3]?.leave();
    expect(queue.stats()).toEqual({ running: 2, waiting: 0 });
    places[0]?.leave();
    places[2]?.leave();
    expect(queue.stats()).toEqual({ running: 0, waiting: 0 });
    expect(queue.enter()).toBeDefined();
  });
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** An engine whose answers wait until released, so a test can fill the queue. */
function gatedEngine() {
  const engine = scriptedEngine();
  const gates: (() => void)[] = [];
  const answer = engine.answer;
  engine.answer = async (question: string, options?: AnswerOptions): Promise<Answer> => {
    await new Promise<void>((resolve) => gates.push(resolve));
    return answer(question, options);
  };
  return {
    engine,
    releaseAll: () => {
      for (const g of gates.splice(0)) g();
    },
    waiting: () => gates.length,
  };
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe("the answer queue in the app", () => {
  it("tells a mention that arrives while the queue is full that the bot is busy, and answers the rest once", async () => {
    const gated = gatedEngine();
    h = await startHarness({
      engine: gated.engine,
      processBeforeResponse: false,
      env: { ANSWER_CONCURRENCY: "1", ANSWER_QUEUE_LIMIT: "1" },
    });
    const threads = [ts(), ts(), ts()];
    for (const [i, thread] of threads.entries()) {
      const res = await h.event(appMention({ text: `<@UBOT> question ${i}?`, ts: thread }));
      expect(res.status).toBe(200);
    }
    await until(() => gated.waiting() === 1, "the first answer to start");
    const busy = await h.fake.waitFor("chat.postMessage", 3);
    const busyReply = busy.find((c) => /answering a lot of questions/.test(String(c.body.text)));
    expect(busyReply?.body.thread_ts).toBe(threads[2]);

    gated.releaseAll();
    await until(() => gated.waiting() === 1, "the second answer to start");
    gated.releaseAll();
    await h.slack.idle();
    const answered = h.fake.callsTo("chat.update").map((u) => callText(u));
    expect(answered).toHaveLength(2);
    expect(answered[0]).toContain("Article 5B");
    // One placeholder per admitted question and one busy note: nothing doubled, nothing lost.
    const posts = h.fake.callsTo("chat.postMessage").map((c) => c.body.thread_ts);
    expect(posts.sort()).toEqual([...threads].sort());
    expect(gated.engine.calls.map((c) => c.question)).toEqual(["question 0?", "question 1?"]);
  });

  it("tells a /wcit question the bot is busy when the queue is full", async () => {
    const gated = gatedEngine();
    h = await startHarness({
      engine: gated.engine,
      processBeforeResponse: false,
      env: { ANSWER_CONCURRENCY: "1", ANSWER_QUEUE_LIMIT: "0" },
    });
    await h.command(slashCommand({ text: "first?", responseUrl: h.fake.responseUrl("a") }));
    await until(() => gated.waiting() === 1, "the first answer to start");
    await h.command(slashCommand({ text: "second?", responseUrl: h.fake.responseUrl("b") }));
    await until(
      () => h?.fake.callsTo("response_url").some((r) => r.path === "/response/b") ?? false,
      "the busy note",
    );
    const toB = h.fake.callsTo("response_url").filter((r) => r.path === "/response/b");
    expect(toB.map((r) => r.body.text)).toEqual([
      expect.stringMatching(/answering a lot of questions/),
    ]);
    gated.releaseAll();
    await until(
      () =>
        h?.fake.callsTo("response_url").some((r) => callText(r).includes("Article 5B")) ?? false,
      "the answer",
    );
    const toA = h.fake.callsTo("response_url").filter((r) => r.path === "/response/a");
    // The first question: its progress line, then its answer; the second only its busy note.
    expect(toA).toHaveLength(2);
    expect(callText(toA[1])).toContain("Article 5B");
  });
});
