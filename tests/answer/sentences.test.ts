import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  displaySentence,
  isFragment,
  pointsForward,
  splitSentences,
  stripTrailingMarkers,
} from "../../src/answer/sentences.ts";

describe("splitSentences", () => {
  it("keeps note markers and closing emphasis with the sentence they end", () => {
    const text =
      "**What the ITRs are.** The ITRs are a treaty-level instrument of the ITU. They set general principles. [1][2]\n\n**Why revise it.** Most traffic was carried by monopolies. [4][9]";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "**What the ITRs are.**",
      "The ITRs are a treaty-level instrument of the ITU.",
      "They set general principles. [1][2]",
      "**Why revise it.**",
      "Most traffic was carried by monopolies. [4][9]",
    ]);
  });

  it.each([
    [
      "The House passed H. Con. Res. 127 in 2012. It went to the Senate.",
      ["The House passed H. Con. Res. 127 in 2012.", "It went to the Senate."],
    ],
    [
      "The U.S. delegation objected. The U.S. Congress agreed.",
      ["The U.S. delegation objected.", "The U.S. Congress agreed."],
    ],
    ["He cited the U.N. Charter. She disagreed.", ["He cited the U.N. Charter.", "She disagreed."]],
    ["It came from the U.S. The UK agreed.", ["It came from the U.S.", "The UK agreed."]],
    [
      "J. R. Smith wrote the paper. It was read widely.",
      ["J. R. Smith wrote the paper.", "It was read widely."],
    ],
    [
      "It opened at 9 a.m. on Monday. It closed at 5 p.m. Delegates left.",
      ["It opened at 9 a.m. on Monday.", "It closed at 5 p.m.", "Delegates left."],
    ],
    [
      "Amb. Kramer spoke in Dec. 2012 on No. 3 of Doc. 47. It was short.",
      ["Amb. Kramer spoke in Dec. 2012 on No. 3 of Doc. 47.", "It was short."],
    ],
  ])("keeps abbreviations and initials whole: %s", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("does not break after abbreviations such as Art. or e.g.", () => {
    const sentences = splitSentences(
      "The draft, e.g. Art. 5A of the text, was debated by U.S. officials. It passed.",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "The draft, e.g. Art. 5A of the text, was debated by U.S. officials.",
      "It passed.",
    ]);
  });

  it("gives offsets whose slice is the sentence, for any text", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom("Art. ", "[2]", "[3][4] ", "**", ". ", "\n\n", "e.g. ", "? ", " "),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.join("");
          let previousEnd = 0;
          for (const s of splitSentences(text)) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(s.text).toBe(s.text.trim());
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = s.end;
          }
        },
      ),
    );
  });
});

describe("stripTrailingMarkers and displaySentence", () => {
  it("removes the markers that end a sentence and returns their numbers", () => {
    expect(stripTrailingMarkers("Spam was Article 5B. [8][9]")).toEqual({
      text: "Spam was Article 5B.",
      refs: [8, 9],
    });
    expect(stripTrailingMarkers("No markers here.")).toEqual({
      text: "No markers here.",
      refs: [],
    });
  });

  it("drops markup but keeps the words", () => {
    expect(displaySentence("We examine [some proposals](#) [2] in **detail**.")).toBe(
      "We examine some proposals in detail.",
    );
  });
});

describe("isFragment", () => {
  it.each([
    "**The compromise.**",
    "# Security in the ITRs",
    "[2] https://www.cdt.org/files/pdfs/Cybersecurity_ITU_WCIT_Proposals.pdf",
    "[3]",
    "- [WCIT](#)",
    "Source URL: <https://cdt.org/blogs/emma-llanso/0609itu>",
    "The copyright © 2013 by the Center for Democracy & Technology.",
    "See below.",
    "Too short.",
    "Who proposed what regional and national positions before WCIT-12",
  ])("treats %j as a fragment", (text) => {
    expect(isFragment(text)).toBe(true);
  });

  it.each([
    "The adopted Article 5A says Member States shall endeavour to ensure security and robustness. [8][9]",
    "Cybersecurity requires agility: governments are not likely to be the source of technical fixes.",
    // Short, but a claim: the sentence after it ("Its stated aim…") leans on it.
    "CEPT prepared European Common Proposals.",
    "Egypt denied supporting it.",
  ])("keeps the claim %j", (text) => {
    expect(isFragment(text)).toBe(false);
  });
});

describe("pointsForward", () => {
  it.each([
    ["CDT's objections, as reported, were these.", true],
    ["It listed the following:", true],
    ["The reasons were as follows.", true],
    ["The Czech account explains why: security was heard as content.", false],
    ["These are CITEL, CEPT and the Arab States group.", false],
  ])("%s → %s", (sentence, forward) => {
    expect(pointsForward(sentence)).toBe(forward);
  });
});
