import { describe, expect, it } from "vitest";
import {
  DigestTopicsError,
  loadDigestTopics,
  loadDigestTopicsIfPresent,
  nextTopic,
  parseDigestTopics,
} from "../../src/digest/topics.ts";
import { STARTER_FIXTURE } from "../support/corpus-builder.ts";

describe("digest topics", () => {
  it("loads the fixture corpus's list: about ten topics with unique ids", () => {
    const topics = loadDigestTopics(STARTER_FIXTURE);
    expect(topics.length).toBeGreaterThanOrEqual(8);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });

  it("names the problems of a malformed list", () => {
    expect(() => parseDigestTopics({ topics: [] })).toThrow(/at least one topic/);
    expect(() =>
      parseDigestTopics({
        topics: [
          { id: "a", title: "Title A", question: "What is the first question?" },
          { id: "a", title: "Title B", question: "What is the second question?" },
        ],
      }),
    ).toThrow(/unique/);
    expect(() =>
      parseDigestTopics({ topics: [{ id: "Bad Id", title: "x", question: "?" }] }),
    ).toThrow(DigestTopicsError);
    expect(() =>
      parseDigestTopics({
        topics: [
          {
            id: "a",
            title: "Title A",
            question: "What is the first question?",
            followUps: [
              "one more question?",
              "two more question?",
              "three more question?",
              "four more?!?",
            ],
          },
        ],
      }),
    ).toThrow(/topics\.0\.followUps/);
    expect(() => loadDigestTopics("/nonexistent-folder")).toThrow(/Cannot read digest topics/);
  });

  it("shows every topic once, in order, before any repeats", () => {
    const topics = ["a", "b", "c"].map((id) => ({ id, title: id, question: `${id}?` }));
    expect(nextTopic(topics, [])?.id).toBe("a");
    expect(nextTopic(topics, ["a"])?.id).toBe("b");
    expect(nextTopic(topics, ["a", "c"])?.id).toBe("b");
    expect(nextTopic(topics, ["a", "b", "c"])?.id).toBe("a");
    expect(nextTopic(topics, ["gone", "a", "b", "c"])?.id).toBe("a");
    expect(nextTopic([], [])).toBeUndefined();
  });
});

describe("a corpus without a topic list", () => {
  it("has no topics rather than failing", () => {
    expect(loadDigestTopicsIfPresent("/nonexistent-folder")).toEqual([]);
    expect(loadDigestTopicsIfPresent(STARTER_FIXTURE).length).toBeGreaterThan(0);
  });
});
