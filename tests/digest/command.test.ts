import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDigestSubcommand } from "../../src/digest/command.ts";
import type { SubcommandHandler } from "../../src/types.ts";
import { createWorld, type Instance, schedulerFor, testClock, type World } from "./helpers.ts";

let world: World;
let app: Instance;
let clock: ReturnType<typeof testClock>;
let digest: SubcommandHandler;

beforeEach(async () => {
  world = await createWorld();
  app = world.open();
  // Monday 30 November 2026, 07:00 UTC (08:00 in Brussels).
  clock = testClock("2026-11-30T07:00:00Z");
  digest = createDigestSubcommand({
    store: app.store,
    sources: app.sources,
    slack: world.slack,
    config: { defaultTime: "08:30", timeZone: "UTC" },
    log: world.logs.log,
    clock: clock.now,
    instanceId: "cmd",
  });
});
afterEach(async () => {
  await world.dispose();
});

const run = (args: string, channelId = "C1") =>
  digest({ args, teamId: "T1", channelId, userId: "U1" });

describe("/wcit digest subscribing", () => {
  it("`on` subscribes with the configured defaults and says when the next digest comes", async () => {
    const r = await run("on");
    expect(r.responseType).toBe("ephemeral");
    expect(r.text).toContain("every day at 08:30 (UTC)");
    expect(r.text).toContain("Monday 30 November");
    expect(await app.store.get("C1")).toMatchObject({
      time: "08:30",
      timeZone: "UTC",
      cadence: "daily",
      teamId: "T1",
      createdBy: "U1",
      active: true,
    });
  });

  it("`on HH:MM`, `time`, `weekdays`, `daily` and `tz` change the subscription", async () => {
    await run("on 7:05");
    expect((await app.store.get("C1"))?.time).toBe("07:05");
    expect((await run("time 17:45")).text).toContain("at 17:45");
    expect((await run("weekdays")).text).toContain("on weekdays");
    expect((await app.store.get("C1"))?.cadence).toBe("weekdays");
    expect((await run("daily")).text).toContain("every day");
    const tz = await run("tz europe/brussels");
    expect(tz.text).toContain("(Europe/Brussels)");
    expect(await app.store.get("C1")).toMatchObject({
      time: "17:45",
      timeZone: "Europe/Brussels",
      cadence: "daily",
    });
    // Re-running `on` keeps the channel's settings unless a time is given.
    await run("on");
    expect(await app.store.get("C1")).toMatchObject({ time: "17:45", timeZone: "Europe/Brussels" });
  });

  it("`off` stops it, and says so when there was nothing to stop", async () => {
    await run("on");
    expect((await run("off")).text).toContain("no more digests");
    expect((await app.store.get("C1"))?.active).toBe(false);
    expect((await run("off")).text).toContain("no digest to stop");
  });

  it("help and status show the commands and the channel's schedule", async () => {
    expect((await run("")).text).toContain("This channel has no digest.");
    await run("on 09:15");
    const status = await run("status");
    expect(status.text).toContain("every day at 09:15 (UTC)");
    for (const cmd of [
      "on [HH:MM]",
      "off",
      "time HH:MM",
      "weekdays",
      "tz Europe/Brussels",
      "now",
      "preview",
    ]) {
      expect(status.text).toContain(`/wcit digest ${cmd}`);
    }
    expect((await run("help")).text).toContain("/wcit digest preview");
  });
});

describe("/wcit digest bad arguments", () => {
  it.each([
    ["on 25:00", /“25:00” is not a time.*`\/wcit digest on 08:30`/],
    ["on 8.30", /“8.30” is not a time/],
    ["on 08:30 09:30", /takes at most a time/],
    ["on noon", /“noon” is not a time/],
    ["time", /Which time\? For example: `\/wcit digest time 08:30`/],
    ["time 8pm", /“8pm” is not a time.*24-hour/],
    ["time 08:60", /“08:60” is not a time/],
    ["time 08:30 daily", /Give one time/],
    ["tz", /Which time zone\?.*Europe\/Brussels/],
    [
      "tz Mars/Olympus_Mons",
      /“Mars\/Olympus_Mons” is not an IANA time zone name.*`\/wcit digest tz Europe\/Brussels`/,
    ],
    ["tz +02:00", /“\+02:00” is not an IANA time zone name/],
    ["tz CEST", /“CEST” is not an IANA time zone name/],
    ["tz Europe/Brussels Europe/Paris", /Give one zone name/],
    ["off please", /`\/wcit digest off` takes no arguments/],
    ["now now", /`\/wcit digest now` takes no arguments/],
    ["preview all", /`\/wcit digest preview` takes no arguments/],
    ["weekdays 08:30", /`\/wcit digest weekdays` takes no arguments/],
    ["monthly", /I don't know `\/wcit digest monthly`.*`\/wcit digest on 08:30`/s],
    // A name every plain object carries: the subcommand lookup must not find it.
    ["constructor", /I don't know `\/wcit digest constructor`/],
    ["toString", /I don't know `\/wcit digest tostring`/i],
  ])("`%s` gets a clear message with an example", async (args, message) => {
    await run("on");
    const before = await app.store.get("C1");
    const r = await run(args);
    expect(r.responseType).toBe("ephemeral");
    expect(r.text).toMatch(message);
    expect(await app.store.get("C1")).toEqual(before);
  });

  it.each(["time 09:00", "weekdays", "daily", "tz Europe/Brussels"])(
    "`%s` before subscribing says how to subscribe",
    async (args) => {
      const r = await run(args);
      expect(r.text).toContain("/wcit digest on 08:30");
      expect(await app.store.get("C1")).toBeUndefined();
    },
  );
});

describe("/wcit digest now and preview", () => {
  it("`preview` shows the digest to the asker only and records nothing", async () => {
    await run("on");
    const r = await run("preview");
    expect(r.responseType).toBe("ephemeral");
    expect(JSON.stringify(r.blocks)).toContain("In focus: Alpha topic");
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await app.store.postsOf("C1")).toHaveLength(0);
    // The preview does not use up the topic.
    expect(JSON.stringify((await run("preview")).blocks)).toContain("In focus: Alpha topic");
  });

  it("`now` posts in the channel, takes the day, and the scheduler does not post again", async () => {
    await run("on");
    const r = await run("now");
    expect(r.text).toBe("Posted a digest in this channel.");
    const [call] = world.fake.callsTo("chat.postMessage");
    expect(call?.body.channel).toBe("C1");
    expect(JSON.stringify(call?.body.blocks)).toContain("In focus: Alpha topic");
    expect(await app.store.postFor("C1", "2026-11-30")).toMatchObject({
      status: "sent",
      trigger: "command",
      topicId: "alpha",
    });
    const scheduler = schedulerFor(world, app);
    expect(await scheduler.tick(new Date("2026-11-30T08:30:00Z"))).toEqual([]);
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("`now` again the same day posts an extra digest with the next topic", async () => {
    await run("on");
    await run("now");
    clock.advanceMinutes(5);
    expect((await run("now")).text).toBe("Posted a digest in this channel.");
    const calls = world.fake.callsTo("chat.postMessage");
    expect(calls).toHaveLength(2);
    expect(JSON.stringify(calls[1]?.body.blocks)).toContain("In focus: Beta topic");
    const posts = await app.store.postsOf("C1");
    expect(posts.map((p) => [p.extra, p.status])).toEqual([
      [false, "sent"],
      [true, "sent"],
    ]);
  });

  it("`now` in a channel without a digest posts one and suggests subscribing", async () => {
    const r = await run("now", "C9");
    expect(r.text).toContain("/wcit digest on 08:30");
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(await app.store.get("C9")).toBeUndefined();
  });

  it("`now` where the bot is not a member explains and turns the digest off", async () => {
    await run("on");
    world.fake.failNext("chat.postMessage", "not_in_channel");
    const r = await run("now");
    expect(r.text).toContain("not_in_channel");
    expect(r.text).toContain("Invite me");
    expect((await app.store.get("C1"))?.active).toBe(false);
  });

  it("`now` reports a transient failure without unsubscribing", async () => {
    await run("on");
    world.fake.failNext("chat.postMessage", "internal_error");
    const r = await run("now");
    expect(r.text).toContain("could not be posted (internal_error)");
    expect((await app.store.get("C1"))?.active).toBe(true);
  });
});

describe("/wcit digest now after a failed scheduled post", () => {
  it("counts as the day's digest: the scheduler does not retry the failed one", async () => {
    await run("on");
    const scheduler = schedulerFor(world, app);
    world.fake.failNext("chat.postMessage", "internal_error");
    const [failed] = await scheduler.tick(new Date("2026-11-30T08:30:00Z"));
    expect(failed?.status).toBe("failed");
    clock.set("2026-11-30T08:35:00Z");
    expect((await run("now")).text).toBe("Posted a digest in this channel.");
    expect(await scheduler.tick(new Date("2026-11-30T09:30:00Z"))).toEqual([]);
    expect(world.fake.callsTo("chat.postMessage")).toHaveLength(2);
  });
});
