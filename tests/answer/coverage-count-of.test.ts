// A count followed by "of" and a determiner names what it counts ("35,000 of its members"), so
// it is no bare count that may stand for the thing asked (issue #12, nearmiss20): "How many pages
// long was the draft?" is not answered by a petition "signed by more than 35,000 of its members".
import { describe, expect, it } from "vitest";
import { countsThing } from "../../src/answer/evidence.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("countsThing with 'N of the/its X'", () => {
  const isPage = (word: string) => /^pages?\b/i.test(word);
  const isMember = (word: string) => /^members?\b/i.test(word);

  it.each([
    ["A petition was signed by more than 35,000 of its members.", isPage, false],
    ["A petition was signed by more than 35,000 of its members.", isMember, true],
    ["The draft ran to 120 of the secretariat's pages.", isPage, true],
    ["It passed 77 to 33, with 48 of them abstaining.", isPage, true],
  ])("%s", (sentence, isThing, counts) => {
    expect(countsThing(sentence, isThing)).toBe(counts);
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-count-of-");

  it("refuses the draft's page count, which no source gives (out-297)", async () => {
    const answer = await starter.engine.answer(
      "How many pages long was the draft rulebook the Council put out in July 2012?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("still answers how many of its members signed Access's petition (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "How many of its members signed Access's petition on the July 2012 Council decision?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("35,000");
  });
});
