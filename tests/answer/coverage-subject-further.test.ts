// "Does the harbour package say anything about tide tables?": the words of where to look may rank
// passages on the package above the one on tide tables. What a question asks "about" is looked
// for further down the passages retrieved, and the answer reads that passage first (issue #12).
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/harbour.md", title: "Harbour package" });
const texts = [
  "The harbour package was agreed late on the last night.",
  "The package of harbour rules replaced the older pilotage code.",
  "Several captains said the package went too far on anchorage fees.",
  "The Chair's package included a non-binding note on dredging.",
  "Reporters counted the captains who signed the package.",
  "Crews were paid on the first day of each month in 2019.",
  "The resolutions cover berthing for small boats, common tide tables for all ports, and ferry timetables.",
  "Gulls nest on the breakwater in spring.",
];
const corpus = smallCorpusOf(doc, texts, 20);
const judge = corpus.judgeWorded;

describe("the coverage decision on what a question asks about", () => {
  it("finds the subject in a passage below the top five", () => {
    const r = judge("Does the harbour package say anything about tide tables?");
    expect(r.covered).toBe(true);
    expect(r.subjectPassageId).toBe(`${doc.id}:6`);
  });

  it("reads no further for a question that asks about nothing", () => {
    // "ferry timetables" stand only in the seventh passage: without "about", the top five decide.
    expect(judge("Which ferry timetables did the harbour package set?").covered).toBe(false);
  });

  it("still needs every gate of the window down there", () => {
    // The seventh passage names tide tables, but no year: not what the 2019 package said.
    expect(judge("What did the 2019 harbour package say about tide tables?").covered).toBe(false);
  });
});

describe("the answer to a question whose subject stands further down", () => {
  it("is read from the passage that names it", async () => {
    const engine = corpus.engine();
    const answer = await engine.answer("Does the harbour package say anything about tide tables?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("common tide tables for all ports");
  });
});
