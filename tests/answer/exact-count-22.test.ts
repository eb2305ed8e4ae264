// A how-many answer is `full` only where it states the count (exact22): a plural round quantity
// ("dozens of times", "hundreds of comments") or a share ("a majority") tells roughly how many,
// and may answer, but it is not the count asked. "How many times exactly…?" had been answered
// `full` by "…used the word dozens of times".
import { describe, expect, it } from "vitest";
import { statesExactCount } from "../../src/answer/evidence.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const DRAFTS = briefingNote("The harbour code drafts", [
  "**The first draft.** The harbour board's first draft of the harbour code used the word anchorage dozens of times. [1]",
  "**The pilots' reply.** The pilots' association filed 14 amendments to the harbour code. [2]",
]);

const ingested = notesEngine("wcit-exact-count-", {
  "notes/drafts.md": DRAFTS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("an exact count", () => {
  it("is a figure or a number word, not a round plural or a share", () => {
    expect(statesExactCount("The pilots filed 14 amendments.")).toBe(true);
    expect(statesExactCount("The pilots filed twelve amendments.")).toBe(true);
    expect(statesExactCount("Two million people signed.")).toBe(true);
    expect(statesExactCount("The draft used the word dozens of times.")).toBe(false);
    expect(statesExactCount("Hundreds of comments came in by 2012.")).toBe(false);
    expect(statesExactCount("A majority of members backed Article 5A.")).toBe(false);
  });

  it("is what a full how-many answer states; a round quantity answers only in part", async () => {
    const rough = await ingested.engine.answer(
      "How many times did the harbour board's first draft of the harbour code use the word anchorage?",
    );
    expect(rough.coverage).toBe("partial");
    expect(rough.text).toContain("dozens of times");

    const exact = await ingested.engine.answer(
      "How many amendments did the pilots' association file to the harbour code?",
    );
    expect(exact.coverage).toBe("full");
    expect(exact.text).toContain("14 amendments");
  });
});
