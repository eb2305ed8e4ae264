// Which passage leads a why answer, and whose reasons count (lead21). A note's section headed
// with "Why" ("Why some still objected.") leads when it names what the question most
// specifically asks and is valued nearly as highly as the best passage; a why asked after a
// topic and a dash ("5A ended up … - what made CEPT … keep complaining?") is a why question; a
// why answer naming its doer ("What made Dourado…") is led by a passage naming the doer; and a
// reason given by another party for its own act ("Russia refused to join, citing sovereignty")
// or in another party's reported clause ("The Czech delegation likewise said …, and that
// governments should not…") is not the reason asked of the doer.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { answersEach, refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("a why asked after a topic and a dash", () => {
  it.each([
    "so 5A ended up saying 'security and robustness' - what made CEPT keep complaining about it?",
    "the ITU kept saying the resolution was harmless - what was their reasoning?",
  ])("is a why question: %s", (question) => {
    expect(analyzeQuestion(question).kind).toBe("why");
  });

  it("leaves a when asked that way a when question", () => {
    expect(analyzeQuestion("Russia's Document 27 - when was it filed?").kind).toBe("when");
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-why-heading-21-");

  it("leads with the section headed with why", async () => {
    const answer = await starter.answerTo(
      "Article 5A ended up saying 'security and robustness' - what made CEPT and Kroes keep complaining about it anyway?",
    );
    expect(answer.citations[0]?.section).toContain("Why some still objected");
    expect(answer.text).toContain("misread as licensing more government control");
  });

  it("leads with a passage naming the doer asked about", async () => {
    const answer = await starter.answerTo(
      "What made Dourado, who served on the US delegation, so critical of the compromise draft?",
    );
    expect(answer.citations[0]?.section).toContain("How insiders described it");
    expect(answer.text).toContain("scope and operator-coverage problems");
  });

  describe("a reason stated for another party is not the doer's", () => {
    refusesEach(starter, [
      // "Russia refused to join, citing sovereignty…. Brazil and India also stayed outside…"
      "Why did India decide to stay out of the Budapest Convention?",
      "what was Brazil's reason for not joining the Budapest Convention?",
      // "Several Western delegations saw that moment as crossing a red line": their reading.
      "What was Iran's motivation for calling a vote on the right-of-access sentence?",
      // "The Czech delegation likewise said …, and that governments should not regulate it…":
      // the Czechs' stance, in a clause naming no one of its own.
      "Why did India push for a spam article in the treaty?",
    ]);

    answersEach(starter, [
      "Why did Russia refuse to join the Budapest Convention?",
      "what was Russia's reason for staying outside the Budapest Convention?",
      "Why did the Czech delegation think governments shouldn't regulate bulk messaging through a treaty?",
      "Why did the Czechs say bulk messaging shouldn't be regulated by treaty?",
      "Why did the United Kingdom suggest the word robustness instead of security?",
    ]);
  });
});
