// A list naming the parts it wants in a series (issue #12): a date word among other parts asks for
// one point, not a date on every point; a series after a lead-in's colon names the parts of the
// topic the lead-in names, which stays content.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";

describe("a list naming its parts in a series", () => {
  it("does not read a date named beside other parts as a list of dates", () => {
    const analysis = analyzeQuestion(
      "the Dubai basics for a one-pager: dates, host, venue and chair - bullets",
    );
    expect(analysis.wantsList).toBe(true);
    expect(analysis.itemType).toBeUndefined();
  });

  it("still reads a request for dates or a timeline as a list of dates", () => {
    for (const question of [
      "timeline slide, one line each: key dates from the run-up to Dubai through the aftermath",
      "List the dates of the main preparatory meetings",
      "for a slide, one line each: the big moments from the leak to the signing, with dates",
    ]) {
      expect(analyzeQuestion(question).itemType, question).toBe("date");
    }
  });

  it("keeps a lead-in naming a topic before a bare series of its parts", () => {
    const analysis = analyzeQuestion(
      "key provisions of the new treaty text as bullets: preamble, scope, security and spam",
    );
    expect(analysis.content).toMatch(/^key provisions of the new treaty text/);
    expect(analysis.members).toEqual(["preamble", "scope", "security", "spam"]);
  });

  it("keeps that lead-in when an aside follows the series", () => {
    const analysis = analyzeQuestion(
      "key provisions of the new treaty text as bullets: preamble, scope, security and spam (pls cite sources)",
    );
    expect(analysis.content).toMatch(/^key provisions of the new treaty text/);
  });

  it("still drops a format lead-in before a request that is no bare series", () => {
    const analysis = analyzeQuestion(
      "timeline slide, one line each: key dates from the run-up to Dubai through the aftermath",
    );
    expect(analysis.content).toBe("key dates from the run-up to Dubai through the aftermath");
  });
});
