// Things of a kind asked for an act (issue #12, the thirty-seventh session's batch in-4234..in-4241,
// out-1368..out-1373, and nm35's "parties of the right kind for another act"): "how many countries
// had signed the accord" is not answered by a window naming neither countries nor signing, only
// parties joining another party in asking for something. `kindAndActUnmet` (kind-act-unmet.ts)
// refuses it; a window telling the asked act, or naming the asked kind, still answers.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/accord.md": note("The Lisbon tariff accord and its critics", [
    "**The accord.** The Lisbon Accord on tariffs was opened for signature in Lisbon on 3 March 2003 and entered into force on 1 May 2006. It harmonises settlement rates and sets up cooperation between its parties. Chile refused to join, citing cost, and in May 2009 it joined Peru, Bolivia and Ecuador in asking the tariff council for a new code on transit fees. [1]",
  ]),
  "notes/board.md": note("The tariff board's review", [
    "**Review.** The tariff board's review group met three times in 2010 and reported in 2011. Its report asked members to publish settlement rates every year. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-kind37-37-", NOTES);

describe("a kind asked for an act", () => {
  // (With the check off, the count is answered `partial` from the accord's paragraph.)
  it("is refused where the window names neither the kind nor the act", async () => {
    expect(
      await coverageOf(
        "the lisbon accord - how many countries had actually signed on to it by then",
      ),
    ).toBe("none");
  }, 60_000);

  it("is answered where the window tells the asked act", async () => {
    const question = "which countries did chile join in asking for a new code on transit fees";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Bolivia");
  });

  it("leaves a question asking no kind alone", async () => {
    const question = "when did the lisbon accord enter into force";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("1 May 2006");
  });
});
