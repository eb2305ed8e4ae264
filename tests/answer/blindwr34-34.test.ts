// Years typed clipped ("back in '07", "nov '12", "2k12") read as the year the notes write
// (issue #12, the thirty-fourth session's batch in-3880..in-3889, out-1274..out-1275): read as
// typed, "'07" was the number 07, which no note holds, and refused a question the notes answer.
// And a later ask made of an ordinal alone ("…the second time, and the first?") needs a place
// naming that ordinal: once the year was read, a place telling only the second meeting covered it.
import { beforeAll, describe, expect, it } from "vitest";
import { elidedOrdinalAsked } from "../../src/answer/ordinal-asks.ts";
import { fullYear, withClippedYearsRead } from "../../src/search/clipped-years.ts";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("clipped years", () => {
  it("writes out an apostrophe and two digits, and 2k12, as the full year", () => {
    expect(withClippedYearsRead("the '88 regs, reviewed back in '06")).toBe(
      "the 1988 regs, reviewed back in 2006",
    );
    expect(withClippedYearsRead("in nov ’12, after the 2k12 talks")).toBe(
      "in nov 2012, after the 2012 talks",
    );
    expect(withClippedYearsRead("WCIT '12 rules")).toBe("WCIT 2012 rules");
    expect(fullYear("49")).toBe("2049");
    expect(fullYear("50")).toBe("1950");
    // Shorthand reads them too ("'16" before "res" is written out).
    expect(withoutShorthand("the council res from '16")).toBe("the council resolution from 2016");
  });

  it("leaves quotations, decades and apostrophes inside words as typed", () => {
    for (const typed of [
      "the 'sensitive nature' wording",
      "a quoted '88' on the slide",
      "back in the '80s",
      "don't know",
      "the 12th",
      "the 88 countries",
    ]) {
      expect(withClippedYearsRead(typed)).toBe(typed);
    }
  });
});

describe("a later ask made of an ordinal alone", () => {
  it("reads the ordinal where the first ask names another", () => {
    expect(elidedOrdinalAsked("where did they meet the second time, and the first?")).toEqual([
      "first",
      "1st",
    ]);
    expect(elidedOrdinalAsked("who chaired the 3rd session, or the fourth one")).toEqual([
      "fourth",
      "4th",
    ]);
  });

  it("reads none without another ordinal before it, or with more words after it", () => {
    expect(elidedOrdinalAsked("where did they meet, and the first?")).toBeUndefined();
    expect(
      elidedOrdinalAsked("where did they meet the second time, and the first one to sign?"),
    ).toBeUndefined();
    expect(elidedOrdinalAsked("where were the first and second meetings?")).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/review.md": note("The review of the Harbour Rules", [
    "**Review group.** In 2007 the Tarn Council set up the Harbour Review Group to study the old rules. [1] A second meeting of the group was held in Lomé on 3 May 2008. [1]",
    "**Report.** The group reported to the Tarn Council in 2009, and its report asked for a new conference. [2]",
  ]),
  "notes/signing.md": note("Signing the Harbour Rules", [
    "**Signatures.** On 14 December 2012, the last day, 61 delegations signed the new Harbour Rules. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-blindwr34-34-", NOTES);
// (The first question loads the readers the engine builds on first use: past the test timeout on
// a busy machine, so it is asked once before the cases.)
beforeAll(() => app.answerTo("who set up the harbour review group"), 60_000);

describe("answering questions whose years are typed clipped", () => {
  // (Refused without the reading: "07" and "12" were numbers no note holds.)
  answersStatingEach(app, [
    ["what did the tarn council set up back in '07 to study the old rules", "Harbour Review Group"],
    ["how many delegations signed the harbour rules on the last day in dec '12", "61 delegations"],
  ]);
  answersStatingEach(app, [["where did the harbour review group meet the second time", "Lomé"]]);

  // A year the notes do not give the act in stays refused; so does the ordinal no place names.
  refusesEach(app, [
    "what did the tarn council set up back in '05 to study the old rules",
    "the harbour review group from '07 - where did it meet the second time, and the first?",
  ]);
});
