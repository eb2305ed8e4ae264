// The Slack-owned stores (feedback votes, processed deliveries, bot threads) on a real SQLite file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createFeedbackStore } from "../../src/store/feedback.ts";
import { createQuestionLog } from "../../src/store/questions.ts";
import { createSlackEventStore } from "../../src/store/slack-events.ts";
import { makeAnswer } from "./answer-fixtures.ts";

let dir: string;
let db: Db;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-slack-store-"));
  db = openDatabase(path.join(dir, "db.sqlite"));
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("feedback store", () => {
  it("keeps one vote per user per answer; the same click changes nothing, another switches it", async () => {
    const questions = createQuestionLog(db);
    const q1 = await questions.recordAnswer({ surface: "mention" }, makeAnswer());
    const q2 = await questions.recordAnswer({ surface: "mention" }, makeAnswer());
    const feedback = createFeedbackStore(db);
    expect(await feedback.vote(q1, "U1", "helpful")).toBe("recorded");
    expect(await feedback.vote(q1, "U1", "helpful")).toBe("unchanged");
    expect(await feedback.vote(q1, "U2", "helpful")).toBe("recorded");
    expect(await feedback.counts(q1)).toEqual({ helpful: 2, notHelpful: 0 });
    expect(await feedback.vote(q1, "U1", "not_helpful")).toBe("changed");
    expect(await feedback.counts(q1)).toEqual({ helpful: 1, notHelpful: 1 });
    await feedback.setReason(q1, "U1", "  Cites the wrong article  ");
    expect(await feedback.get(q1, "U1")).toEqual({
      vote: "not_helpful",
      reason: "Cites the wrong article",
    });
    await feedback.vote(q2, "U3", "not_helpful");
    const many = await feedback.countsFor([q1, q2, 999]);
    expect(many.get(q2)).toEqual({ helpful: 0, notHelpful: 1 });
    expect(many.has(999)).toBe(false);
  });
});

describe("slack event store", () => {
  it("claims a key once within its time-to-live and again after it expires", async () => {
    const store = createSlackEventStore(db, { ttlHours: 1 });
    const t0 = new Date("2026-11-01T10:00:00Z");
    expect(await store.claim("event:Ev1", t0)).toBe(true);
    expect(await store.claim("event:Ev1", new Date(t0.getTime() + 59 * 60_000))).toBe(false);
    expect(await store.claim("event:Ev1", new Date(t0.getTime() + 61 * 60_000))).toBe(true);
    expect(await store.prune(new Date(t0.getTime() + 3 * 3_600_000))).toBe(1);
  });

  it("remembers claims across a reopened database (a restart)", async () => {
    await createSlackEventStore(db, { ttlHours: 24 }).claim("event:Ev2");
    db.close();
    db = openDatabase(path.join(dir, "db.sqlite"));
    expect(await createSlackEventStore(db, { ttlHours: 24 }).claim("event:Ev2")).toBe(false);
  });

  it("remembers the threads the bot answers in", async () => {
    const store = createSlackEventStore(db, { ttlHours: 24 });
    await store.markThread("C1", "1.1");
    await store.markThread("C1", "1.1");
    expect(await store.isBotThread("C1", "1.1")).toBe(true);
    expect(await store.isBotThread("C1", "2.2")).toBe(false);
  });
});
