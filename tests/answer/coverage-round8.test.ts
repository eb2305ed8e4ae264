// The coverage decision on an analyst's Slack wording (issue #12), round 8: a question resting on
// one term beside only the corpus's topic, a year that qualifies a noun, an everyday verb of the
// asked event, a month's short form; and near misses that name a person's role, ask what someone
// recommended, or ask a vote's tally. Each in-scope question here was refused before its rule;
// each near miss was answered (one of them "full") before its rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askedThing } from "../../src/answer/asked-thing.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { PROJECT_ROOT } from "../../src/context.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The Dubai outcome: the 2012 ITRs", [
    "**Structure of the new text.** Beside the old provisions, new articles cover energy efficiency and accessibility. [1]",
    "**The vote that broke consensus.** During the preamble debate, Iran requested a vote on the access-rights sentence. The result was 77 in favour, 33 against and 8 abstentions. Several Western delegations saw this as the point where agreement on the ITRs became impossible. [2]",
  ]),
  "notes/us.md": note("The United States and the ITRs", [
    "**Leadership.** President Obama chose Ambassador Terry Kramer to head the US delegation to the talks on the ITRs, which he would lead in Dubai. [1]",
    "**Refusal to sign.** On 13 December 2012 Terry Kramer announced that the United States could not sign the revised ITRs. [2]",
    "**Spam.** The Benton Foundation's summary of the US position on the ITRs lists it this way: spam is a form of content, so regulating it internationally could open the door to regulating other content. [1]",
  ]),
  "notes/review.md": note("After Dubai: the review of the ITRs", [
    "**Expert Group on the ITRs.** In 2016 the ITU Council adopted Resolution 1379, creating an Expert Group on the ITRs open to Member States and Sector Members. [1]",
    "**Later work.** The group met again in Geneva to discuss the ITRs and their use by operators. [2]",
  ]),
  "notes/positions.md": note("Positions before Dubai on the ITRs", [
    "**Indonesia.** Ahead of the July 2012 ITU Council, Indonesia urged work towards a global legal platform for a cybersecurity convention. [1]",
    "**European Parliament.** On 22 November 2012 the European Parliament resolved that no single centralised body should gain regulatory authority over Internet governance under the ITRs. [2]",
    "**CDT.** In September 2012 CDT issued a paper on the cybersecurity proposals for the ITRs. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage8-", NOTES, {
  // The shipped glossary: "Iranian" meets "Iran" as the app reads it.
  "glossary.json": fs.readFileSync(path.join(PROJECT_ROOT, "corpus", "glossary.json"), "utf8"),
});

describe("a question resting on one term beside only the corpus's topic", () => {
  it("is answered where that term is said without the topic: which new articles", async () => {
    expect(
      await coverageOf("Besides security and spam, which new articles were added to the ITRs?"),
    ).not.toBe("none");
  });
});

describe("a year qualifying a noun ('the 2016 review group')", () => {
  it("stands with what it dates, whatever the question's other words", async () => {
    expect(
      await coverageOf(
        "Could companies take part in the 2016 review group on the ITRs, or was it governments only?",
      ),
    ).not.toBe("none");
  });

  it("does not stand with that year where the corpus gives it to something else", async () => {
    expect(
      await coverageOf("Could companies take part in the ITU's 2012 review group on the ITRs?"),
    ).toBe("none");
  });
});

describe("the verb of a who/when question", () => {
  it("an everyday one ('picked') is the asker's wording, not an event the corpus lacks", async () => {
    expect(
      await coverageOf("who picked Kramer to lead the US side? need it for a bio line"),
    ).not.toBe("none");
  });

  it("one the corpus never uses that is no everyday word ('elected') still is", async () => {
    expect(await coverageOf("who elected Kramer to lead the US side?")).toBe("none");
  });
});

describe("a month's short form", () => {
  it("names the month the corpus writes in full", async () => {
    expect(await coverageOf("What did CDT put out on cyber proposals in Sept 2012?")).not.toBe(
      "none",
    );
    const sept = keyTermsOf("in Sept 2012").find((k) => k.term === "sept");
    expect(sept?.alternatives).toContainEqual(["septemb"]);
  });

  it("leaves 'Mar' alone: it is a word too", () => {
    const mar = keyTermsOf("Did the leak mar the talks?").find((k) => k.term === "mar");
    expect(mar).toBeDefined();
    expect(mar?.alternatives).not.toContainEqual(["march"]);
  });
});

describe("'who was the <people> delegate…' asks for a person", () => {
  it("reads the role as the thing asked; 'the ITU boss' is no such role", () => {
    expect(
      askedThing("who was the Iranian delegate who called the vote on the access sentence?"),
    ).toEqual({ word: "delegate", counted: false });
    expect(askedThing("Who was the ITU boss in 2012?")).toBeUndefined();
  });

  it("is refused where the corpus names only the country (it was answered 'full')", async () => {
    expect(
      await coverageOf("who was the Iranian delegate who called the vote on the access sentence?"),
    ).toBe("none");
  });

  it("is answered where a person is named", async () => {
    expect(
      await coverageOf("who was the delegate who announced the United States would not sign?"),
    ).not.toBe("none");
  });
});

describe("'what did X recommend / propose…' asks for a course of action", () => {
  it("is refused where X only summarises a position", async () => {
    expect(
      await coverageOf("what did the Benton Foundation recommend the US delegation do about spam?"),
    ).toBe("none");
  });

  it("is answered where X urged something", async () => {
    expect(
      await coverageOf("What did Indonesia propose ahead of the July 2012 ITU Council?"),
    ).not.toBe("none");
  });
});

describe("'what was the vote tally…' asks for a count", () => {
  it("reads as how-many", () => {
    expect(analyzeQuestion("what was the vote tally on the access sentence?").kind).toBe(
      "how-many",
    );
    expect(analyzeQuestion("what was the vote about?").kind).not.toBe("how-many");
  });

  it("is refused where the corpus dates the vote without a count", async () => {
    expect(
      await coverageOf(
        "what was the vote tally when the European Parliament passed its November 2012 resolution?",
      ),
    ).toBe("none");
  });

  it("is answered where the count is given", async () => {
    expect(await coverageOf("what was the vote tally on Iran's access sentence?")).not.toBe("none");
  });
});
