// A yes/no answer opens with the sentence that settles the question (issue #12): the one giving
// the source's own figure where the asker's is wrong, or, where nothing states the question whole,
// the first sentence naming the name the question asks about rather than one setting the scene.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const BUDGET = briefingNote("The observatory budget", [
  "**Budget backing.** The budget motion, introduced on 2 May 2019, asked members to fund the new fisheries observatory. The council approved an earlier draft without objection. During the final week the council also passed, 41 to 3, the budget motion sponsored by Peru and Chile. [1]",
]);

const PACT = briefingNote("The Lima Accord", [
  "**The existing pact.** The only binding regional fisheries pact in 2019 was the Lima Accord on shared stocks. It sets catch limits and cooperation between its parties. Ecuador refused to join, citing sovereignty, and later asked the assembly for a code of conduct instead. Bolivia also stayed outside the Accord. [1]",
  "**Secretariat.** A small secretariat in Lima keeps the Accord's records. [1]",
]);

const ingested = notesEngine("wcit-yes-no-opening-", {
  "notes/budget.md": BUDGET,
  "notes/pact.md": PACT,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no answer opens with the sentence that settles it", () => {
  it("opens with the sentence correcting a claimed tally", async () => {
    const answer = await ingested.engine.answer("Did the council pass the budget motion 30 to 3?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("During the final week the council also passed, 41 to 3")).toBe(
      true,
    );
  });

  it("opens with the sentence naming the name asked about, not the scene", async () => {
    const answer = await ingested.engine.answer("Did Ecuador ever sign up to the Lima Accord?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("Ecuador refused to join")).toBe(true);
  });

  it("opens with the subject typed in lower case too", async () => {
    const answer = await ingested.engine.answer("was bolivia a party to the lima accord in 2019?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("Bolivia also stayed outside the Accord")).toBe(true);
  });
});
