// "Kramer on cybersecurity in the ITRs vs Hill and Powers after Dubai" (issue #12, the thirtieth
// session's compare batch in-3474..in-3483, out-1152..out-1153): a comparison whose first side is
// a name written with its aspect after "on" is read with that name as its side, not the aspect
// (`NAMED_SIDE_ON_ASPECT` in `sidesIn`); a side timed "right after Dubai" is the name alone; and
// the first side's aspect is not asked of two later sides named in one clause (`firstSideAspect`).
import { describe, expect, it } from "vitest";
import { firstSideAspect } from "../../src/answer/first-side-aspect.ts";
import { comparisonSides } from "../../src/search/question-comparison.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("comparisonSides with a named first side and its aspect after 'on'", () => {
  it("reads the name, not the aspect, as the first side", () => {
    expect(
      comparisonSides(
        "Kramer on cybersecurity in the ITRs vs Hill and Powers after Dubai - did they want the same thing?",
        false,
      ),
    ).toEqual(["Kramer", "Hill", "Powers"]);
    expect(
      comparisonSides(
        "Dourado on the compromise draft vs CEPT on the final text - which parts did each flag?",
        false,
      ),
    ).toEqual(["Dourado", "CEPT"]);
  });

  it("reads a side timed 'right after' as the name alone", () => {
    expect(
      comparisonSides(
        "Strickling right after Dubai vs Kramer in early 2013 - how did each sum it up?",
        false,
      ),
    ).toEqual(["Strickling", "Kramer"]);
  });

  it("leaves sides that are no name before 'on' as they were", () => {
    expect(comparisonSides("the debate on security vs spam - which mattered more?", false)).toEqual(
      ["security", "spam"],
    );
    expect(comparisonSides("Kroes vs Hill on the spam article - one line each", false)).toEqual([
      "Kroes",
      "Hill",
    ]);
  });
});

describe("firstSideAspect with two later sides in one clause", () => {
  it("reads the first side's aspect where the later clause has words of its own", () => {
    expect(
      firstSideAspect("Kramer on cybersecurity in the ITRs vs Hill and Powers after Dubai", [
        "Kramer",
        "Hill",
        "Powers",
      ]),
    ).toBe("on cybersecurity in the ITRs");
  });

  it("reads none where the later clause is only the later sides' names", () => {
    expect(
      firstSideAspect("Kramer on cybersecurity vs Hill and Powers", ["Kramer", "Hill", "Powers"]),
    ).toBe(undefined);
  });
});

const NOTES: Record<string, string> = {
  "notes/us.md": note("The US line", [
    "**Leadership.** In November 2012 Kramer, in a speech at a think tank, argued that cybersecurity should be kept out of the ITRs. [1]",
  ]),
  "notes/after.md": note("After Dubai", [
    "**Continuing debate.** Hill and Powers argued that the split in Dubai left international cooperation unsettled and encouraged unilateral action. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-named-side-on-aspect-30-", NOTES);

describe("a comparison of a named side with its aspect against two others", () => {
  it("is answered where each side's note gives it", async () => {
    expect(
      await coverageOf(
        "Kramer on cybersecurity in the ITRs vs Hill and Powers after Dubai - did they want the same thing?",
      ),
    ).not.toBe("none");
  });

  it("is still refused where the first side is absent from the notes", async () => {
    expect(
      await coverageOf(
        "Kroes on cybersecurity in the ITRs vs Hill and Powers after Dubai - did they want the same thing?",
      ),
    ).toBe("none");
  });
});
