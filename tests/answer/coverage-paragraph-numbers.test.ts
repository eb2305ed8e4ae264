// An article's paragraph number ("5A.4", "8A.2") names a paragraph, not a count (issue #12,
// coverage22): read as "5A" and the count 4, "UNESCO's submission … objected to draft 5A.4"
// counted submissions for "how many submissions did the ITU's public comment page get…?".
import { describe, expect, it } from "vitest";
import { countsThing } from "../../src/answer/evidence.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("countsThing with an article's paragraph number", () => {
  const isSubmission = (word: string) => /^submissions?\b/i.test(word);

  it.each([
    ["UNESCO's submission to the public consultation objected to draft 5A.4.", false],
    ["Article 8A.2 was added after one submission.", false],
    ["The page drew 12 submissions before the 5A.4 text was released.", true],
  ])("%s", (sentence, counts) => {
    expect(countsThing(sentence, isSubmission)).toBe(counts);
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-paragraph-numbers-");

  it("refuses a count of submissions no source gives (out-165)", async () => {
    expect(
      await starter.coverageOf(
        "how many submissions did the ITU's public comment page get before Dubai?",
      ),
    ).toBe("none");
  });
});
