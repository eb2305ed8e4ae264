// splitSentences passes the segmenter by for text it cannot break (health24): ASCII with no
// sentence terminator or line break before its last run of terminators and spaces. These tests
// hold the segmenter to that, so a change in its rules shows here rather than in answers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../src/text.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** Text of the fast path's shape: a body without terminators or breaks, then an end. */
const oneSegmentText = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(..."abcXYZ 09,;:'\"()-\t".split("")), maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(".", "!", "?"), maxLength: 3 }),
    fc.string({ unit: fc.constantFrom(" ", "\t"), maxLength: 2 }),
  )
  .map((parts) => parts.join(""));

describe("splitSentences on text the segmenter cannot break", () => {
  it("gives what the segmenter gives: one segment, or none for empty text", () => {
    fc.assert(
      fc.property(oneSegmentText, (text) => {
        const segments = [...segmenter.segment(text)].map((s) => s.segment);
        expect(segments).toEqual(text === "" ? [] : [text]);
        const trimmed = text.trim();
        expect(splitSentences(text).map((s) => s.text)).toEqual(trimmed === "" ? [] : [trimmed]);
      }),
    );
  });

  it("still splits text with a terminator or a line break inside", () => {
    expect(splitSentences("Why did the US refuse? Was it alone?").map((s) => s.text)).toEqual([
      "Why did the US refuse?",
      "Was it alone?",
    ]);
    expect(splitSentences("Hi!\n\nWhy did the US refuse?").map((s) => s.text)).toEqual([
      "Hi!",
      "Why did the US refuse?",
    ]);
    expect(splitSentences("Über den Vertrag. Warum?").map((s) => s.text)).toEqual([
      "Über den Vertrag.",
      "Warum?",
    ]);
  });
});
