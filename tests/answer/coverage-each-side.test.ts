// "Marlow vs Quint on the final text": sources seldom set two sides in one place, so a comparison
// the question's own passages do not cover as a whole is judged side by side (issue #12).
import { describe, expect, it } from "vitest";
import { type ComparedSide, eachSideCovered } from "../../src/answer/compared-sides.ts";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { idfFromTexts } from "../../src/answer/term-weights.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/harbour-accord.md", title: "Harbour accord" });
const texts = [
  "Captain Marlow said the final text was a fair compromise for small ports.",
  "Harbourmaster Quint warned that the anchorage rules were too vague and could be abused.",
  "The accord was signed by most harbours in 2019.",
  "Gulls nest on the breakwater in spring.",
  "Pilots were paid on the first day of each month.",
  "Quint chaired the harbour committee.",
];
const passage = (i: number, score: number): ScoredPassage => ({
  passage: makePassage(doc, i, texts[i] as string),
  document: doc,
  score,
});
const termWeight = idfFromTexts([
  ...texts,
  ...Array.from({ length: 20 }, (_, i) => `Filler ${i}.`),
]);
const ranked = (order: readonly number[]) => order.map((i, rank) => passage(i, 10 - rank));

/**
 * The question's own search finds Marlow's view and a passage naming Quint; a search for Quint
 * alone finds `quintOrder` (his view first, by default).
 */
const retrieveBySide =
  (quintOrder: readonly number[] = [1, 5, 2, 3, 4]) =>
  async (query: string) =>
    /Quint/.test(query) && !/Marlow/.test(query) ? ranked(quintOrder) : ranked([0, 5, 2, 3, 4]);

const keys = (question: string) => keyTermsOf(question, { analyze, termWeight });
const side = (
  question: string,
  own: string,
  others: readonly string[],
  order: readonly number[],
): ComparedSide => {
  const otherTerms = new Set(others.flatMap((o) => analyze(o)));
  return {
    question,
    own: keys(own),
    keyTerms: keys(question).filter((k) => !otherTerms.has(k.term)),
    passages: ranked(order),
  };
};

describe("a comparison judged side by side", () => {
  it("is covered where one side meets the topic and the other states its own view", () => {
    const sides = [
      side("Marlow on the final text", "Marlow", ["Quint"], [0, 2, 3, 4, 5]),
      side("Quint on the final text", "Quint", ["Marlow"], [1, 5, 2, 3, 4]),
    ];
    expect(eachSideCovered(sides, analyze)).toBe(true);
  });

  it("needs every side to meet a topic that names something", () => {
    // "ports" is the comparison's topic: Quint's view says nothing about ports.
    const sides = [
      side("Marlow on the small ports", "Marlow", ["Quint"], [0, 2, 3, 4, 5]),
      side("Quint on the small ports", "Quint", ["Marlow"], [1, 5, 2, 3, 4]),
    ];
    expect(eachSideCovered(sides, analyze)).toBe(false);
  });

  it("needs a sentence giving the other side's view, not one naming it", () => {
    const sides = [
      side("Marlow on the final text", "Marlow", ["Quint"], [0, 2, 3, 4]),
      side("Quint on the final text", "Quint", ["Marlow"], [5, 2, 3, 4]),
    ];
    expect(eachSideCovered(sides, analyze)).toBe(false);
  });

  it("needs at least one side covered by the rule itself", () => {
    const sides = [
      side("Marlow on the final text", "Marlow", ["Quint"], [2, 3, 4]),
      side("Quint on the final text", "Quint", ["Marlow"], [1, 5, 2, 3, 4]),
    ];
    expect(eachSideCovered(sides, analyze)).toBe(false);
  });
});

describe("the answer to a comparison whose sides stand apart", () => {
  it("answers from both sides and is never labelled full", async () => {
    const engine = createAnswerEngine({ retrieve: retrieveBySide(), termWeight });
    const answer = await engine.answer("Marlow vs Quint on the final text - 1 line each");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("fair compromise");
    expect(answer.text).toContain("too vague");
  });

  it("refuses when the other side's passages give no view of theirs", async () => {
    const engine = createAnswerEngine({ retrieve: retrieveBySide([5, 2, 3, 4]), termWeight });
    const answer = await engine.answer("Marlow vs Quint on the final text");
    expect(answer.coverage).toBe("none");
  });
});

describe("a format instruction written with a digit", () => {
  it("is read as an instruction, as 'one line each' is", () => {
    const analysis = analyzeQuestion("Marlow vs Quint on the final text - 1 line each");
    expect(analysis.sides).toEqual(["Marlow", "Quint"]);
    expect(analysis.focus).toBe("Marlow vs Quint on the final text");
  });
});

describe("a comparison stated, not asked", () => {
  it("sets the two it names against each other", () => {
    const analysis = analyzeQuestion(
      "the harbour guy and Captain Marlow ended up in very different places on the final text - how so?",
    );
    expect(analysis.kind).toBe("compare");
    expect(analysis.sides).toEqual(["the harbour guy", "Captain Marlow"]);
  });

  it("is not read into two things merely listed", () => {
    expect(analyzeQuestion("Marlow and Quint signed the accord in 2019?").kind).not.toBe("compare");
  });
});
