// List and claim-check requests in wordings the question reader had not read as instructions
// (yesno19): "laundry list of…", "a two-item list is fine", "…, as a quick rundown", "gimme a few
// talking points I can reuse", "quick sanity check - …". Read as content, their words were topic
// words no source uses: the request was refused, or read as a plain fact question and answered
// from a paragraph on another point.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("reading the request", () => {
  it.each([
    [
      "laundry list of what the Americas bloc's joint proposals asked for, pls",
      "what the Americas bloc's joint proposals asked for",
    ],
    [
      "the two big problems CDT's paper saw with the security proposals - a two-item list is fine",
      "the two big problems CDT's paper saw with the security proposals",
    ],
    [
      "What were the next venues after Dubai, as a quick rundown",
      "What were the next venues after Dubai",
    ],
    [
      "What did CDT say the ITU should do? gimme a few talking points I can reuse",
      "What did CDT say the ITU should do?",
    ],
    ["give me talking points we can drop into the deck on the spam article", "the spam article"],
  ])("reads %s as a list of its content", (question, content) => {
    const read = analyzeQuestion(question);
    expect(read.kind).toBe("list");
    expect(read.content).toBe(content);
  });

  it("reads a quick sanity check as the claim it frames", () => {
    const read = analyzeQuestion(
      "quick sanity check - the Budapest convention came into force in 2004, right?",
    );
    expect(read.kind).toBe("yes-no");
    expect(read.content).toBe("the Budapest convention came into force in 2004");
  });

  it("keeps a topic after the asker's use of the points", () => {
    // ("on the spam article" is what the points are about, not where they will be used.)
    expect(analyzeQuestion("give me talking points I can use on the spam article").content).toBe(
      "the spam article",
    );
  });

  it("keeps a written thing a source reports after 'in' or 'via'", () => {
    expect(analyzeQuestion("What did the ITU say via a press statement?").content).toContain(
      "press statement",
    );
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-list-wording-19-");

  it("answers a laundry list from the paragraph naming its items", async () => {
    const answer = await starter.answerTo(
      "laundry list of what the Americas bloc's joint proposals asked for, pls",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Radio Regulations");
  });

  it("answers a two-item list from the paragraph giving both reasons", async () => {
    const answer = await starter.answerTo(
      "the two big problems CDT's paper saw with the security proposals - a two-item list is fine",
    );
    expect(answer.text).toContain("Internet freedom");
  });
});

describe("a list of a kind asked with a relative clause", () => {
  const starter = starterEngine("wcit-list-relative-19-");

  refusesEach(
    starter,
    [
      // "each shows which countries backed it" names no country.
      "list the countries that backed IAP-1 in the Inter-American proposals",
      // The corpus holds a count of the Dubai signatories, not their names.
      "List the 89 countries that signed the Final Acts in Dubai",
    ],
    "refuses %s where no place names one",
  );

  it("still answers one whose place names them", async () => {
    const answer = await starter.answerTo(
      "list the countries that stayed outside the Budapest Convention",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Brazil and India");
  });
});

describe("a claim of two clauses", () => {
  const starter = starterEngine("wcit-two-clause-claim-19-");

  it("checks the first clause's verb, not the second's", async () => {
    // ("came into force" is a common verb; "signed" belongs to the second claim, which "Russia
    // refused to join" answers.)
    const answer = await starter.answerTo(
      "quick sanity check - the Budapest cybercrime convention came into force back in 2004, and Russia signed up to it, right?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("refused to join");
  });

  it("still refuses a first clause whose verb stands nowhere", async () => {
    expect(
      await starter.coverageOf(
        "Fact check: Algeria signed the new ITRs in Dubai, and it backed the leaked bloc text",
      ),
    ).toBe("none");
  });
});

describe("a yes/no answer opens with what its subject did", () => {
  const starter = starterEngine("wcit-yes-no-verb-lead-19-");

  it.each([
    ["Did Egypt support the leaked RUC proposal?", "Egypt publicly denied ever supporting it."],
    [
      "Did the European Commission resolve in Nov 2012 that no single centralised body should regulate Internet traffic?",
      "On 22 November 2012 the European Parliament resolved",
    ],
  ])("%s", async (question, opening) => {
    const answer = await starter.answerTo(question);
    expect(answer.text.startsWith(opening)).toBe(true);
  });
});

describe("a list of who", () => {
  const starter = starterEngine("wcit-who-list-19-");

  it("is led by the actors' paragraph, not by a series naming someone", async () => {
    const answer = await starter.answerTo(
      "who piled on the spam article after Dubai and what was each one's beef? one bullet per critic",
    );
    expect(answer.text.startsWith("- Reporters Without Borders")).toBe(true);
    expect(answer.text).toContain("Czech delegation");
  });
});
