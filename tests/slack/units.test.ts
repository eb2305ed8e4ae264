// Small pure parts of the Slack surface: rate window, thread history, command parsing, guards.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { isAllowed, isIgnoredEvent, whereFrom } from "../../src/slack/guards.ts";
import { questionFromSlackText, threadToTurns } from "../../src/slack/history.ts";
import { parseFeedback } from "../../src/slack/listeners/actions/feedback.ts";
import { parseWcit } from "../../src/slack/listeners/commands/wcit.ts";
import { createRateLimiter } from "../../src/slack/rate-limit.ts";

describe("rate limiter", () => {
  it("allows N questions in any sliding minute and says when to come back", () => {
    let t = Date.parse("2026-11-01T10:00:00Z");
    const limiter = createRateLimiter(2, () => new Date(t));
    expect(limiter.tryAcquire("U1")).toBe(true);
    t += 20_000;
    expect(limiter.tryAcquire("U1")).toBe(true);
    expect(limiter.tryAcquire("U1")).toBe(false);
    expect(limiter.retryAfterSeconds("U1")).toBe(40);
    expect(limiter.tryAcquire("U2")).toBe(true);
    t += 40_001;
    expect(limiter.tryAcquire("U1")).toBe(true);
    expect(limiter.tryAcquire("U1")).toBe(false);
  });
});

describe("thread history", () => {
  const bot = { userId: "UBOT", botId: "BBOT" };
  it("pairs questions with the bot's answers, skipping placeholders, chatter and later messages", () => {
    const turns = threadToTurns(
      [
        { user: "U1", text: "<@UBOT> first?", ts: "1.0" },
        { bot_id: "BBOT", text: ":hourglass_flowing_sand: Looking…", ts: "1.1" },
        { bot_id: "BBOT", text: "First answer [1].", ts: "1.2" },
        { user: "U2", text: "interesting", ts: "1.3" },
        { bot_id: "B0OTHER", text: "another bot", ts: "1.4" },
        { user: "U1", text: "second?", ts: "1.5" },
        { user: "UBOT", text: "Second answer.", ts: "1.6" },
        { user: "U1", text: "now?", ts: "1.7" },
        { bot_id: "BBOT", text: "not yet given", ts: "1.8" },
      ],
      bot,
      "1.7",
    );
    expect(turns).toEqual([
      { question: "first?", answer: "First answer [1]." },
      { question: "second?", answer: "Second answer." },
    ]);
  });

  it("reads a message as its question: no mentions, Slack's markup read as typed", () => {
    // Another person's mention is an ID the corpus cannot know; it goes as the bot's does.
    expect(questionFromSlackText("<@UBOT> ask <@U2> about  5A", "UBOT")).toBe("ask about 5A");
    expect(
      questionFromSlackText("<@UBOT> Morning all :wave: did the US &amp; UK sign?", "UBOT"),
    ).toBe("Morning all did the US & UK sign?");
    expect(
      questionFromSlackText(
        "<!here> what does <https://example.org/itrs.pdf|the final text> say re 5A? :+1::skin-tone-2:",
        "UBOT",
      ),
    ).toBe("what does the final text say re 5A?");
    expect(
      questionFromSlackText("<#C1|wcit> asked: is x &lt; y? <https://example.org>", "UBOT"),
    ).toBe("#wcit asked: is x < y? https://example.org");
    // A time is not an emoji; without the bot's ID, only a leading mention is the bot's.
    expect(questionFromSlackText("<@UX> what happened at 10:30:00 on the 13th?")).toBe(
      "what happened at 10:30:00 on the 13th?",
    );
  });
});

describe("parsing", () => {
  it("splits /wcit text into a subcommand word and the rest", () => {
    expect(parseWcit("  Search  Article 5B ")).toEqual({ word: "search", rest: "Article 5B" });
    expect(parseWcit("")).toEqual({ word: "", rest: "" });
  });

  it("reads votes from native and plain feedback buttons, rejecting junk", () => {
    expect(parseFeedback("answer_feedback", "not_helpful:12")).toEqual({
      vote: "not_helpful",
      questionId: 12,
    });
    expect(parseFeedback("answer_helpful", "3")).toEqual({ vote: "helpful", questionId: 3 });
    expect(parseFeedback("answer_feedback", "helpful:abc")).toBeUndefined();
    expect(parseFeedback("answer_not_helpful", "-1")).toBeUndefined();
  });
});

describe("guards", () => {
  it("ignores bots, the bot itself and non-question subtypes; keeps file shares and broadcasts", () => {
    expect(isIgnoredEvent({ type: "message", user: "U1", text: "hi" }, "UBOT")).toBe(false);
    expect(isIgnoredEvent({ type: "message", user: "U1", subtype: "file_share" }, "UBOT")).toBe(
      false,
    );
    expect(
      isIgnoredEvent({ type: "message", user: "U1", subtype: "thread_broadcast" }, "UBOT"),
    ).toBe(false);
    expect(isIgnoredEvent({ type: "message", user: "UBOT" }, "UBOT")).toBe(true);
    expect(isIgnoredEvent({ type: "message", bot_id: "B1" }, "UBOT")).toBe(true);
    for (const subtype of ["message_changed", "message_deleted", "channel_join", "bot_message"]) {
      expect(isIgnoredEvent({ type: "message", user: "U1", subtype }, "UBOT")).toBe(true);
    }
    expect(isIgnoredEvent({ type: "app_home_opened", user: "U1" }, "UBOT")).toBe(false);
  });

  it("finds team and channel in every payload shape and applies both allow-lists", () => {
    expect(whereFrom({ team_id: "T1", event: { channel: "C1" } })).toEqual({
      teamId: "T1",
      channelId: "C1",
    });
    expect(whereFrom({ team: { id: "T2" }, channel: { id: "C2" } })).toEqual({
      teamId: "T2",
      channelId: "C2",
    });
    expect(whereFrom({ team_id: "T3", channel_id: "C3" })).toEqual({
      teamId: "T3",
      channelId: "C3",
    });
    const config = loadConfig({ ALLOWED_CHANNEL_IDS: "C1", ALLOWED_TEAM_ID: "T1" });
    expect(isAllowed(config, { teamId: "T1", channelId: "C1" })).toBe(true);
    expect(isAllowed(config, { teamId: "T1", channelId: "C9" })).toBe(false);
    expect(isAllowed(config, { teamId: "T1", channelId: "D9" })).toBe(true);
    expect(isAllowed(config, { teamId: "T9", channelId: "C1" })).toBe(false);
    expect(isAllowed(loadConfig({}), { teamId: "T9", channelId: "C9" })).toBe(true);
  });
});
