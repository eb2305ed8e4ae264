// The coverage decision on who led a delegation (issue #12): "Who led / headed the X delegation?"
// asks who held its lead, which a place naming the delegation and other names beside it does not
// say; a place saying who headed it ("was headed by", "head of delegation") does.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-coverage-delegation-lead-", {
  "notes/delegations.md": note("Delegations at the harbour conference", [
    "**Norland.** Norland's delegation was headed by Minister Ana Ferreira, who had chaired the fisheries board. [1]",
    "**Sudmark.** Sudmark proposed a fishing clause referring to Article 9 of the Sea Charter, and HarbourWatch's report on the second day described delegates debating it. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("coverage of who led a delegation", () => {
  it("answers who headed a delegation the corpus says someone headed", async () => {
    const answer = await app.ctx.engine.answer("Who headed the Norland delegation?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Ana Ferreira");
  });

  it("refuses who headed a delegation the corpus names only beside other names", async () => {
    const answer = await app.ctx.engine.answer("Who headed the Sudmark delegation?");
    expect(answer.coverage).toBe("none");
  });
});
