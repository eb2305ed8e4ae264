// The noun a "what/which" question asks for, read by the tagger as a verb before the question's
// copula ("what date WERE…"), names what is asked: it is no verb of the act whose date is asked.
import { describe, expect, it } from "vitest";
import { verbWords } from "../../src/answer/question-predicates.ts";

describe("verbWords: the asked noun before a copula", () => {
  it("does not read the asked noun as the act's verb", () => {
    for (const question of [
      "what date were the delegate briefings in Geneva?",
      "what dates were the delegate briefings in Geneva ahead of Dubai?",
    ]) {
      expect([...verbWords(question)]).not.toContain("date");
    }
  });
  it("keeps a verb after the asked noun and a verb right after 'what'", () => {
    expect([...verbWords("what date did the delegates meet in Geneva?")].join(" ")).toMatch(/meet/);
    expect([...verbWords("what happened at the Geneva briefings?")].join(" ")).toMatch(/happen/);
  });
});
