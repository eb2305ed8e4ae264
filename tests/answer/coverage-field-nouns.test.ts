// The field's own nouns for what an analyst names in everyday words (src/search/domain-nouns.ts)
// meet a question's noun for the coverage decision (issue #12): "carriers" are what the sources
// call "operators" or "operating agencies", a country's "paper" is its "document" or
// "contribution". Like WordNet's words, they never make an answer "full" and never stand for the
// thing a count is asked of; unlike them, a noun of the field the corpus never uses ("telco") is
// seen where the corpus has another, and they meet only in a place's own sentences, never
// through a title or heading naming them.

import { describe, expect, it } from "vitest";
import { withoutFieldWords, withoutSenseWords } from "../../src/answer/term-alternatives.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { domainNounWords } from "../../src/search/domain-nouns.ts";
import { shippedEngine } from "../support/extractive-engine.ts";

const { coverageOf } = shippedEngine("wcit-coverage-field-nouns-");

// A corpus vocabulary of a few words, as index terms.
const vocabulary = new Set(["oper", "agenc", "document", "contribut", "negoti", "sign"]);
const termWeight = (t: string) => (vocabulary.has(t) ? 2 : undefined);
const keyOf = (q: string, word: string) =>
  keyTermsOf(q, { termWeight }).find((k) => k.term === analyze(word)[0]);

describe("the field's nouns", () => {
  it("gives a family's other nouns for a noun as written, singular or plural", () => {
    expect(domainNounWords("carriers")).toEqual(
      expect.arrayContaining(["telco", "operator", "operating agency"]),
    );
    expect(domainNounWords("paper")).toEqual(
      expect.arrayContaining(["document", "contribution", "submission"]),
    );
    expect(domainNounWords("talks")).toEqual(["negotiations"]);
  });

  it("gives none for a word whose everyday sense is mostly another thing", () => {
    // "talk" is a speech; only "the talks" are negotiations.
    expect(domainNounWords("talk")).toEqual([]);
    expect(domainNounWords("government")).toEqual([]);
  });
});

describe("a question's noun and the field's nouns for it", () => {
  it("carries those the corpus uses as words of the same sense, apart as the field's", () => {
    const carriers = keyOf("Which carriers did the US want covered?", "carriers");
    expect(carriers?.fieldWords).toContainEqual(["oper"]);
    expect(carriers?.senseWords).toContainEqual(["oper", "agenc"]);
    // Stripped for "full" with every word of the same sense, and for a heading on their own.
    expect(carriers ? withoutSenseWords(carriers).alternatives : []).not.toContainEqual(["oper"]);
    expect(carriers ? withoutFieldWords(carriers).alternatives : []).not.toContainEqual(["oper"]);
  });

  it("sees a noun of the field the corpus never uses where it has another", () => {
    const telco = keyOf("Which telco group pushed sender-pays?", "telco");
    expect(telco?.unseen).toBeUndefined();
    expect(telco?.fieldWords).toContainEqual(["oper"]);
  });

  it("carries none for the thing a count is asked of", () => {
    expect(keyOf("How many carriers signed?", "carriers")?.fieldWords).toBeUndefined();
  });
});

describe("coverage with the field's nouns", () => {
  it("answers a question naming in everyday words what its sources name in the field's", async () => {
    // Russia "filed Document 27 on 13 November 2012".
    expect(await coverageOf("When did Moscow file its internet paper?")).toBe("partial");
    // "…the European operators' association ETNO filed CWG contribution C-109…"
    expect(await coverageOf("Which telco group pushed the sender-pays idea before Dubai?")).toBe(
      "partial",
    );
  });

  it("answers a gathering the sources call a conference, and refuses one they never place", async () => {
    // "…the World Administrative Telegraph and Telephone Conference (WATTC-88), which the ITU's
    // Administrative Council scheduled for Melbourne from 28 November to 9 December 1988."
    expect(await coverageOf("When was the Melbourne gathering that wrote the old rulebook?")).toBe(
      "partial",
    );
    // The African proposals were coordinated through Egypt; no source places a meeting of theirs.
    expect(await coverageOf("Where was the African group's prep huddle held?")).toBe("none");
  });

  it("does not meet a noun through a note's title naming the field's noun", async () => {
    // Every paragraph of "…operating agencies and Resolution PLEN/3" is under that title.
    expect(await coverageOf("Which carriers signed the Final Acts in Dubai?")).toBe("none");
  });

  it("still refuses a near miss in the same words", async () => {
    expect(await coverageOf("How many carriers does ETNO speak for?")).toBe("none");
    expect(await coverageOf("Who chaired the talks at the Busan gathering in 2014?")).toBe("none");
    expect(await coverageOf("When did the talks on the 2026 Plenipotentiary start?")).toBe("none");
  });
});
