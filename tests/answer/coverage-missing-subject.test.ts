// The coverage decision on a who question whose weightiest word the best place lacks (issue #12):
// the name must then stand with the weightiest word the place does say, not with the missing one,
// which no sentence holds ("…during the treaty TALKS?" answered by "Iceland asked for a vote on…").
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-coverage-missing-subject-", {
  "notes/preamble.md": note("The harbour treaty's preamble", [
    "**Fishing rights in the preamble.** The final preamble contains a shorter commitment on safe harbours. Iceland asked for a vote on adding a sentence recognising the fishing rights of coastal states. [1]",
  ]),
  "notes/side-events.md": note("Side events", [
    "**Pilots.** A harbour pilot gave a talk on night-time docking to the engineers. [1]",
  ]),
  "notes/board.md": note("The fishing board", [
    "**Votes.** The fishing board held a vote on each sentence of its own rules. [1]",
    "**Quotas.** Fishing quotas were set by a vote, and one sentence of the rules covered nets. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("coverage of a who question whose subject the place lacks", () => {
  it("answers with the name standing with the words the place does say", async () => {
    const answer = await app.ctx.engine.answer(
      "Which delegation called for a vote on the fishing-rights sentence during the treaty talks?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Iceland asked for a vote");
  });
});
