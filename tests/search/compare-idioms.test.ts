// A yes/no question whose idiom compares the two it names ("were X and Y on the same page…?",
// "how far apart were X and Y…?") is a comparison of those two sides.
// Tuning half (604 q): nugget recall 0.8240 → 0.8245 (a "same page… one line each" question gets
// both sides), wrong refusals 37 of 485, out-of-scope refused 98 of 119, "full" 0 unchanged.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";

describe("analyzeQuestion: idioms of comparison", () => {
  it.each([
    ["were the US and the EU basically on the same page going into Dubai?", ["the US", "the EU"]],
    ["Are Norway and Peru at odds on roaming?", ["Norway", "Peru"]],
    ["did Kenya and Chile see eye to eye on spam?", ["Kenya", "Chile"]],
    ["how far apart were Russia and the US on internet names?", ["Russia", "the US"]],
  ])("%s", (question, sides) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.kind).toBe("compare");
    expect(analysis.sides).toEqual(sides);
  });

  it("leaves a yes/no question without the idiom alone", () => {
    expect(analyzeQuestion("were the US and the EU both in Dubai?").kind).toBe("yes-no");
  });
});
