// An acronym the corpus never uses ("the SG") is met by a name the passages write out whose
// words it spells ("Secretary-General"), not counted as something the corpus lacks (issue #12).
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/harbour.md", title: "Harbour rules" });
const { judgeAs } = smallCorpusOf(
  doc,
  [
    "The draft told the Harbour Master-General to reopen the channel to pilots within a year.",
    "The Guild of Pilots and Tugmen published a newsletter about tides.",
  ],
  20,
);

describe("the coverage decision and acronyms", () => {
  it("meets an unused acronym where the passages spell it out", () => {
    const r = judgeAs("What did the draft tell the HMG to do about the channel?", "description");
    expect(r.absentTerms).toEqual([]);
    expect(r.covered).toBe(true);
  });

  it("skips the small words between the name's initials: 'Guild of Pilots and Tugmen'", () => {
    expect(judgeAs("What did the GPT publish?", "description").absentTerms).toEqual([]);
  });

  it("still finds absent an acronym no name of the passages spells", () => {
    const r = judgeAs("What did the draft tell the HQS to do about the channel?", "description");
    expect(r.absentTerms).toEqual(["hq"]);
    expect(r.covered).toBe(false);
  });
});
