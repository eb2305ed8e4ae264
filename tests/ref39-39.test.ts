// A comparison whose sides the asker lists after counting them (ref39): "two different X - A and
// B", "three separate Y: A, B and C" reads the list after the count's dash or colon as the sides,
// where it lists as many as were counted (`countedSides`, question-comparison.ts), and each side
// is judged on its own passages (`bySide`). Such a side must be covered there, by a window that
// states its name and the question's words in one sentence (`eachSideCovered`, compared-sides.ts):
// the count's words ("civil-society verdicts") met in the sentence after one merely naming the
// side do not tell that side's view.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../src/search/question.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("sides listed after a count", () => {
  it("reads the listed items as the sides", () => {
    const a = analyzeQuestion(
      "two separate security asks before dubai: china's c59 and russia's early cwg structure - how did they differ",
    );
    expect(a.kind).toBe("compare");
    expect(a.sides).toEqual(["china's c59", "russia's early cwg structure"]);
    expect(a.sidesCounted).toBe(true);
  });

  it("reads up to the listing sentence's end", () => {
    const a = analyzeQuestion(
      "two different headcounts of the no side - dourado's and the itu's math. do they line up",
    );
    expect(a.sides).toEqual(["dourado", "the itu's math"]);
  });

  it("leaves a list whose length is not the count", () => {
    const a = analyzeQuestion(
      "two different turnout numbers - cisco's, the itu's and rsf's. how do they differ",
    );
    expect(a.sidesCounted).toBeUndefined();
  });
});

describe("a comparison of counted sides, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-ref39-39-");

  // (Without the rule: read as one fact, refused on `thresholds`, Russia's paragraph not the
  // window of China's C59.)
  it("answers each side from its own paragraph", async () => {
    const answer = await shipped.answerTo(
      "two separate security asks from the east before dubai: china's c59 and russia's early cwg structure - how did they differ",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("network and information security");
    expect(answer.text).toContain("security of telecommunication facilities");
  }, 60_000);

  // EFF's side is met only by "In May 2012 EFF urged Member States to release…" beside
  // "Civil-society groups also sent a joint letter…": no verdict of EFF's on the final text.
  it.each([
    "two different civil-society verdicts on the final itrs - parminder's and eff's. same view or not",
    "two different takes on the spam article after dubai - rsf's and google's. how do they stack up",
  ])(
    "leaves refused a side the notes do not tell: %s",
    async (question) => {
      expect(await shipped.coverageOf(question)).toBe("none");
    },
    60_000,
  );
});
