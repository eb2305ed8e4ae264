// Clipped words ("prep", "info", "Euro") in a question meet their full form in the passages.
// Tuning half (604 q): wrong refusals 40 → 38 of 485, nugget recall 0.819 → 0.822, out-of-scope
// refused 97 of 119 and answered "full" 1 unchanged.
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "Regional positions" });

describe("assessRelevance: a clipped word", () => {
  const { judge } = smallCorpusOf(doc, [
    "The European operators' association proposed a roaming fee in June.",
    "The preparatory meeting in Cairo agreed on roaming principles. The chairman spoke first.",
    "Documents on roaming were posted online.",
  ]);

  it("is no name the corpus lacks where the passages use its full form", () => {
    const relevance = judge("What did the Euro operators propose on roaming fees?");
    expect(relevance.absentTerms).toEqual([]);
    expect(relevance.covered).toBe(true);
  });

  it("meets its full form in the window", () => {
    // As against an unseen word of the same length that is no clipping of any of theirs.
    const prep = judge("What did the Cairo prep meeting agree on roaming?");
    const zorp = judge("What did the Cairo zorp meeting agree on roaming?");
    expect(prep.termCoverage).toBeGreaterThan(zorp.termCoverage);
  });

  it("does not stretch a short word or a word the corpus has", () => {
    // "doc" is too short to be read as "documents"; "chair" is the corpus's own word, not "chairman".
    expect(judge("Which roaming doc was posted online?").unmetTerms).toContain("doc");
    expect(judge("Did the chair speak in Cairo?").unmetTerms).toContain("chair");
  });
});
