// The coverage decision on follow-ups (issue #12): the subject of "when did it go to the Senate?"
// is the earlier turn's, and a place naming that subject answers about it.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-follow-up-coverage-", {
  "notes/congress.md": note("The United States and the fishing code", [
    "**Congressional backing.** H. Res. 55, introduced on 12 March 2011, stated that the fishing code should stay voluntary and leave quotas to each coast. The House approved it unanimously and it was sent to the Senate in June 2011. During the talks the House also passed a related resolution opposing any binding quota. [1]",
    "**Lines held.** The delegation said it would oppose quota language in the code. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

const earlier = [
  {
    question: "What was H. Res. 55?",
    answer:
      "H. Res. 55 stated that the fishing code should stay voluntary and leave quotas to each coast. [1]",
  },
];

describe("coverage of follow-ups", () => {
  it("answers a follow-up whose one own term stands beside the earlier turn's subject", async () => {
    const answer = await app.ctx.engine.answer(
      "when was it introduced, and when did it go to the Senate?",
      { history: earlier },
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("12 March 2011");
    expect(answer.text).toContain("sent to the Senate in June 2011");
  });

  it("still refuses a follow-up about a body the corpus never names", async () => {
    const answer = await app.ctx.engine.answer("when did it go to the Supreme Court?", {
      history: earlier,
    });
    expect(answer.coverage).toBe("none");
  });
});
