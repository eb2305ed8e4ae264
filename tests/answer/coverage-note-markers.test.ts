// A briefing note's `[n]` markers point at its sources; they are not words of the sentence they
// end. "…stayed outside the Convention. [3][4]" does not state "Resolution 3" (issue #12).
import { describe, expect, it } from "vitest";
import { withoutNoteMarkers } from "../../src/text.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/budapest.md", title: "The Budapest context" });
const { judge } = smallCorpusOf(
  doc,
  [
    "Brazil and India stayed outside the Convention, and the resolution on a code of conduct went to the UN. [3][4]",
    "Delegates met in the main hall.",
  ],
  20,
);

describe("the coverage decision and note markers", () => {
  it("does not read a marker as a number the question names", () => {
    const r = judge("What was in Resolution 3?");
    expect(r.covered).toBe(false);
    expect(r.missingTerms).toContain("3");
  });

  it("still reads a number written in the sentence itself", () => {
    const { judge: judgeWritten } = smallCorpusOf(
      doc,
      ["Brazil backed Resolution 3 on a code of conduct. [4]", "Delegates met in the main hall."],
      20,
    );
    expect(judgeWritten("What was in Resolution 3?").covered).toBe(true);
  });
});

describe("withoutNoteMarkers", () => {
  it("drops markers wherever they stand and keeps other brackets", () => {
    expect(withoutNoteMarkers("It passed [2] in Dubai. [3][4]")).toBe("It passed in Dubai.");
    expect(withoutNoteMarkers("Article [5A] and [sic]")).toBe("Article [5A] and [sic]");
  });
});
