// Exactly once in practice: a digest Slack accepted is never posted again, whether the process
// died before saving its ts, the response was lost on the way back, or `/wcit digest now` raced
// the scheduler. The fake Slack keeps posted messages with their metadata and answers
// conversations.history from them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDigestSubcommand } from "../../src/digest/command.ts";
import { DIGEST_EVENT_TYPE } from "../../src/digest/deliver.ts";
import type { DigestStore } from "../../src/store/digest.ts";
import { createWorld, type Instance, minutes, schedulerFor, type World } from "./helpers.ts";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.dispose();
});

const DAY = "2026-11-30";
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00Z`);

async function subscribe(app: Instance) {
  await app.store.subscribe(
    { channelId: "C1", teamId: "T1", time: "08:30", timeZone: "UTC", createdBy: "U1" },
    new Date("2026-11-01T00:00:00Z"),
  );
}

/** The store of a process that dies right after Slack answers: nothing after the post is saved. */
function diesAfterPosting(store: DigestStore): DigestStore {
  const died = async () => {
    throw new Error("the process died here");
  };
  return { ...store, markSent: died, markFailed: died };
}

const posts = () => world.fake.callsTo("chat.postMessage");

/** Ticks `instance`'s scheduler every minute over [from, to) and returns every outcome. */
async function runMinutes(instance: Instance, from: string, to: string, instanceId = "b") {
  const scheduler = schedulerFor(world, instance, { instanceId });
  const outcomes = [];
  for (const now of minutes(`${DAY}T${from}:00Z`, `${DAY}T${to}:00Z`)) {
    outcomes.push(...(await scheduler.tick(now)));
  }
  return outcomes;
}

describe("every digest carries its marker", () => {
  it("in its message metadata: channel, local date and claim id", async () => {
    const app = world.open();
    await subscribe(app);
    const [outcome] = await schedulerFor(world, app).tick(at("08:30"));
    expect(outcome?.status).toBe("sent");
    const [post] = await app.store.postsOf("C1");
    expect(posts()[0]?.body.metadata).toEqual({
      event_type: DIGEST_EVENT_TYPE,
      event_payload: { channel: "C1", local_date: DAY, claim_id: post?.id, topic_id: "alpha" },
    });
  });
});

describe("a crash between Slack accepting the digest and saving its ts", () => {
  it("does not post it again after a restart: the retry finds it by its marker", async () => {
    const first = world.open();
    await subscribe(first);
    const crashing = { ...first, store: diesAfterPosting(first.store) };
    await schedulerFor(world, crashing, { instanceId: "a" }).tick(at("08:30"));
    expect(posts()).toHaveLength(1);
    expect((await first.store.postFor("C1", DAY))?.status).toBe("pending");
    const postedTs = world.fake.messagesIn("C1")[0]?.ts;

    // The app comes back and keeps ticking; the claim goes stale after 15 minutes.
    const restarted = world.open();
    const outcomes = await runMinutes(restarted, "08:31", "10:00");
    expect(outcomes.map((o) => o.status)).toEqual(["found-posted"]);
    expect(posts()).toHaveLength(1);
    expect(await restarted.store.postFor("C1", DAY)).toMatchObject({
      status: "sent",
      messageTs: postedTs,
      topicId: "alpha",
    });
    // The topic counts as shown: the next day's digest moves on.
    expect((await restarted.store.get("C1"))?.topicsShown).toEqual(["alpha"]);
    const [history] = world.fake.callsTo("conversations.history");
    // Form-encoded, as the WebClient sends it.
    expect(history?.body).toMatchObject({ channel: "C1", include_all_metadata: "true" });
    // The search starts before the claim was made (minus clock skew), not at the epoch.
    expect(Number(history?.body.oldest)).toBeGreaterThan(at("08:00").getTime() / 1000);
    expect(Number(history?.body.oldest)).toBeLessThanOrEqual(at("08:30").getTime() / 1000);
  });

  it("does not post it again when Slack's answer was lost on the way back", async () => {
    const app = world.open();
    await subscribe(app);
    world.fake.loseNextResponse("chat.postMessage");
    const outcomes = await runMinutes(app, "08:30", "10:00", "a");
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "found-posted"]);
    expect(posts()).toHaveLength(1);
    expect(world.fake.messagesIn("C1")).toHaveLength(1);
    expect((await app.store.postFor("C1", DAY))?.status).toBe("sent");
  });

  it("posts it when the earlier attempt never reached Slack", async () => {
    const app = world.open();
    await subscribe(app);
    // Another digest of ours in the window (yesterday's claim, another channel's) is not it.
    world.fake.addMessage("C1", {
      text: "someone else's digest",
      bot_id: "BBOT",
      metadata: {
        event_type: DIGEST_EVENT_TYPE,
        event_payload: { channel: "C1", local_date: "2026-11-29", claim_id: 1 },
      },
    });
    world.fake.addMessage("C1", { text: "a person talking", user: "U2" });
    await app.store.claimDay(
      { channelId: "C1", localDate: DAY, trigger: "schedule", claimedBy: "crashed" },
      at("08:30"),
    );
    const outcomes = await runMinutes(app, "08:31", "10:00");
    expect(outcomes.map((o) => o.status)).toEqual(["sent"]);
    expect(posts()).toHaveLength(1);
  });

  it("posts nothing while the channel's history cannot be read, and gives up rather than risk a double", async () => {
    const app = world.open();
    await subscribe(app);
    await app.store.claimDay(
      { channelId: "C1", localDate: DAY, trigger: "schedule", claimedBy: "crashed" },
      at("08:30"),
    );
    for (let i = 0; i < 2; i++) world.fake.failNext("conversations.history", "missing_scope");
    const outcomes = await runMinutes(app, "08:31", "12:00");
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "failed"]);
    expect(posts()).toHaveLength(0);
    expect(await app.store.postFor("C1", DAY)).toMatchObject({
      status: "failed",
      attempts: 3,
      error: "could not check the channel for an earlier post (missing_scope)",
    });
  });
});

describe("/wcit digest now racing the scheduled digest", () => {
  const subcommand = (app: Instance, now: Date, instanceId = "cmd") =>
    createDigestSubcommand({
      store: app.store,
      sources: app.sources,
      slack: world.slack,
      config: { defaultTime: "08:30", timeZone: "UTC" },
      log: world.logs.log,
      clock: () => now,
      instanceId,
    });
  const now = (app: Instance, when: Date) =>
    subcommand(app, when)({ args: "now", teamId: "T1", channelId: "C1", userId: "U1" });

  it("posts once when both start at the same moment", async () => {
    const app = world.open();
    await subscribe(app);
    const [ticked, replied] = await Promise.all([
      schedulerFor(world, app, { instanceId: "sched" }).tick(at("08:30")),
      now(app, at("08:30")),
    ]);
    expect(posts()).toHaveLength(1);
    const sent = ticked.filter((o) => o.status === "sent").length;
    expect(replied.text).toBe(
      sent === 1
        ? "A digest is being posted in this channel right now."
        : "Posted a digest in this channel.",
    );
    expect(await app.store.postsOf("C1")).toHaveLength(1);
  });

  it("does not post while the scheduler's claim is in flight (another instance)", async () => {
    const scheduler = world.open();
    await subscribe(scheduler);
    await scheduler.store.claimDay(
      { channelId: "C1", localDate: DAY, trigger: "schedule", claimedBy: "instance-a" },
      at("08:30"),
    );
    const other = world.open();
    const r = await now(other, at("08:31"));
    expect(r.text).toBe("A digest is being posted in this channel right now.");
    expect(posts()).toHaveLength(0);
  });

  it("after a crash, finds the day's digest already posted instead of posting it again", async () => {
    const first = world.open();
    await subscribe(first);
    await schedulerFor(world, { ...first, store: diesAfterPosting(first.store) }).tick(at("08:30"));
    const r = await now(world.open(), at("09:00"));
    expect(r.text).toBe("Today's digest is already in this channel.");
    expect(posts()).toHaveLength(1);
  });

  it("the scheduler does not post after `now` took the day", async () => {
    const app = world.open();
    await subscribe(app);
    expect((await now(app, at("08:00"))).text).toBe("Posted a digest in this channel.");
    expect(await runMinutes(app, "08:00", "10:00")).toEqual([]);
    expect(posts()).toHaveLength(1);
  });
});
