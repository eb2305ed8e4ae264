// A who question answered by a sentence whose only name is its first word ("Karlsen argued
// that…", issue #12): the check that the place names someone the question does not read only
// capitalised words after a sentence's first, and such a place was refused.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const TRADE = briefingNote("Port radio after the accord", [
  "**Trade talks.** The accord left port radio out of its binding text. Karlsen argued that coastal states then took their radio commitments into trade negotiations instead. [1]",
  "**Reviews.** The accord is reviewed every four years. [2]",
]);

const ingested = notesEngine("wcit-who-first-word-", {
  "notes/trade.md": TRADE,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a who question answered by a sentence opening with the name", () => {
  it("is answered with that name", async () => {
    const answer = await ingested.answerTo(
      "Who argued that coastal states took their radio commitments into trade negotiations?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Karlsen argued");
  });

  it("is not answered by a sentence opening with a common word", async () => {
    const answer = await ingested.answerTo("Who reviews the accord every four years?");
    expect(answer.coverage).toBe("none");
  });
});
