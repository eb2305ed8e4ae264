// A cap on how many points, as a clause of its own after the question (issue #12): "…? keep it to
// four" asks for four points and names no topic.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";

describe("a cap on the count of points", () => {
  it("is the list's count and no content", () => {
    for (const [question, count] of [
      ["What were the flashpoints that split delegates in Dubai? keep it to four", 4],
      ["Which countries refused to sign? Limit it to 3.", 3],
      ["Which countries refused to sign? cap it at five max", 5],
    ] as const) {
      const analysis = analyzeQuestion(question);
      expect(analysis.count, question).toBe(count);
      expect(analysis.content, question).not.toMatch(/\b(?:keep|limit|cap)\b/i);
    }
  });

  it("leaves the same words inside a question as content", () => {
    expect(analyzeQuestion("Did delegates keep it to four days?").content).toBe(
      "Did delegates keep it to four days?",
    );
    expect(analyzeQuestion("Did the ITU cut fees to two?").content).toBe(
      "Did the ITU cut fees to two?",
    );
  });
});
