import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.ts";
import { createQuestionLog } from "../../src/store/questions.ts";
import { normalizeQuestion } from "../../src/text.ts";
import type { Answer } from "../../src/types.ts";

function answer(question: string, coverage: Answer["coverage"]): Answer {
  return {
    question,
    searchQuery: question,
    text: coverage === "none" ? "Not covered." : "Article 5A says so [1].",
    mode: "extractive",
    coverage,
    citations:
      coverage === "none"
        ? []
        : [{ n: 1, passageId: "d:0", documentId: "d", title: "D", url: "https://x", quote: "q" }],
    closestSources: [],
    verification: { kept: 0, dropped: 0 },
    passages: [],
    latencyMs: 12.4,
    usage: { promptTokens: 100, completionTokens: 20, source: "api" },
  };
}

describe("question log", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-q-"));
  const db = openDatabase(path.join(dir, "q.sqlite"));
  const log = createQuestionLog(db);

  it("records answers with tokens, and their Slack location later", async () => {
    const id = await log.recordAnswer(
      { surface: "mention", channelId: "C1", userId: "U1", threadTs: "1.1" },
      answer("What is Article 5A?", "full"),
      new Date("2026-01-01T10:00:00Z"),
    );
    await log.setLocation(id, { messageTs: "1.2", permalink: "https://slack/p" });
    const row = await log.get(id);
    expect(row).toMatchObject({
      surface: "mention",
      channelId: "C1",
      threadTs: "1.1",
      messageTs: "1.2",
      permalink: "https://slack/p",
      coverage: "full",
      promptTokens: 100,
      completionTokens: 20,
      latencyMs: 12,
    });
    expect(row?.citations[0]?.documentId).toBe("d");
  });

  it("groups recent gaps by normalized text, most frequent first", async () => {
    const at = new Date("2026-02-01T10:00:00Z");
    await log.recordAnswer({ surface: "cli" }, answer("What about 5G auctions?", "none"), at);
    await log.recordAnswer({ surface: "cli" }, answer("what about 5g auctions", "none"), at);
    await log.recordAnswer({ surface: "cli" }, answer("Football results?", "none"), at);
    await log.recordAnswer({ surface: "cli" }, answer("Covered one", "full"), at);
    await log.recordAnswer({ surface: "cli" }, answer("Old gap", "none"), new Date("2025-01-01"));
    const gaps = await log.gaps(new Date("2026-01-15T00:00:00Z"), 10);
    expect(gaps.map((g) => [normalizeQuestion(g.question), g.count])).toEqual([
      ["what about 5g auctions", 2],
      ["football results", 1],
    ]);
  });

  it("lists a channel's questions since a time, and records failures", async () => {
    await log.recordFailure(
      { surface: "slash", channelId: "C9" },
      "Why?",
      "engine down",
      new Date("2026-03-01"),
    );
    const rows = await log.inChannelSince("C9", new Date("2026-02-28"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ question: "Why?", error: "engine down" });
    expect(await log.inChannelSince("C9", new Date("2026-03-02"))).toEqual([]);
  });
});
