// A year that names the thing asked about (issue #12, the twenty-ninth session's batch
// in-3276..in-3285, out-1092..out-1093): "WTSA-12, the ITU's 2012 standardization assembly"
// restates a clipped-year name, and "the 2016 expert group" is dated once, where its paragraph
// first tells of the group, whose later sentences say "It was to report…". Both were refused
// (the window holding the answer met every word but could not date the year); the year is now a
// label in the first case (`restatesClippedName`) and met through the referents in the second
// (`yearDatedThroughReferents`, year-names.ts). The label is tested on its own: in a small corpus
// the clipped-year question was answered with and without it.
import { describe, expect, it } from "vitest";
import { restatesClippedName } from "../../src/answer/year-names.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("restatesClippedName", () => {
  it("reads a qualifying year beside its clipped-year name", () => {
    expect(
      restatesClippedName("Which city hosted WTSA-12, the ITU's 2012 assembly, and why?", "2012"),
    ).toBe(true);
    expect(restatesClippedName("WATTC-88, the 1988 conference: what did it merge?", "1988")).toBe(
      true,
    );
  });

  it("does not read a year dating an event, nor one without the clipped name", () => {
    expect(restatesClippedName("Was WCIT-12 held in Geneva in November 2012?", "2012")).toBe(false);
    expect(restatesClippedName("What did the ITU's 2012 assembly revise?", "2012")).toBe(false);
    expect(restatesClippedName("WTSA-12, the ITU's 2016 assembly: where was it?", "2016")).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/review.md": note("After Dubai: the review of the rules", [
    "**Expert group.** In 2016 the Council adopted Resolution 1379, creating an Expert Group on the rules open to Member States. Its mandate was to review the 2012 rules in light of new trends. That included legal analysis of possible conflicts between the old and new obligations. It was to report to Council 2018 for the 2018 Plenipotentiary. A second meeting was held in Geneva on 13–15 September 2017. [1]",
    "**Later work.** The review was later revived by the Bucharest conference. A final report was due to Council 2026. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-year-names-29-", NOTES);

describe("a year that names the thing asked", () => {
  it("is met through the sentences telling of the thing it dated", async () => {
    const question =
      "did the 2016 expert group on the rules actually get as far as a second meeting, and where?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("13–15 September 2017");
  });

  // (As before: no sentence tells what is asked of the group, or none tells of that meeting.)
  for (const question of [
    "who chaired the 2016 expert group's second meeting in Geneva?",
    "what did the 2016 expert group's final report to Council 2026 recommend?",
    "which city hosted the 2016 expert group's third meeting?",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
