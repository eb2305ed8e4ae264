// A which-country question (which delegation, government, country, nation) answered where the
// window names a country only in a sentence about another act (issue #12, the thirty-fourth
// session's batch in-3862..in-3867, out-1256..out-1261, and the near misses out-1002, out-1181 and
// out-707 of the tuning half). The name must stand in the window's sentence about the asked act,
// the one saying most of the question's own words (or one short of it), or in a sentence one of
// those leans on through a pronoun ("It said…", "It was listed as coming from…"), and not be a
// name the question gives itself (`kindNamedIn`, window-answer-type.ts).
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/harbour.md": note("The harbour accord talks", [
    "**The joint draft.** Around 3 May a joint draft of the harbour accord circulated. It was listed as coming from Chile, Norway and Kenya, and rewrote the accord's pilotage annex. Chile publicly denied ever backing it. On 6 May the Chair said the joint draft was off the table, and the secretariat reported it withdrawn. [1]",
    "**Filings.** Norway filed Document 9 on 1 May 2014. It asked for a review of pilotage fees in shared estuaries. [2]",
    "**Inspection code.** Ahead of the May session, Peru urged a binding inspection code for tankers. Sweden and Japan pushed instead for voluntary guidance. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf, answerTo } = notesAppContext("wcit-namenone34-34-", NOTES);

describe("a country asked for an act the window's countries did not do", () => {
  it("is refused where the act's sentence names no country and its neighbours name others", async () => {
    // (out-1181's shape: the countries stand in the sentences about the draft's origin and a
    // denial; the sentence about dropping it names the Chair and the secretariat. In this built
    // corpus another check refuses it too: it must stay refused.)
    expect(
      await coverageOf("which delegation asked the chair to drop the joint draft on 6 may?"),
    ).toBe("none");
  });

  it("is refused where the only country in the act's sentence is the one the question names", async () => {
    // (out-1002's shape: the countries beside it pushed the other way. Answered without
    // `kindNamedIn`.)
    expect(
      await coverageOf(
        "which other countries backed peru's call for a binding inspection code for tankers? list them",
      ),
    ).toBe("none");
  });
});

describe("a country named beside the act", () => {
  it("is answered where the sentence about the act names it", async () => {
    const asked = "which delegation pushed for voluntary guidance instead of a binding code";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Sweden");
  });

  it("is answered where the names stand in the pronoun sentence after the act's", async () => {
    const asked = "which governments were named on the joint draft of the harbour accord?";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("Kenya");
  });
});
