import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DeliveryOutcome } from "../../src/digest/deliver.ts";
import type { DigestScheduler } from "../../src/digest/schedule.ts";
import { createWorld, type Instance, minutes, schedulerFor, type World } from "./helpers.ts";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.dispose();
});

function scheduler(instance: Instance, instanceId = "test-a"): DigestScheduler {
  return schedulerFor(world, instance, { instanceId });
}

/** Ticks once a minute over [from, to) and returns when each digest was sent. */
async function runClock(s: DigestScheduler, from: string, to: string, step = 1) {
  const sent: { at: string; outcome: DeliveryOutcome }[] = [];
  for (const now of minutes(from, to, step)) {
    for (const outcome of await s.tick(now)) {
      if (outcome.status === "sent") sent.push({ at: now.toISOString(), outcome });
    }
  }
  return sent;
}

const subscribe = (
  instance: Instance,
  channelId: string,
  opts: { time?: string; timeZone?: string; cadence?: "daily" | "weekdays"; at?: string } = {},
) =>
  instance.store.subscribe(
    {
      channelId,
      teamId: "T1",
      time: opts.time ?? "08:30",
      timeZone: opts.timeZone ?? "Europe/Brussels",
      cadence: opts.cadence ?? "daily",
      createdBy: "U1",
    },
    new Date(opts.at ?? "2026-01-01T00:00:00Z"),
  );

describe("posting at the right local time", () => {
  it("posts once a day at 08:30 Brussels time, before and after the March clock change", async () => {
    const app = world.open();
    await subscribe(app, "C1");
    // 2026-03-29 is the last Sunday of March: Brussels moves from UTC+1 to UTC+2.
    const sent = await runClock(scheduler(app), "2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z", 5);
    expect(sent.map((s) => s.at)).toEqual([
      "2026-03-27T07:30:00.000Z",
      "2026-03-28T07:30:00.000Z",
      "2026-03-29T06:30:00.000Z",
      "2026-03-30T06:30:00.000Z",
    ]);
    const posts = world.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(4);
    expect(posts.every((c) => c.body.channel === "C1")).toBe(true);
  });

  it("posts at 08:30 local across the October change, and a 02:30 digest once on the doubled hour", async () => {
    const app = world.open();
    await subscribe(app, "C1");
    await subscribe(app, "C2", { time: "02:30" });
    // 2026-10-25: Brussels falls back from UTC+2 to UTC+1; 02:00–03:00 local happens twice.
    const sent = await runClock(scheduler(app), "2026-10-24T00:00:00Z", "2026-10-27T00:00:00Z", 5);
    const at = (ch: string) => sent.filter((s) => s.outcome.channelId === ch).map((s) => s.at);
    expect(at("C1")).toEqual([
      "2026-10-24T06:30:00.000Z",
      "2026-10-25T07:30:00.000Z",
      "2026-10-26T07:30:00.000Z",
    ]);
    expect(at("C2")).toEqual([
      "2026-10-24T00:30:00.000Z",
      // the first 02:30 (CEST); the second, an hour later, finds the day claimed
      "2026-10-25T00:30:00.000Z",
      "2026-10-26T01:30:00.000Z",
    ]);
  });

  it("posts a 02:30 digest at 03:00 on the night 02:30 does not exist", async () => {
    const app = world.open();
    await subscribe(app, "C1", { time: "02:30" });
    const sent = await runClock(scheduler(app), "2026-03-28T23:30:00Z", "2026-03-29T06:00:00Z");
    expect(sent.map((s) => s.at)).toEqual(["2026-03-29T01:00:00.000Z"]);
  });

  it("respects each channel's own zone", async () => {
    const app = world.open();
    const at = "2026-11-30T00:00:00Z";
    await subscribe(app, "CTOKYO", { timeZone: "Asia/Tokyo", at });
    await subscribe(app, "CNY", { timeZone: "America/New_York", at });
    const sent = await runClock(scheduler(app), "2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z", 10);
    expect(sent.map((s) => [s.outcome.channelId, s.at])).toEqual([
      ["CNY", "2026-11-30T13:30:00.000Z"],
      ["CTOKYO", "2026-11-30T23:30:00.000Z"],
    ]);
  });

  it("posts on weekdays only with the weekdays cadence", async () => {
    const app = world.open();
    await subscribe(app, "C1", { cadence: "weekdays", timeZone: "UTC" });
    // Thursday 26 November to Thursday 3 December 2026, ticking every 10 minutes.
    const sent = await runClock(scheduler(app), "2026-11-26T00:00:00Z", "2026-12-04T00:00:00Z", 10);
    expect(sent.map((s) => s.outcome.localDate)).toEqual([
      "2026-11-26",
      "2026-11-27",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
    ]);
  });

  it("does not treat a time that passed before subscribing as missed", async () => {
    const app = world.open();
    await subscribe(app, "C1", { timeZone: "UTC", at: "2026-11-30T10:00:00Z" });
    const sent = await runClock(scheduler(app), "2026-11-30T10:00:00Z", "2026-12-01T09:00:00Z", 5);
    expect(sent.map((s) => s.at)).toEqual(["2026-12-01T08:30:00.000Z"]);
  });
});

describe("exactly once a day", () => {
  it("does not post twice across a simulated restart", async () => {
    const first = world.open();
    await subscribe(first, "C1", { timeZone: "UTC" });
    const before = await runClock(scheduler(first), "2026-11-30T08:00:00Z", "2026-11-30T09:00:00Z");
    expect(before).toHaveLength(1);
    first.close();

    const second = world.open();
    const after = await runClock(
      scheduler(second, "test-b"),
      "2026-11-30T09:00:00Z",
      "2026-12-01T09:00:00Z",
      5,
    );
    expect(after.map((s) => s.outcome.localDate)).toEqual(["2026-12-01"]);
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(2);
  });

  it("two instances on one database post each channel's digest once", async () => {
    const a = world.open();
    const b = world.open();
    for (const ch of ["C1", "C2", "C3"]) await subscribe(a, ch, { timeZone: "UTC" });
    const sa = scheduler(a, "instance-a");
    const sb = scheduler(b, "instance-b");
    for (const now of minutes("2026-11-30T08:25:00Z", "2026-11-30T08:40:00Z")) {
      await Promise.all([sa.tick(now), sb.tick(now)]);
    }
    const posts = world.fake.callsTo("chat.postMessage");
    expect(posts.map((c) => c.body.channel).sort()).toEqual(["C1", "C2", "C3"]);
    const claimedBy = new Set<string>();
    for (const ch of ["C1", "C2", "C3"]) {
      const rows = await a.store.postsOf(ch);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.status).toBe("sent");
      if (rows[0]?.claimedBy) claimedBy.add(rows[0].claimedBy);
    }
    expect(claimedBy.size).toBeGreaterThanOrEqual(1);
  });

  it("re-sends a claim left pending by a crash only once it is stale, and only once", async () => {
    const app = world.open();
    await subscribe(app, "C1", { timeZone: "UTC" });
    // A previous process claimed today's digest at 08:30 and died before sending it.
    const claim = await app.store.claimDay(
      { channelId: "C1", localDate: "2026-11-30", trigger: "schedule", claimedBy: "crashed" },
      new Date("2026-11-30T08:30:00Z"),
    );
    expect(claim.claimed).toBe(true);
    const sent = await runClock(scheduler(app), "2026-11-30T08:31:00Z", "2026-11-30T09:30:00Z");
    expect(sent.map((s) => s.at)).toEqual(["2026-11-30T08:45:00.000Z"]);
    const [post] = await app.store.postsOf("C1");
    expect(post).toMatchObject({ status: "sent", attempts: 2, claimedBy: "test-a" });
    expect(
      world.logs.lines().some((l) => String(l.msg).includes("claimed but never recorded as sent")),
    ).toBe(true);
  });

  it("never re-sends a stale pending claim on a later day", async () => {
    const app = world.open();
    await subscribe(app, "C1", { timeZone: "UTC" });
    await app.store.claimDay(
      { channelId: "C1", localDate: "2026-11-30", trigger: "schedule", claimedBy: "crashed" },
      new Date("2026-11-30T08:30:00Z"),
    );
    // The app comes back the next morning.
    const sent = await runClock(scheduler(app), "2026-12-01T07:00:00Z", "2026-12-01T10:00:00Z", 5);
    expect(sent.map((s) => s.outcome.localDate)).toEqual(["2026-12-01"]);
    expect((await app.store.postFor("C1", "2026-11-30"))?.status).toBe("pending");
  });

  it("retries a transient failure later the same day, up to three attempts", async () => {
    const app = world.open();
    await subscribe(app, "C1", { timeZone: "UTC" });
    world.fake.failNext("chat.postMessage", "internal_error");
    world.fake.failNext("chat.postMessage", "internal_error");
    world.fake.failNext("chat.postMessage", "internal_error");
    const outcomes: DeliveryOutcome[] = [];
    const s = scheduler(app);
    for (const now of minutes("2026-11-30T08:30:00Z", "2026-11-30T12:00:00Z")) {
      outcomes.push(...(await s.tick(now)));
    }
    expect(outcomes.map((o) => o.status)).toEqual(["failed", "failed", "failed"]);
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(3);
    expect((await app.store.get("C1"))?.active).toBe(true);
  });
});

describe("catch-up after downtime", () => {
  it("posts a digest missed earlier the same local day once, and skips a day that passed", async () => {
    const app = world.open();
    await subscribe(app, "C1");
    const s = scheduler(app);
    // Down from before 08:30 Monday until 14:00 Brussels time: caught up once.
    let sent = await runClock(s, "2026-11-30T13:00:00Z", "2026-11-30T14:00:00Z");
    expect(sent.map((x) => x.at)).toEqual(["2026-11-30T13:00:00.000Z"]);
    // Down all of Tuesday; back on Wednesday at 07:00 local: Tuesday's is skipped.
    sent = await runClock(s, "2026-12-02T06:00:00Z", "2026-12-02T09:00:00Z");
    expect(sent.map((x) => x.at)).toEqual(["2026-12-02T07:30:00.000Z"]);
    const dates = (await app.store.postsOf("C1")).map((p) => p.localDate);
    expect(dates).toEqual(["2026-11-30", "2026-12-02"]);
  });

  it("start() ticks at once, so a restart catches up without waiting for the minute", async () => {
    const app = world.open();
    await subscribe(app, "C1", { timeZone: "UTC" });
    const s = schedulerFor(world, app, { clock: () => new Date("2026-11-30T15:00:00Z") });
    s.start();
    await world.fake.waitFor("chat.postMessage", 1);
    await s.stop();
    expect((await app.store.postFor("C1", "2026-11-30"))?.status).toBe("sent");
  });
});

describe("a channel the bot cannot post in", () => {
  it.each(["channel_not_found", "not_in_channel", "is_archived"])(
    "unsubscribes on %s with a log line and stops trying",
    async (error) => {
      const app = world.open();
      await subscribe(app, "C1", { timeZone: "UTC" });
      await subscribe(app, "C2", { timeZone: "UTC" });
      world.fake.failNext("chat.postMessage", error);
      const outcomes = await scheduler(app).tick(new Date("2026-11-30T08:30:00Z"));
      expect(outcomes.map((o) => [o.channelId, o.status])).toEqual([
        ["C1", "unsubscribed"],
        ["C2", "sent"],
      ]);
      expect((await app.store.get("C1"))?.active).toBe(false);
      expect((await app.store.get("C1"))?.deactivatedReason).toContain(error);
      const line = world.logs.lines().find((l) => l.channel === "C1" && l.level === 40);
      expect(line?.error).toBe(error);
      world.fake.reset();
      await runClock(scheduler(app), "2026-11-30T08:31:00Z", "2026-12-01T09:00:00Z", 15);
      expect(world.fake.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual(["C2"]);
    },
  );
});
