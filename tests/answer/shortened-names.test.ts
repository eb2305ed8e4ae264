// A name the corpus never has that ends a longer one of the glossary ("Delhi" for "New Delhi",
// India's capital) is that name, not something the corpus lacks (issue #12).
import { describe, expect, it } from "vitest";
import { glossaryShortenedNames } from "../../src/answer/glossary-terms.ts";
import { idfFromTexts } from "../../src/answer/term-weights.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { createGlossary } from "../../src/search/glossary.ts";

const glossary = createGlossary([
  { id: "norland", variants: ["Norland"], demonyms: ["Norlander", "Port Halden"] },
  { id: "us", variants: ["United States", "US"] },
]);
const termWeight = idfFromTexts([
  "Norland backed the spam article.",
  "Member States met in Dubai.",
  ...Array.from({ length: 10 }, (_, i) => `Filler ${i}.`),
]);
const keyOf = (question: string, word: string) =>
  keyTermsOf(question, {
    analyze,
    termWeight,
    shortenedNames: glossaryShortenedNames(glossary),
  }).find((k) => k.term === analyze(word)[0]);

describe("a name short for a longer one of the glossary", () => {
  it("is seen where the corpus has the entry, and met by its names", () => {
    const halden = keyOf("Why did Halden back the spam article?", "Halden");
    expect(halden?.unseen).toBeUndefined();
    expect(halden?.alternatives).toContainEqual(["norland"]);
  });

  it("is not read so where the corpus has the word itself", () => {
    const states = keyOf("What did the Member States want?", "States");
    expect(states?.alternatives).not.toContainEqual(["us"]);
  });

  it("leaves a name no longer one ends with unseen", () => {
    expect(keyOf("Why did Tarvik back the spam article?", "Tarvik")?.unseen).toBe(true);
  });
});
