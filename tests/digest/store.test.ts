import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { advanceRound, createDigestStore, type DigestStore } from "../../src/store/digest.ts";

let dir: string;
let dbs: Db[];
const at = (iso: string) => new Date(iso);

function open(): { db: Db; store: DigestStore } {
  const db = openDatabase(path.join(dir, "digest.sqlite"));
  dbs.push(db);
  return { db, store: createDigestStore(db) };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-digest-store-"));
  dbs = [];
});
afterEach(() => {
  for (const db of dbs) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sub = { channelId: "C1", teamId: "T1", time: "08:30", timeZone: "UTC", createdBy: "U1" };

describe("subscriptions", () => {
  it("subscribes, updates, lists by team and unsubscribes", async () => {
    const { store } = open();
    const s = await store.subscribe(sub, at("2026-11-30T10:00:00Z"));
    expect(s).toMatchObject({ channelId: "C1", cadence: "daily", active: true, topicsShown: [] });
    await store.subscribe({ ...sub, channelId: "C2", teamId: "T2" }, at("2026-11-30T10:00:00Z"));
    expect((await store.listByTeam("T1")).map((x) => x.channelId)).toEqual(["C1"]);
    const changed = await store.update("C1", { time: "09:00", cadence: "weekdays" }, new Date());
    expect(changed).toMatchObject({ time: "09:00", cadence: "weekdays", timeZone: "UTC" });
    expect(await store.unsubscribe("C1", "off by U1", new Date())).toBe(true);
    expect(await store.unsubscribe("C1", "again", new Date())).toBe(false);
    expect(await store.update("C1", { time: "10:00" }, new Date())).toBeUndefined();
    expect((await store.get("C1"))?.deactivatedReason).toBe("off by U1");
    expect((await store.listActive()).map((x) => x.channelId)).toEqual(["C2"]);
  });

  it("keeps activeSince while active and resets it on re-subscribing", async () => {
    const { store } = open();
    await store.subscribe(sub, at("2026-11-30T10:00:00Z"));
    const again = await store.subscribe({ ...sub, time: "07:00" }, at("2026-11-30T11:00:00Z"));
    expect(again.activeSince).toBe("2026-11-30T10:00:00.000Z");
    await store.unsubscribe("C1", "off", at("2026-11-30T12:00:00Z"));
    const back = await store.subscribe(sub, at("2026-11-30T13:00:00Z"));
    expect(back.activeSince).toBe("2026-11-30T13:00:00.000Z");
  });
});

describe("posts", () => {
  it("lets exactly one of two connections claim a channel's day", async () => {
    const a = open().store;
    const b = open().store;
    const input = { channelId: "C1", localDate: "2026-11-30", trigger: "schedule" as const };
    const [ra, rb] = await Promise.all([
      a.claimDay({ ...input, claimedBy: "a" }, new Date()),
      b.claimDay({ ...input, claimedBy: "b" }, new Date()),
    ]);
    expect([ra.claimed, rb.claimed].filter(Boolean)).toHaveLength(1);
    const next = await a.claimDay(
      { ...input, localDate: "2026-12-01", claimedBy: "a" },
      new Date(),
    );
    expect(next.claimed).toBe(true);
    expect(await b.postsOf("C1")).toHaveLength(2);
  });

  it("records extras beside the day's claim", async () => {
    const { store } = open();
    const input = {
      channelId: "C1",
      localDate: "2026-11-30",
      trigger: "command" as const,
      claimedBy: "x",
    };
    await store.claimDay(input, new Date());
    const extra = await store.recordExtra(input, new Date());
    expect(extra).toMatchObject({ extra: true, status: "pending" });
    expect((await store.postFor("C1", "2026-11-30"))?.extra).toBe(false);
  });

  it("reclaims a stale post once: the compare-and-set lets one taker win", async () => {
    const a = open().store;
    const b = open().store;
    const claim = await a.claimDay(
      { channelId: "C1", localDate: "2026-11-30", trigger: "schedule", claimedBy: "a" },
      new Date(),
    );
    if (!claim.claimed) throw new Error("expected a claim");
    const first = await a.reclaim(claim.post, "a", new Date());
    const second = await b.reclaim(claim.post, "b", new Date());
    expect(first?.attempts).toBe(2);
    expect(second).toBeUndefined();
    await a.markSent(claim.post.id, { messageTs: "1.1" }, new Date());
    const sent = await b.postFor("C1", "2026-11-30");
    expect(sent?.status).toBe("sent");
    if (sent) expect(await b.reclaim(sent, "b", new Date())).toBeUndefined();
  });

  it("marks sent with the topic and rotates the round", async () => {
    const { store } = open();
    await store.subscribe(sub, new Date());
    const send = async (date: string, topicId: string) => {
      const c = await store.claimDay(
        { channelId: "C1", localDate: date, trigger: "schedule", claimedBy: "a" },
        new Date(`${date}T08:30:00Z`),
      );
      if (!c.claimed) throw new Error("expected a claim");
      await store.markSent(
        c.post.id,
        { messageTs: `${date}.1`, topicId },
        new Date(`${date}T08:31:00Z`),
      );
    };
    await send("2026-11-30", "a");
    await send("2026-12-01", "b");
    expect((await store.get("C1"))?.topicsShown).toEqual(["a", "b"]);
    await send("2026-12-02", "a");
    expect((await store.get("C1"))?.topicsShown).toEqual(["a"]);
    expect((await store.lastSent("C1"))?.localDate).toBe("2026-12-02");
    const failed = await store.claimDay(
      { channelId: "C1", localDate: "2026-12-03", trigger: "schedule", claimedBy: "a" },
      new Date(),
    );
    if (!failed.claimed) throw new Error("expected a claim");
    await store.markFailed(failed.post.id, "boom", new Date());
    expect((await store.postFor("C1", "2026-12-03"))?.status).toBe("failed");
    expect((await store.lastSent("C1"))?.localDate).toBe("2026-12-02");
  });

  it("advanceRound starts a new round on a repeat", () => {
    expect(advanceRound([], "a")).toEqual(["a"]);
    expect(advanceRound(["a", "b"], "c")).toEqual(["a", "b", "c"]);
    expect(advanceRound(["a", "b"], "a")).toEqual(["a"]);
  });
});
