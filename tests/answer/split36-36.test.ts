// Two things whose dates are set side by side (issue #12, the thirty-sixth session's batch
// in-4090..in-4099, out-1328..out-1329): "when did X vs when Y", "when did X vs Y", "which came
// first, A or B? dates pls" and "A and B - same month or not" are asked as one when question per
// thing (`datedPair`, dated-pair-asks.ts, read by `itemAsks`), each judged on its own passages
// (`byEachAsk`) and answered from its own place, `partial`; a thing the notes do not date keeps
// the question refused.
import { describe, expect, it } from "vitest";
import { datedPair } from "../../src/answer/dated-pair-asks.ts";
import { itemAsks } from "../../src/answer/item-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("two things' dates set side by side, read as one when ask each", () => {
  it("parts which came first, A or B, and keeps an ask after the question mark", () => {
    expect(itemAsks("which came first, the Lyra accord or the Vega memo? dates pls")).toEqual([
      "when was the Lyra accord?",
      "when was the Vega memo?",
    ]);
    expect(
      itemAsks("which landed first, the Lyra accord or the Vega memo? and who signed the memo"),
    ).toEqual(["when was the Lyra accord?", "when was the Vega memo?", "who signed the memo"]);
  });

  it("parts two things before a remark comparing their dates", () => {
    expect(itemAsks("the Lyra accord and the Vega memo - same month or not")).toEqual([
      "when was the Lyra accord?",
      "when was the Vega memo?",
    ]);
    expect(itemAsks("the Lyra accord vs the Vega memo: how many months apart were they")).toEqual([
      "when was the Lyra accord?",
      "when was the Vega memo?",
    ]);
    // How far apart two parties were on a point asks of their positions, not their dates.
    expect(datedPair("Lyra and Vega on roaming caps - how far apart were they?")).toBe(undefined);
  });

  it("parts two when asks at a vs, writing a second ask that has no question word", () => {
    expect(
      itemAsks("when did Lyra sign the accord vs when did Vega file the memo - a month apart?"),
    ).toEqual(["when did Lyra sign the accord?", "when did Vega file the memo?"]);
    expect(itemAsks("when did the Lyra accord enter into force vs the Vega memo's start")).toEqual([
      "when did the Lyra accord enter into force?",
      "when was the Vega memo's start?",
    ]);
  });

  it("leaves other questions as they were", () => {
    // A vs inside a later ask sets that ask's thing against another.
    expect(datedPair("when did Lyra's filing land, and how late was it vs the cutoff?")).toBe(
      undefined,
    );
    // Items that are clauses asking their own thing.
    expect(
      datedPair("what Lyra said in june vs what the board did on 11 july - months apart?"),
    ).toBe(undefined);
    // Which party did an act first asks of the parties, not of two dates.
    expect(datedPair("which delegation walked out first, Lyra or Vega?")).toBe(undefined);
    // Two names of one ask set side by side.
    expect(datedPair("when was the 1988 vs 2012 text signed")).toBe(undefined);
    // "A and B" with no remark comparing dates is no pair of dates.
    expect(datedPair("the Lyra accord and the Vega memo - what did each say")).toBe(undefined);
    expect(datedPair("when did Lyra sign the accord")).toBe(undefined);
  });
});

const NOTES: Record<string, string> = {
  "notes/kivu.md": note("The Kivu roaming charter", [
    "**Origins.** The Great Lakes Forum drafted the Kivu roaming charter. It was tabled on 12 May 2009. [1]",
    "**Contents.** The charter caps wholesale roaming rates between member networks. [2]",
  ]),
  "notes/tana.md": note("Spectrum talks in the Indian Ocean states", [
    "**Background.** Island regulators had long disputed the use of the upper bands. [1]",
    "**The protocol.** The Tana spectrum protocol was filed on 30 October 2013 by six regulators. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-split36-36-", NOTES);

describe("answering each date from its own place", () => {
  it.each([
    "which came first, the kivu roaming charter or the tana spectrum protocol? dates pls",
    "the kivu roaming charter and the tana spectrum protocol - same month or not",
    "when was the kivu roaming charter tabled vs when was the tana spectrum protocol filed",
  ])("states both dates, partial, for %s", async (question) => {
    const answer = await app.answerTo(question);
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("12 May 2009");
    expect(answer.text).toContain("30 October 2013");
  });

  // One thing dated and one the notes do not hold: refused, never half answered.
  refusesEach(app, [
    "which came first, the kivu roaming charter or the Bamako numbering pact? dates pls",
    "the kivu roaming charter and the Bamako numbering pact - same month or not",
    "when was the kivu roaming charter tabled vs when was the Bamako numbering pact signed",
  ]);
});
