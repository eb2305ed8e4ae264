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

  it("keeps the misspelt words an answer read as corpus words, and none when there were none", async () => {
    const corrections = [{ from: "securty", to: "security" }];
    const read = await log.recordAnswer(
      { surface: "slash" },
      { ...answer("What is securty?", "full"), corrections },
    );
    expect((await log.get(read))?.corrections).toEqual(corrections);
    const plain = await log.recordAnswer(
      { surface: "slash" },
      answer("What is Article 5A?", "full"),
    );
    expect((await log.get(plain))?.corrections).toBeUndefined();
  });

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
    const where = { surface: "mention" as const, teamId: "TG", channelId: "CGAPS", userId: "U1" };
    await log.noteConversation({ channelId: "CGAPS", teamId: "TG", channelType: "channel" });
    await log.recordAnswer(where, answer("What about 5G auctions?", "none"), at);
    await log.recordAnswer(where, answer("what about 5g auctions", "none"), at);
    await log.recordAnswer(where, answer("Football results?", "none"), at);
    await log.recordAnswer(where, answer("Covered one", "full"), at);
    await log.recordAnswer(where, answer("Old gap", "none"), new Date("2025-01-01"));
    const gaps = await log.gaps(new Date("2026-01-15T00:00:00Z"), 10, {
      kind: "public",
      teamId: "TG",
    });
    expect(gaps.map((g) => [normalizeQuestion(g.question), g.count])).toEqual([
      ["what about 5g auctions", 2],
      ["football results", 1],
    ]);
  });

  it("shows the workspace only questions from its public channels, and each person their own", async () => {
    const at = new Date("2026-04-01T10:00:00Z");
    const since = new Date("2026-03-01T00:00:00Z");
    const none = (q: string) => answer(q, "none");
    await log.noteConversation({ channelId: "CPUB", teamId: "T1", channelType: "channel" });
    await log.noteConversation({ channelId: "CPRIV", teamId: "T1", channelType: "group" });
    await log.noteConversation({ channelId: "GMPIM", teamId: "T1", channelType: "mpim" });
    await log.noteConversation({ channelId: "COTHER", teamId: "T2", channelType: "channel" });
    const alice = { teamId: "T1", userId: "UALICE" };
    const bob = { teamId: "T1", userId: "UBOB" };
    await log.recordAnswer(
      { surface: "mention", channelId: "CPUB", ...bob },
      none("Public Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "mention", channelId: "CPRIV", ...bob },
      none("Private Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "mention", channelId: "GMPIM", ...bob },
      none("Group DM Q?"),
      at,
    );
    await log.recordAnswer({ surface: "dm", channelId: "DBOB", ...bob }, none("Bob DM Q?"), at);
    await log.recordAnswer(
      { surface: "assistant", channelId: "DBOB", ...bob },
      none("Bob panel Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "slash", channelId: "CPUB", ...bob },
      none("Bob slash Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "dm", channelId: "DALICE", ...alice },
      none("Alice DM Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "mention", channelId: "COTHER", teamId: "T2", userId: "UEVE" },
      none("Other team Q?"),
      at,
    );
    // A channel whose kind was never reported, and an old row without a team: private.
    await log.recordAnswer(
      { surface: "mention", channelId: "CUNSEEN", ...bob },
      none("Unseen Q?"),
      at,
    );
    await log.recordAnswer(
      { surface: "mention", channelId: "CPUB", userId: "UBOB" },
      none("No team Q?"),
      at,
    );

    const questions = (gaps: { question: string }[]) => gaps.map((g) => g.question).sort();
    expect(questions(await log.gaps(since, 20, { kind: "public", teamId: "T1" }))).toEqual([
      "Public Q?",
    ]);
    expect(questions(await log.gaps(since, 20, { kind: "public", teamId: "T2" }))).toEqual([
      "Other team Q?",
    ]);
    expect(
      questions(await log.gaps(since, 20, { kind: "own", teamId: "T1", userId: "UBOB" })),
    ).toEqual([
      "Bob DM Q?",
      "Bob panel Q?",
      "Bob slash Q?",
      "Group DM Q?",
      "Private Q?",
      "Unseen Q?",
    ]);
    expect(
      questions(await log.gaps(since, 20, { kind: "own", teamId: "T1", userId: "UALICE" })),
    ).toEqual(["Alice DM Q?"]);
    // Another workspace's person with the same id sees nothing of T1.
    expect(await log.gaps(since, 20, { kind: "own", teamId: "T2", userId: "UBOB" })).toEqual([]);
  });

  it("forgets that a channel was public once Slack reports it private", async () => {
    const at = new Date("2026-05-01T10:00:00Z");
    await log.noteConversation({ channelId: "CFLIP", teamId: "T3", channelType: "channel" });
    await log.recordAnswer(
      { surface: "mention", channelId: "CFLIP", teamId: "T3", userId: "U1" },
      answer("Flipped Q?", "none"),
      at,
    );
    const since = new Date("2026-04-15T00:00:00Z");
    expect(await log.gaps(since, 5, { kind: "public", teamId: "T3" })).toHaveLength(1);
    await log.noteConversation({ channelId: "CFLIP", teamId: "T3", channelType: "group" });
    expect(await log.gaps(since, 5, { kind: "public", teamId: "T3" })).toEqual([]);
    expect(await log.gaps(since, 5, { kind: "own", teamId: "T3", userId: "U1" })).toHaveLength(1);
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
