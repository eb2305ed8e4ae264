// An analyst's everyday words for the notes' own (lexicon22): "team" for a delegation (the
// glossary's everyday words, found one way), "gripes" and "complaints" for what a party objected
// to (the field's nouns), and a count of "member countries", or of the countries a body "speaks
// for", met by the body's count of its members. Each had left a word the answering place lacks,
// and the question refused. The near misses beside them still lack what they ask.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.ts";
import { domainNounWords } from "../../src/search/domain-nouns.ts";
import { glossaryExpansions } from "../../src/search/glossary.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { shippedGlossary, starterEngine } from "../support/extractive-engine.ts";

const glossary = shippedGlossary();

describe("an everyday word of a glossary entry", () => {
  it("finds the entry's names one way", () => {
    expect(glossaryExpansions(analyze("Kramer's team in Dubai"), glossary)).toContain(
      analyze("delegation")[0],
    );
    expect(glossaryExpansions(analyze("the US delegation in Dubai"), glossary)).not.toContain(
      analyze("team")[0],
    );
  });
});

describe("the field's nouns for what a party holds against a text", () => {
  it("meet an analyst's gripe", () => {
    expect(domainNounWords("gripes")).toEqual(expect.arrayContaining(["objection", "problem"]));
  });
});

describe("on the corpus's notes, with its glossary", () => {
  const corpus = starterEngine("wcit-everyday-lexicon-", glossary);

  answersStatingEach(
    corpus,
    [
      // "team" is the delegation the glossary's everyday word finds.
      ["How many people were on Kramer's team in Dubai, supposedly?", "123 members"],
      // A gripe is met by the field's noun in the paragraph's own heading ("Why some still
      // objected."), which says what every sentence under it tells.
      ["What were Neelie Kroes's gripes with the security and spam articles?", "undesirably vague"],
      // A count of member countries, or of the countries a body speaks for, is of its members.
      ["how many member countries does CEPT have?", "its 48 members"],
      [
        "CEPT speaks for how many countries, and which articles could most of them not accept?",
        "its 48 members",
      ],
      [
        "how many member countries did the ITU have according to Reporters Without Borders?",
        "193 members",
      ],
    ],
    "answers %j",
  );

  refusesEach(
    corpus,
    [
      // The Arab States group's principles came before Dubai: no complaint about the final text.
      "What complaints did the Arab States group raise about the final text?",
      // Kramer's team is covered, Busan too, never an official it sent there.
      "which US official did Kramer's team send to Busan in 2014?",
    ],
    "still refuses %j",
  );
});
