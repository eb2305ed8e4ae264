// Words of the same sense (WordNet, src/search/thesaurus.ts) meet a question's term for the
// coverage decision (issue #12): "rules for countries" is what the sources call "regulations"
// for "Member States". They never make an answer "full", never name a term the corpus lacks, and
// never stand for the thing a count is asked of.

import { describe, expect, it } from "vitest";
import { assessRelevance } from "../../src/answer/relevance.ts";
import { withoutSenseWords } from "../../src/answer/term-alternatives.ts";
import { type KeyTerm, keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { shippedEngine } from "../support/extractive-engine.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const { coverageOf } = shippedEngine("wcit-coverage-same-sense-");

// A corpus vocabulary of a few words, as index terms.
const vocabulary = new Set(["state", "argument", "regul", "govern", "administr"].map((w) => w));
const termWeight = (t: string) => (vocabulary.has(t) ? 2 : undefined);
const keyOf = (q: string, word: string) =>
  keyTermsOf(q, { termWeight }).find((k) => k.term === analyze(word)[0]);

describe("a question's term and the words of its sense", () => {
  it("carries the corpus's words of the same sense, as index terms", () => {
    const countries = keyOf("Which countries wanted new rules?", "countries");
    expect(countries?.senseWords).toContainEqual(["state"]);
    expect(countries?.alternatives).toContainEqual(["state"]);
    expect(keyOf("What did the paper argue?", "argue")?.senseWords).toContainEqual(["argument"]);
  });

  it("carries none the corpus does not use, and none for a name", () => {
    const rules = keyOf("Which countries wanted new rules?", "rules");
    expect(rules?.senseWords?.flat() ?? []).not.toContain("ruler");
    expect(keyOf("What did Russia want?", "Russia")?.senseWords).toBeUndefined();
  });

  it("leaves a form another source gives to that source, so stripping keeps it", () => {
    // "reader" is both a derived form of "read" and one of WordNet's words for it.
    const vocab = new Set(["reader", "read", "draft"]);
    const read = keyTermsOf("How could delegates read the draft?", {
      termWeight: (t) => (vocab.has(t) ? 2 : undefined),
    }).find((k) => k.term === "read");
    expect(read?.alternatives).toContainEqual(["reader"]);
    expect(read?.senseWords ?? []).not.toContainEqual(["reader"]);
    expect(read ? withoutSenseWords(read).alternatives : []).toContainEqual(["reader"]);
  });

  it("carries none for the thing a count is asked of", () => {
    expect(
      keyOf("How many organisations sent comments?", "organisations")?.senseWords,
    ).toBeUndefined();
  });
});

describe("coverage with words of the same sense", () => {
  it("answers a question worded otherwise than its sources, never as full", async () => {
    const coverage = await coverageOf(
      "Before Dubai, was the ITU's cyber work mostly about writing rules for countries?",
    );
    expect(coverage).toBe("partial");
  });

  it("still refuses a near miss whose words meet only in another sense", async () => {
    expect(await coverageOf("How does the ITU coordinate geostationary orbit slots?")).toBe("none");
  });

  it("still refuses a count of a thing the sources never count", async () => {
    expect(
      await coverageOf(
        "How many organisations sent comments to the ITU's wcit-public list before Dubai?",
      ),
    ).toBe("none");
  });
});

describe("a window saying a question's word only in a word of its sense", () => {
  // A common word (not one of the question's own) met only through the thesaurus still lifts the
  // window's share; it must not make the window state the question for "full".
  const doc = makeDocument({ id: "note", title: "Proposals" });
  const { scored, termWeight } = smallCorpusOf(doc, [
    "Russia stated that spam should be defined in the treaty.",
    "Nothing else here.",
  ]);
  const asked = keyTermsOf("Did Russia want spam defined in the treaty?", { termWeight }).filter(
    (k) => k.term !== "want",
  );
  const common = (alternatives: string[][], senseWords?: string[][]): KeyTerm => ({
    term: "declar",
    alternatives,
    weight: 1,
    generic: true,
    ...(senseWords ? { senseWords } : {}),
  });

  it("is covered, but not stated together", () => {
    const judged = assessRelevance(scored, [...asked, common([["state"]], [["state"]])], analyze);
    expect(judged.covered).toBe(true);
    expect(judged.statedTogether).toBe(false);
  });

  it("is stated together where the same word is an alternative of another kind", () => {
    const judged = assessRelevance(scored, [...asked, common([["state"]])], analyze);
    expect(judged.covered).toBe(true);
    expect(judged.statedTogether).toBe(true);
  });
});
