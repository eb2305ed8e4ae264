// The coverage decision on an analyst's everyday words for what the sources say in their own
// (issue #12, in-975..in-990): a word the corpus never uses standing alone ("the draft rulebook"),
// a person noun in "-man" for the office ("the chairman" for "the Chair"), and a body's members
// after its name ("the guild countries"). Each in-scope question here was refused before its rule.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "The harbour conference" });

const corpus = (texts: readonly string[], fillers = 40) =>
  smallCorpusOf(doc, texts, fillers).judgeWorded;

describe("one required term beside only words the corpus never uses", () => {
  const judge = corpus([
    "After a first meeting in Lisbon, the Nordic pilots set out preliminary principles for the code.",
    "Delegates met in the main hall.",
    "The harbour code was adopted late.",
  ]);

  it("is met by a sentence stating the term: the unused word is the asker's wording", () => {
    expect(judge("What did the Nordic group want changed in the rulebook?").covered).toBe(true);
  });

  it("still needs another word the corpus does use", () => {
    // "Cairo" is in the corpus, and no sentence about the Nordic pilots names it.
    const judgeWithCairo = corpus([
      "After a first meeting in Lisbon, the Nordic pilots set out preliminary principles for the code.",
      "A second meeting was held in Cairo.",
      "The harbour code was adopted late.",
    ]);
    expect(judgeWithCairo("What did the Nordic group want changed in Cairo?").covered).toBe(false);
  });
});

describe("a lone unused word where every required term is met", () => {
  const judge = corpus([
    "On 11 May the guild council decided to publish the draft of the future harbour code.",
    "It did not release the other preparatory documents.",
    "Pilots met grudgingly, hastily and secretly in the main hall.",
    "Fishing quotas were not discussed.",
  ]);

  it("weighs as a common word: the place answers the question in its own words", () => {
    expect(
      judge("When did the guild council grudgingly, hastily and secretly okay the rulebook?")
        .covered,
    ).toBe(true);
  });

  it("keeps its weight beside another unused word: together they name something else", () => {
    expect(judge("When did the guild okay geostationary orbit slots?").covered).toBe(false);
  });
});

describe("a person noun in '-man'", () => {
  it("meets the office it is made of, one way only", () => {
    const chairman = keyTermsOf("Who was the chairman?").find((k) => k.term === "chairman");
    expect(chairman?.alternatives).toContainEqual(["chair"]);
    const chair = keyTermsOf("Who was the chair?").find((k) => k.term === "chair");
    expect(chair?.alternatives).not.toContainEqual(["chairman"]);
  });

  it("is met where the source names the Chair", () => {
    const judge = corpus([
      "Late on 12 May the Chair asked for a show of placards to gauge the feel of the room, then declared that most delegates supported the quota resolution.",
      "Pilots met in the main hall.",
      "The harbour code was adopted late.",
    ]);
    expect(
      judge("How did the chairman take the room's temperature on the quota resolution?").covered,
    ).toBe(true);
  });
});

describe("a body's members named after the body", () => {
  const judge = corpus([
    "The Tasman guild said the scope clause was still too unclear to accept, and did not sign the code.",
    "Pilots from forty countries met in the main hall.",
    "The harbour code was adopted late.",
  ]);

  it("is met where the body is: 'the Tasman countries' are the Tasman guild's", () => {
    expect(judge("Why did the Tasman countries end up not signing?").covered).toBe(true);
  });

  it("still needs the body named", () => {
    expect(judge("Why did the Baltic countries end up not signing?").covered).toBe(false);
  });
});

describe("a lone missing word of common English", () => {
  // (Both nouns are in many passages, as "governments" is in a real corpus.)
  const judge = corpus(
    [
      "Tasman counted 41 of the guild's 60 ports. It attributed most refusals to the quota resolution.",
      ...Array.from({ length: 12 }, (_, i) => `Governments met on day ${i + 1}.`),
      ...Array.from({ length: 12 }, (_, i) => `Regattas sailed on day ${i + 1}.`),
    ],
    20,
  );

  it("is spared the count: the source names the governments otherwise", () => {
    expect(judge("Tasman's take on why so many governments would not sign?").covered).toBe(true);
  });

  it("is not, for a word of substance", () => {
    expect(judge("Tasman's take on why so many regattas would not sign?").covered).toBe(false);
  });
});
