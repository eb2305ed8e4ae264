// A year the question gives for an event it frames as foreseen ("signers were MEANT to run the
// 2012 text from jan 2015", "how was the 2016 group SUPPOSED to go about it") is told by a
// sentence saying that event as planned ("the 2012 ITRs were to apply provisionally from 1 January
// 2015", "Its mandate was to review…"): `yearsTold` (window-years.ts) reads a prospective
// sentence as telling the year's event when the question asks what was foreseen (`asksForeseen`,
// evidence.ts), as `eventOnlyForeseen` already did for a when question's date (ref40).
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("a year of an event the question frames as foreseen, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-ref40-40-");

  // (Without the rule: refused on `answerTypeGiven`, the 2015 sentence read as foreseen only.)
  it("answers from the sentence telling the plan", async () => {
    const answer = await shipped.answerTo(
      "signers were meant to run the 2012 text from jan 2015 - why wasn't that the clean switchover it sounds like",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("domestic approval");
  }, 60_000);

  it("answers a mandate asked as what the group was supposed to do", async () => {
    const answer = await shipped.answerTo(
      "the 2016 itr expert group - how was it supposed to go about reviewing the 2012 text",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("new trends");
  }, 60_000);

  // The notes date the plan (1 January 2015) but never say how many states had ratified by then.
  it("leaves refused what the plan's sentence does not tell", async () => {
    expect(
      await shipped.coverageOf(
        "the 2012 itrs were meant to apply from jan 2015 - how many states had ratified them by then",
      ),
    ).toBe("none");
  }, 60_000);
});
