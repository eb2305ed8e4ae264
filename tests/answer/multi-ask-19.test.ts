// Questions asking two things at once (multiask19): each ask's fact is in the answer, a later
// ask's kept with the sentence it continues, and the question is refused where no ask is covered.
import { describe, expect, it } from "vitest";
import { ownAsks } from "../../src/answer/asks.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("the asks of a question", () => {
  it("reads each ask without its joining words, and no remark after the question", () => {
    expect(ownAsks("When did Russia file Document 27, and who drafted it?")).toEqual([
      "When did Russia file Document 27",
      "who drafted it?",
    ]);
    expect(ownAsks("Which regional blocs do we have on file? bullets pls")).toEqual([
      "Which regional blocs do we have on file",
    ]);
    expect(ownAsks("When and where was WCIT-12 held?")).toHaveLength(1);
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-multi-ask-");

  it("answers both asks, each from its own passage", async () => {
    const answer = await starter.answerTo(
      "Did India end up backing a spam article in Dubai, and what was the US case against having one at all?",
    );
    expect(answer.coverage).not.toBe("none");
    // India's stance (regional proposals) and the US objection (the spam note's Benton summary).
    expect(answer.text).toMatch(/backed a spam article|supported a spam provision/);
    expect(answer.text).toMatch(/form of content/);
    expect(new Set(answer.citations.map((c) => c.passageId)).size).toBeGreaterThanOrEqual(2);
  });

  it("states a later ask's fact: the sentence going on from one the answer quotes", async () => {
    const answer = await starter.answerTo(
      "Quick one for the briefing: when did Russia file Document 27, and which countries were listed on the bloc text that leaked a few weeks later?",
    );
    expect(answer.text).toContain("13 November 2012");
    // "Around 7–8 December a bloc text leaked." is followed by what it leans on, not by another
    // passage's sentence.
    expect(answer.text).toMatch(
      /a bloc text leaked\. \[(\d+)\] It was listed as coming from Russia, the UAE, China, Saudi Arabia, Algeria, Sudan and Egypt.*?\[\1\]/,
    );
    const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(new Set(markers)).toEqual(new Set(answer.citations.map((c) => c.n)));
    expect(answer.text.split(/\s+/).filter((w) => !/^\[\d+\]$/.test(w)).length).toBeLessThanOrEqual(
      160,
    );
  });

  it("refuses where no ask is covered", async () => {
    expect(
      await starter.coverageOf(
        "What did the ITU budget committee decide on roaming fees, and who chaired that committee?",
      ),
    ).toBe("none");
  });

  it("states both asks of a question whose asks are both covered", async () => {
    const answer = await starter.answerTo(
      "When did ETNO file its sender-pays contribution, and which regional group shot it down as out of scope?",
    );
    expect(answer.text).toContain("6 June 2012");
    expect(answer.text).toContain("CEPT");
    expect(answer.text).not.toMatch(/The sources don't/);
  });
});
