import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/text.ts";

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
