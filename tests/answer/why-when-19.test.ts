// Why and when questions in the wordings analysts use for them (whywhen19): a reason asked "on
// what basis", as "the explanation for" or as what an act was for; a when asked with a hedge
// ("roughly when…"), as a stage, or as a moment within an event, which sources give by its place
// in that event ("on the second day", "in the middle of the debate on…"); and a when answered
// only where the window dates the asked event, not its dated neighbours.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-why-when-19-");
const kindOf = (q: string) => analyzeQuestion(q).kind;

describe("reading the kind", () => {
  it.each([
    "On what basis did Kramer insist that Dubai wasn't a failure?",
    "What's the explanation for WCITLeaks posting so many documents?",
    "if the US was never going to sign, what was the point of them going to Dubai at all?",
    "What were the Best Bits groups hoping to achieve with their statement?",
    "What was Indonesia angling for with its 'global legal platform' idea?",
  ])("reads %s as a why question", (q) => {
    expect(kindOf(q)).toBe("why");
  });

  it.each([
    "roughly when did the Arab group meet in Cairo?",
    "roughly what stage of the prep was it when the proposals were reorganised into options?",
    "At what stage did TD-64 leak?",
  ])("reads %s as a when question", (q) => {
    expect(kindOf(q)).toBe("when");
  });

  it("leaves what a standing thing is for a description", () => {
    expect(kindOf("What is the purpose of the International Telecommunication Regulations?")).toBe(
      "fact",
    );
  });
});

describe("on the starter corpus", () => {
  it("answers a reason asked on what basis with the grounds given", async () => {
    const answer = await starter.answerTo(
      "On what basis did Kramer insist afterwards that Dubai wasn't a failure for Washington?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("54 other countries");
  });

  it("answers a moment within an event by its place in that event", async () => {
    const day = await starter.answerTo(
      "which day of the conference were delegates going back and forth over Tunisia's free-expression language?",
    );
    expect(day.coverage).not.toBe("none");
    expect(day.text).toContain("second day");
    const point = await starter.answerTo(
      "At what point in the talks did the chair slip in the line saying the treaty doesn't cover content?",
    );
    expect(point.coverage).not.toBe("none");
    expect(point.text).toContain("in the middle of the debate on the security article");
  });

  refusesEach(
    starter,
    [
      // (The corpus says UNESCO submitted, never when.)
      "Which day of the conference did UNESCO file its comments on draft 5A.4?",
      "At what point in the conference did Egypt deny backing the bloc text?",
      // (The paragraph tells Egypt's denial undated, between the leak's and the withdrawal's dates.)
      "roughly when did Egypt come out and deny it was behind the leaked RUC rewrite?",
    ],
    "still refuses %s",
  );

  it("still dates an event its own sentence dates beside an undated neighbour", async () => {
    const answer = await starter.answerTo(
      "When did the Chair take the RUC bloc text off the table?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("10 December");
  });
});

describe("a why answer quoting a verdict", () => {
  it("goes on to the grounds the next sentence gives for it", async () => {
    const answer = await starter.answerTo("why did Access think the final deal was only so-so?");
    expect(answer.text).toContain("Access described the final text as mixed");
    expect(answer.text).toContain("vague provisions could still be used");
  });
});

describe("a when asked through a verb of expectation", () => {
  it("asks the date of the event expected, not of the expecting", async () => {
    const answer = await starter.answerTo(
      "In which month of 2013 did observers expect the policy forum after Dubai to meet?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("May 2013");
  });

  it("still refuses where the place lacks what was expected", async () => {
    expect(
      await starter.coverageOf(
        "When did observers expect the Busan conference to approve a cybersecurity treaty?",
      ),
    ).toBe("none");
  });
});
