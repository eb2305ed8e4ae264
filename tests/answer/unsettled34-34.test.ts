// A how-many question whose count the notes leave vague (issue #12, the thirty-fourth session's
// batch in-3874..in-3879, out-1268..out-1273): "how many western delegations saw the access vote
// as crossing a red line" where the note says "It passed 77 to 33 with 8 abstentions, and several
// Western delegations saw that moment as crossing a red line". The sentence that tells what is
// asked names the counted thing only as "several" or "most" of it; the counts beside it are of
// other things, and were taken for the count asked (answered `full`). `countLeftVague`
// (window-vague-count.ts) refuses that window; a count of the thing in the sentence telling the
// rest still answers, and so does a count whose sentence the vague one adds nothing to. (The
// "most" form, out-1271, is covered by the tuning half only: here the heading's window holding
// the whole's count alone is chosen and passes, as the rule reads the window's sentences only.)
import { describe, expect, it } from "vitest";
import { countsRightBefore } from "../../src/answer/evidence.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("countsRightBefore", () => {
  const isBloc = (word: string) => /^(?:blocs?|members?)[,.]?$/i.test(word);
  it("reads a count right before the thing, a word or two between", () => {
    expect(countsRightBefore("The union said its 31 members had agreed.", isBloc)).toBe(true);
    expect(countsRightBefore("Some 12 eastern blocs objected.", isBloc)).toBe(true);
  });
  it("does not read a count of another noun beside it", () => {
    expect(
      countsRightBefore("It passed 40 to 12 with 5 abstentions, and several blocs left.", isBloc),
    ).toBe(false);
    expect(countsRightBefore("It carried 40 votes; several northern blocs objected.", isBloc)).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/tariff-vote.md": note("The Ruritanian tariff vote", [
    "**The vote.** During the tariff debate, Ostria requested a vote on the transit-rate clause. It passed 61 to 27 with 9 abstentions, and several northern delegations saw that moment as a breach of trust. [1]",
    "**The union.** The Baltic Carriers Union said its 31 members had backed the settlement rules. It added that the transit clause was still unclear enough that most union members could not accept it, and it listed the union states that did not ratify. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-unsettled34-34-", NOTES);

describe("a count the notes leave vague", () => {
  it("is refused where the sentence telling what is asked says only several", async () => {
    expect(
      await coverageOf("how many northern delegations saw the transit vote as a breach of trust"),
    ).toBe("none");
  });

  it("still answers the count the vague sentence adds nothing to", async () => {
    const asked = "how many abstentions were there on ostria's transit-rate clause";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("9 abstentions");
  });

  it("still answers the whole's count where that is asked", async () => {
    const asked = "how many members does the baltic carriers union have";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("31 members");
  });
});
