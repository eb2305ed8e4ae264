// The coverage decision on near misses that still got an answer (issue #12), round 13: "which
// delegations / NGOs…" met by a sentence naming none of them, and a name the asker capitalises
// that the corpus has only as a common word. Each near miss here was answered before its rule;
// each in-scope twin is answered with it.
import { describe, expect, it } from "vitest";
import { namesOnlyCommon } from "../../src/answer/name-case.ts";
import type { WordCase } from "../../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/rights.md": note("Human rights and civil society at WCIT-12", [
    "**The vote that broke consensus.** During the preamble debate, Iran asked for a vote on adding a sentence recognising Member States' right of access to international telecommunication services. It passed 77 to 33 with 8 abstentions, and several Western delegations saw that moment as crossing a red line. [1]",
    "**Access to documents.** Only ITU members could see the preparatory documents. Several NGOs sent a joint letter to the Secretary-General asking for public access to them. [2]",
    "**Unity statement.** A short unity statement was drafted by the Electronic Frontier Foundation, CDT, Fight for the Future and the International Trade Union Confederation, and more than 120 organisations signed it. [1]",
    "**Specific textual concerns.** UNESCO criticised a clause of the final ITRs that would have let states restrict access to services, and said it did not match accepted limits on expression. [2]",
  ]),
  "notes/outcome.md": note("The Dubai outcome: who signed the ITRs", [
    "**Signature count.** News reports said the 55 that did not sign included countries that firmly refused (the US, UK, Canada, Australia and others). [1]",
    "**Observers.** NGO observers followed the signing ceremony from the gallery. [2]",
    "**Refusal to sign.** Delegations including the UK, Canada, Denmark, Sweden and Poland then declared they would not sign the ITRs. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage13-", NOTES);

describe("'which delegations…' asks for the countries' names", () => {
  it("is refused where the place says only 'several Western delegations'", async () => {
    expect(
      await coverageOf("Which delegations voted against Iran's right-of-access sentence?"),
    ).toBe("none");
  });

  it("is answered where the place names them", async () => {
    expect(await coverageOf("Which delegations declared they would not sign the ITRs?")).not.toBe(
      "none",
    );
  });

  it("asks no name where a possessive names the delegation already", async () => {
    // Australia stands only in a list of countries that refused: nothing it said is there.
    expect(
      await coverageOf(
        "Give me talking points on what Australia's delegation said when it refused to sign",
      ),
    ).toBe("none");
  });
});

describe("'which NGOs…' asks for the organisations' names", () => {
  it("is refused where the place says only 'several NGOs'", async () => {
    expect(
      await coverageOf(
        "Which NGOs signed the joint letter to the Secretary-General asking for public access?",
      ),
    ).toBe("none");
  });

  it("is answered where the place names them", async () => {
    expect(await coverageOf("Which NGOs drafted the unity statement?")).not.toBe("none");
  });
});

describe("a name the corpus has only as a common word", () => {
  it("is not met by the common word: 'Access' is not 'restrict access'", async () => {
    expect(await coverageOf("What did Access think of the final ITRs?")).toBe("none");
  });

  it("leaves the same question asked about the common word answered", async () => {
    expect(
      await coverageOf("What did UNESCO think about restricting access in the final ITRs?"),
    ).not.toBe("none");
  });
});

describe("namesOnlyCommon", () => {
  const corpus: Record<string, WordCase> = {
    access: { inSentence: 18, capitalised: 0 },
    group: { inSentence: 15, capitalised: 0 },
    internet: { inSentence: 51, capitalised: 51 },
  };
  const wordCase = (word: string): WordCase =>
    corpus[word.toLowerCase()] ?? { inSentence: 0, capitalised: 0 };

  it.each([
    ["What did Access think of the final ITRs?", ["access"]],
    // The corpus writes it capitalised inside sentences: a name there too.
    ["What did Internet users make of the ITRs?", []],
    // Opening the question or one of its sentences, a capital marks no name.
    ["Access to documents: who could see them?", []],
    ["We need this today. Access was quoted?", []],
    // Beside another capitalised word it is part of a longer name the corpus may shorten.
    ["What did the Expert Group decide?", []],
    // Title case marks no names.
    ["What Did Access Think Of The Final ITRs?", []],
    // A word the corpus never has is another rule's (an unseen name).
    ["What did Liberty think of the ITRs?", []],
  ])("%s → %j", (question, names) => {
    expect(namesOnlyCommon(question, wordCase)).toEqual(names);
  });
});
