// A sentence is never shown without what it speaks of (issue #12, referent21): "The group also
// floated ideas such as ITU-backed model cybercrime legislation." names its group only as "the
// group", which the paragraph introduced two sentences earlier ("…advised by a High-Level Experts
// Group (HLEG)."). A why answer on CDT's objections to the African data-retention idea ended on
// it, from another paragraph, with no group named anywhere in the answer.
import { describe, expect, it } from "vitest";
import { definiteSubject, namesNoun } from "../../src/answer/sentences.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("a bare definite subject", () => {
  it("is a noun after 'The', straight before its verb or an aside", () => {
    expect(definiteSubject("The group also floated ideas such as a toll.")).toBe("group");
    expect(definiteSubject("The obligation is soft.")).toBe("obligation");
    expect(definiteSubject('The compromise, "pilot agencies", covers pilots.')).toBe("compromise");
    expect(definiteSubject("The field needs agility.")).toBe("field");
  });

  it("is not a noun with more words, one before 'of', nor 'The more…'", () => {
    expect(definiteSubject("The exact count is therefore uncertain.")).toBeUndefined();
    expect(definiteSubject("The blog post is by Emma Llansó.")).toBeUndefined();
    expect(definiteSubject("The issue of cybersecurity illustrates why.")).toBeUndefined();
    expect(definiteSubject("The more data is held, the greater the risk.")).toBeUndefined();
    expect(definiteSubject("The ITU stressed that ports sign later.")).toBeUndefined();
  });

  it("is not an adjective before a plural noun and its auxiliary", () => {
    expect(definiteSubject("The northern proposals were published as Document 4.")).toBeUndefined();
    expect(definiteSubject("The coastal states had objected.")).toBeUndefined();
  });

  it("is named by a sentence giving its noun in a name, but not by a word of place", () => {
    expect(namesNoun("The board was advised by a Pilots Group (PG).", "group")).toBe(true);
    expect(namesNoun("Other ports signed later.", "other")).toBe(false);
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-referent-tail-");

  it("does not end a why answer on a group it never named", async () => {
    const answer = await starter.answerTo(
      "what drove CDT's pushback on the African idea of the ITU harmonising data retention? need the main objections for a memo",
    );
    expect(answer.text).toContain("differ widely");
    if (answer.text.includes("The group also floated")) {
      expect(answer.text).toContain("High-Level Experts Group");
    }
  });

  it("gives the group's own idea after the sentence naming the group", async () => {
    const answer = await starter.answerTo(
      "the HLEG thing from 2007 - how did that expert panel deal with the Budapest Convention, and did it float anything of its own?",
    );
    const named = answer.text.indexOf("High-Level Experts Group");
    const floated = answer.text.indexOf("The group also floated");
    expect(floated).toBeGreaterThan(-1);
    expect(named).toBeGreaterThan(-1);
    expect(named).toBeLessThan(floated);
  });
});

describe("a how-many answer", () => {
  const starter = starterEngine("wcit-count-lead-");

  it("opens with the count asked for, not the paragraph's unrelated lead", async () => {
    const answer = await starter.answerTo(
      "the US delegation size - I've seen a figure quoted somewhere, how many people was it and is it reliable?",
    );
    expect(answer.text.startsWith("One outlet put the US delegation at 123 members.")).toBe(true);
    expect(answer.text).toContain("should not be relied on");
  });

  it("opens with the count of what the ask asking how many is about", async () => {
    const answer = await starter.answerTo(
      "How many times did the first ITR expert group meet, and which resolution started the review in the first place?",
    );
    expect(answer.text.startsWith("An Expert Group on the ITRs met four times")).toBe(true);
  });

  it("is not opened by a count of the thing asked that says nothing of what it is of", async () => {
    const answer = await starter.answerTo(
      "How many countries put their names to the new treaty in Dubai?",
    );
    expect(answer.text.startsWith("In early 2013 Kramer said")).toBe(false);
  });

  it("keeps reading order where the count is asked after another ask", async () => {
    const answer = await starter.answerTo(
      "Which delegation forced the preamble vote that broke consensus, and what was the tally?",
    );
    const vote = answer.text.indexOf("Iran requested a vote");
    const tally = answer.text.indexOf("77 in favour");
    expect(vote).toBeGreaterThanOrEqual(0);
    expect(tally).toBeGreaterThan(vote);
  });
});
