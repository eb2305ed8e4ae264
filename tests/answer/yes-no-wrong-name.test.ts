// Yes/no questions that get a place or a name wrong (issue #12): "Were the 1988 ITRs adopted at a
// conference in Geneva?" where the source says Melbourne. Where no sentence states the question
// whole, the answer opens with the sentence stating the rest of it with the source's own name in
// the place of the asked one, whichever passage it stands in, not with a sentence on another
// matter that happens to name the asked place; and a sentence naming the asked name and most of
// the rest keeps the lead.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, shippedEngine } from "../support/extractive-engine.ts";

const RULES = briefingNote("The 1990 fisheries rules", [
  "**The 1990 text.** The fisheries rules that applied before 2019 were adopted at the Coastal Fisheries Conference, which the council scheduled for Lima from 2 to 9 June 1990. [1]",
]);

const DELEGATION = briefingNote("Chile at the 2019 talks", [
  "**Leadership.** The council chose Ambassador Rosa Vidal to head the Chilean delegation to the 2019 talks. [2]",
]);

const REACTIONS = briefingNote("Reactions to the 2019 talks", [
  "**Reactions.** Minister Pablo Soto, head of the council's fisheries office, said the Chilean delegation had strengthened cooperation on shared stocks. [1]",
]);

const ingested = notesEngine("wcit-yes-no-name-", {
  "notes/rules.md": RULES,
  "notes/delegation.md": DELEGATION,
  "notes/reactions.md": REACTIONS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

const real = shippedEngine("wcit-yes-no-name-real-");

describe("a yes/no question with a wrong name opens with the source's own name", () => {
  it("opens with the sentence giving the person where the asked one is wrong", async () => {
    const answer = await ingested.engine.answer(
      "Did the council choose Pablo Soto to head the Chilean delegation?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("The council chose Ambassador Rosa Vidal")).toBe(true);
  });

  it("opens with the sentence giving the place where the asked one is wrong (real corpus)", async () => {
    const answer = await real.engine.answer(
      "Were the 1988 ITRs adopted at a conference in Geneva?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("The ITRs that applied before 2012 were adopted")).toBe(true);
    expect(answer.text).toContain("Melbourne");
  });

  it("keeps the lead of a sentence naming the asked name with most of the rest (real corpus)", async () => {
    const answer = await real.engine.answer(
      "Was it the UK that proposed the word robustness for the security article?",
    );
    expect(answer.text.startsWith("Crépin-Leblond reports that the United Kingdom")).toBe(true);
  });
});
