import { describe, expect, it } from "vitest";
import { analyze, normalizeText, STOP_WORDS, stem, tokenize } from "../../src/search/analyze.ts";
import { sameSenseTerms, wordFamilyExpansions } from "../../src/search/word-families.ts";

describe("analyze", () => {
  it("lower-cases, splits on anything but letters and digits, drops stop words and stems", () => {
    expect(analyze("Why is the ITU ill-suited to regulate cybersecurity?")).toEqual([
      "itu",
      "ill",
      "suit",
      "regul",
      "cybersecur",
    ]);
  });

  it("stems inflections of one word to one term", () => {
    expect(new Set(analyze("regulation regulations regulate regulated regulating")).size).toBe(1);
    expect(stem("agencies")).toBe(stem("agency"));
  });

  it("keeps numbers and acronyms as their own terms", () => {
    expect(analyze("WCIT-12 and the 1988 ITRs")).toEqual(["wcit", "12", "1988", "itr"]);
  });

  it("applies NFKC and folds diacritics, so compatibility forms and accents meet plain text", () => {
    expect(normalizeText("Télécoms ﬁle")).toBe("telecoms file");
    expect(analyze("TÉLÉCOM")).toEqual(analyze("telecom"));
    expect(tokenize("ﬁrst\u00a0Ｉｎｔｅｒｎｅｔ")).toEqual(["first", "internet"]);
  });

  it("keeps letters outside Latin script and splits on punctuation everywhere", () => {
    expect(tokenize("Интернет—управление, 互联网")).toEqual(["интернет", "управление", "互联网"]);
  });

  it("keeps stop words in raw tokens (phrases need them) but not in terms", () => {
    expect(tokenize("the Budapest Convention")).toEqual(["the", "budapest", "convention"]);
    expect(STOP_WORDS.has("the")).toBe(true);
    expect(analyze("the of and to")).toEqual([]);
  });
});

describe("word families", () => {
  it("expand a query only with the start-of-event verbs", () => {
    expect(wordFamilyExpansions(analyze("restarted"))).toContain(analyze("revived")[0]);
    expect(wordFamilyExpansions(analyze("opposed"))).toEqual([]);
  });

  it("give a stance or act verb the other words of its family, one way or the other", () => {
    const criticised = analyze("criticised")[0] as string;
    expect(sameSenseTerms(analyze("slammed")[0] as string)).toContain(criticised);
    expect(sameSenseTerms(criticised)).toContain(analyze("slammed")[0]);
    expect(sameSenseTerms(analyze("withdrew")[0] as string)).toContain(analyze("removed")[0]);
    expect(sameSenseTerms(analyze("flop")[0] as string)).toContain(analyze("failure")[0]);
    expect(sameSenseTerms(analyze("picked")[0] as string)).toContain(analyze("chose")[0]);
    // A treaty that "enters into force" is one that applies from a date.
    expect(sameSenseTerms(analyze("enter")[0] as string)).toContain(analyze("applies")[0]);
    expect(sameSenseTerms(analyze("entry")[0] as string)).toContain(analyze("entered")[0]);
    // Not across families: supporting is not criticising.
    expect(sameSenseTerms(analyze("championed")[0] as string)).not.toContain(criticised);
  });

  it("give policing the words for a government's vetting and control of what passes", () => {
    const vet = analyze("vetting")[0] as string;
    expect(sameSenseTerms(analyze("police")[0] as string)).toContain(vet);
    expect(sameSenseTerms(analyze("policing")[0] as string)).toContain(analyze("control")[0]);
    // Not "regulate": its stem is the treaty's own name ("Regulations").
    expect(sameSenseTerms(analyze("police")[0] as string)).not.toContain(analyze("regulate")[0]);
  });

  it("leave out a word whose other senses are common: 'off the table' proposes nothing", () => {
    expect(sameSenseTerms(analyze("table")[0] as string)).toEqual([]);
    expect(sameSenseTerms(analyze("objectives")[0] as string)).toEqual([]);
  });
});
