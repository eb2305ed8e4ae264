// A question opening by asking after a plural noun asks for several items, as "which Xs" does
// (issue #12): "What were the flashpoints…", "Into which languages…".
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";

describe("a plural noun asked after", () => {
  it("asks for a list", () => {
    for (const question of [
      "What were the flashpoints that split delegates in Dubai?",
      "Into which languages did partner groups translate the sign-on letter?",
      "What were the American reactions to the outcome in Dubai?",
    ]) {
      expect(analyzeQuestion(question).kind, question).toBe("list");
    }
  });

  it("leaves a capitalised name, a singular and a reason question as they were", () => {
    expect(analyzeQuestion("What are the International Telecommunication Regulations?").kind).toBe(
      "fact",
    );
    expect(analyzeQuestion("What are the ITRs?").kind).toBe("fact");
    expect(analyzeQuestion("What was the result of the vote on the preamble?").kind).toBe(
      "how-many",
    );
    expect(analyzeQuestion("In which year did the Expert Group first meet?").kind).not.toBe("list");
    expect(analyzeQuestion("Why did the US refuse to sign?").kind).toBe("why");
    // (A work's recommendations keep the answer on the section that gives them.)
    expect(
      analyzeQuestion("What recommendations did CDT make to the ITU on cybersecurity?").kind,
    ).toBe("fact");
  });
});
