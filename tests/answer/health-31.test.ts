// Code health of the thirty-first session (health31): readings moved, none changed. The ask a
// how-many question counts is read once, as a field of the question's demands
// (`countingAskTerms`, coverage-demands.ts), not at each series of names met; the word lists of
// subject-act.ts stand in src/search/asked-act-words.ts; a window's sentences and a whole word as
// written are read by one module (window-words.ts) for subject-act.ts and window-outcome.ts.
import { describe, expect, it } from "vitest";
import { countingAsk } from "../../src/answer/counted-series-act.ts";
import { readQuestionDemands } from "../../src/answer/coverage-demands.ts";
import { askedActUntold, askedPartyUnnamed } from "../../src/answer/subject-act.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { wholeWord, windowSentences } from "../../src/answer/window-words.ts";
import { analyze } from "../../src/search/analyze.ts";
import { escapeRegExp } from "../../src/text.ts";

describe("the counting ask, read once a question", () => {
  const demandsOf = (question: string, expected: "number" | "description") =>
    readQuestionDemands(keyTermsOf(question), [], analyze, { expected, question });

  it("holds the terms of the ask that counts a kind of name", () => {
    const q =
      "how many countries are on the early-signer list, and into how many languages did partners translate it?";
    const terms = demandsOf(q, "number").countingAskTerms;
    expect(terms).toEqual(new Set(analyze(countingAsk(q))));
    expect(terms?.has("countri")).toBe(true);
    expect(terms?.has("translat")).toBe(false);
  });

  it("is left out where nothing is counted", () => {
    expect(demandsOf("which countries signed the treaty?", "description").countingAskTerms).toBe(
      undefined,
    );
  });

  it("holds the counting ask of any count, not only a kind of name (read by countLeftVague)", () => {
    const q = "how many pages is the treaty, and who wrote its preamble?";
    const terms = demandsOf(q, "number").countingAskTerms;
    expect(terms?.has("page")).toBe(true);
    expect(terms?.has("preambl")).toBe(false);
  });
});

describe("a window's text as written", () => {
  it("splits sentences after a stop, only before a capital, a quote or a bracket", () => {
    expect(windowSentences("It passed. He left. the rest (sic). “Quoted.” (Aside.)")).toEqual([
      "It passed.",
      "He left. the rest (sic).",
      // (Not after a closing quote: the stop must end the piece.)
      "“Quoted.” (Aside.)",
    ]);
  });

  it("finds a word only where it stands whole, its signs read as written", () => {
    expect(wholeWord("US").test("the US delegation")).toBe(true);
    expect(wholeWord("US").test("the USA delegation")).toBe(false);
    expect(wholeWord("H. Con. Res.").test("H. Con. Res. 127 passed")).toBe(true);
    expect(wholeWord("H. Con. Res.").test("HxxConxxRes. 127")).toBe(false);
    expect(escapeRegExp("a+b (c)?")).toBe("a\\+b \\(c\\)\\?");
  });
});

describe("the asked act's word lists, moved", () => {
  const window =
    "The Freedonia delegation praised the chair for his patience. It said the talks went well.";

  it("still leaves out a party's head noun and reads the act after it", () => {
    expect(
      askedActUntold("Did the Freedonia delegation walk out of the plenary?", window, analyze),
    ).toBe(true);
    expect(askedActUntold("Did the Freedonia delegation praise the chair?", window, analyze)).toBe(
      false,
    );
  });

  it("still leaves a view or a mood asked to whatever the party said", () => {
    expect(askedActUntold("Did Freedonia think the walkout was a mistake?", window, analyze)).toBe(
      false,
    );
    expect(askedActUntold("Did Freedonia walk away happy with the text?", window, analyze)).toBe(
      false,
    );
  });

  it("still leaves a passive act and a pronoun subject alone", () => {
    const vocabulary = new Set(["ruritania", "freedonia"]);
    expect(
      askedPartyUnnamed("Was Ruritania among the signers?", window, analyze, window, vocabulary),
    ).toBe(true);
    expect(
      askedPartyUnnamed("Was Ruritania held to the text?", window, analyze, window, vocabulary),
    ).toBe(false);
    expect(askedActUntold("Did anyone walk out of the plenary?", window, analyze)).toBe(false);
  });
});
