// A yes/no question whose "which X" stands inside it (issue #12, yesno21): "Did the proposals
// show which countries backed each item?" asks whether that was shown, not for the countries'
// names, so a place saying "each shows which countries backed it" answers it. "Which countries
// backed…?" still asks for the names.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const PROPOSALS = briefingNote("Regional proposals for the fisheries rules", [
  "**Southern proposals.** The southern proposals were published as Document 12. They are numbered SP-1 onward, and each shows which countries backed it. They included keeping the existing quota tables. [1]",
]);

const ingested = notesEngine("wcit-which-inside-", {
  "notes/proposals.md": PROPOSALS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no question with a 'which X' inside it", () => {
  it("is answered by a place saying that X was shown, without naming any", async () => {
    const answer = await ingested.engine.answer(
      "Did the southern proposals show which countries backed each item?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("each shows which countries backed it");
  });

  it("still needs the names where the question asks which X", async () => {
    const answer = await ingested.engine.answer(
      "Which countries backed each item of the southern proposals?",
    );
    expect(answer.coverage).toBe("none");
  });
});
