import { describe, expect, it } from "vitest";
import { analyze, termOf } from "../../src/search/analyze.ts";
import { readCompounds } from "../../src/search/compounds.ts";
import { buildVocabulary, compoundJoiner } from "../../src/search/corpus-vocabulary.ts";

// A small corpus writing some compounds closed ("cybersecurity", "website", "multistakeholder"),
// some hyphenated ("non-binding", "anti-spam") and some open ("walk out"); one both ways
// ("multi-stakeholder" beside "multistakeholder"), one closed word only in a link ("atlarge"),
// and phrases a false join would read as a word ("may be", "every day", "any one").
const TEXTS = [
  "Kramer said cybersecurity did not belong in the treaty. Cybersecurity was left out.",
  "The resolution was non-binding. A non-binding text followed, with anti-spam commitments.",
  "He denied the US had threatened to walk out. CDT's website lists the paper.",
  "The website was updated. The multistakeholder model won. Multistakeholder bodies met.",
  "Multi-stakeholder efforts, and multi-stakeholder bodies, were praised. Anti-spam rules too.",
  "The list is at https://atlarge-lists.icann.org/atlarge and on atlarge.org.",
  "It may be signed. It may be late. Every day counts, every day. Any one of them, any one.",
  "The maybe file, everyday work and anyone else: everyday, maybe, anyone.",
  "The intergovernmental body met. An intergovernmental treaty. Cyberspace and cyberspace.",
];
const vocabulary = buildVocabulary(TEXTS);
const terms = new Set(TEXTS.flatMap((t) => analyze(t)));
const isKnown = (word: string) => {
  const term = termOf(word);
  return term === undefined || terms.has(term);
};
const read = (question: string) =>
  readCompounds(question, { vocabulary: () => vocabulary, isKnown });

describe("buildVocabulary: compounds written open or hyphenated", () => {
  it("counts two words joined by a hyphen or spaces, not across punctuation or in a link", () => {
    expect(vocabulary.pairs.get("non-binding")).toBe(2);
    expect(vocabulary.pairs.get("walk out")).toBe(1);
    expect(vocabulary.pairs.get("multi-stakeholder")).toBe(2);
    // "efforts, and": a comma is no joiner.
    expect(vocabulary.pairs.get("efforts and")).toBeUndefined();
    // The link's words are counted as words, and as linked; they make no pair.
    expect(vocabulary.linked.get("atlarge")).toBe(vocabulary.count.get("atlarge"));
    expect(vocabulary.pairs.get("atlarge-lists")).toBeUndefined();
  });

  it("tells a hyphen and spaces from other text between two words", () => {
    expect(compoundJoiner("-")).toBe("-");
    expect(compoundJoiner("\u2011")).toBe("-");
    expect(compoundJoiner("  ")).toBe(" ");
    expect(compoundJoiner(" - ")).toBeUndefined();
    expect(compoundJoiner("--")).toBeUndefined();
    expect(compoundJoiner("\n")).toBeUndefined();
    expect(compoundJoiner(", ")).toBeUndefined();
  });
});

describe("readCompounds", () => {
  it("reads two words written open or hyphenated as the closed word the corpus holds", () => {
    expect(read("Why was cyber security left out of the treaty?")).toEqual({
      text: "Why was cybersecurity left out of the treaty?",
      corrections: [{ from: "cyber security", to: "cybersecurity" }],
    });
    expect(read("Cyber-security and the web site?")).toEqual({
      text: "Cybersecurity and the website?",
      corrections: [
        { from: "Cyber-security", to: "Cybersecurity" },
        { from: "web site", to: "website" },
      ],
    });
    expect(read("the inter-governmental body, cyber space").corrections).toEqual([
      { from: "inter-governmental", to: "intergovernmental" },
      { from: "cyber space", to: "cyberspace" },
    ]);
  });

  it("reads a closed word the index lacks as the open or hyphenated form the corpus holds", () => {
    expect(read("Was the resolution nonbinding?")).toEqual({
      text: "Was the resolution non-binding?",
      corrections: [{ from: "nonbinding", to: "non-binding" }],
    });
    // Spaces, with a particle closing a phrasal verb's noun.
    expect(read("Did the US threaten a walkout?").corrections).toEqual([
      { from: "walkout", to: "walk out" },
    ]);
    expect(read("Antispam rules?").text).toBe("Anti-spam rules?");
  });

  it("leaves a form the corpus holds as its own, in either direction", () => {
    // The corpus writes "multi-stakeholder" twice beside "multistakeholder": both are its words.
    expect(read("the multi-stakeholder model").corrections).toEqual([]);
    expect(read("the multi stakeholder model").corrections).toEqual([]);
    expect(read("the multistakeholder model").corrections).toEqual([]);
    expect(read("non-binding text, cybersecurity").corrections).toEqual([]);
  });

  it("never joins a phrase of function words, however the corpus writes the word", () => {
    // "maybe", "everyday" and "anyone" are words of the corpus; the phrases are not compounds.
    expect(read("May be signed every day by any one in to it").corrections).toEqual([]);
    expect(read("it may be, every day").corrections).toEqual([]);
  });

  it("reads nothing from a closed form the corpus has only in a link, or beside a number", () => {
    expect(read("What did the at large community say?").corrections).toEqual([]);
    expect(read("at-large").corrections).toEqual([]);
    expect(read("cyber-security2 and cyber-12 security").corrections).toEqual([]);
    expect(read("see https://example.org/cyber security").corrections).toEqual([]);
  });

  it("leaves an acronym, a word it cannot split one way only, and a word no form holds", () => {
    expect(read("NONBINDING?").corrections).toEqual([]);
    expect(read("a cyberwarfare text and a nonbindingness").corrections).toEqual([]);
  });

  it("takes bad input in its stride: hyphens alone, dashes, long hyphen chains", () => {
    for (const q of ["-", "--", "- - -", "---cyber---security---", "cyber - security", ""]) {
      expect(read(q)).toEqual({ text: q, corrections: [] });
    }
    const chain = Array.from({ length: 2000 }, (_, i) => (i % 2 ? "security" : "cyber")).join("-");
    const started = performance.now();
    const result = read(chain);
    expect(performance.now() - started).toBeLessThan(2000);
    // Each pair is read once, left to right: "cyber-security" 1000 times.
    expect(result.corrections).toEqual([{ from: "cyber-security", to: "cybersecurity" }]);
    expect(result.text).toBe(Array.from({ length: 1000 }, () => "cybersecurity").join("-"));
    const letters = Array.from({ length: 3000 }, () => "a").join("-");
    expect(read(letters).corrections).toEqual([]);
  });

  it("never builds the vocabulary for a question with no candidate", () => {
    let built = 0;
    const lazy = () => {
      built++;
      return vocabulary;
    };
    readCompounds("Why? In to it.", { vocabulary: lazy, isKnown });
    expect(built).toBe(0);
  });
});

describe("buildVocabulary on one long run of text", () => {
  it("reads a text of one whitespace-free run in linear time", () => {
    const run = Array.from({ length: 20_000 }, () => "word").join("-");
    const started = performance.now();
    const long = buildVocabulary([`https://x.org/${run}`, run]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(long.linked.get("word")).toBe(20_000);
    expect(long.pairs.get("word-word")).toBe(19_999);
  });
});
