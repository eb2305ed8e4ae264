// A comparison's sides read from a staffer's wording (compare21): a side never spans a clause (a
// lead-in before a dash, a trailing "what was each one's beef?" or "or not" names no side); a part
// led by one possessor is that possessor ("Chaparro's verdict on the text vs CEPT's"); and
// "one line each for A, B and C", "set X against Y", "X compare with Y's", "stack up against" and
// "X and Y on T - how far apart were they?" ask for a comparison. Read wrongly, a side's passages
// were never looked up, and the answer lost that side or refused.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { shippedGlossary, starterEngine } from "../support/extractive-engine.ts";

describe("the sides of a comparison", () => {
  it.each([
    [
      "for the briefing - Marlow vs the harbour board on the anchorage rule, what was each one's complaint?",
      ["Marlow", "the harbour board"],
    ],
    [
      "Quint vs Marlow on how the accord turned out - were they reading it the same way or not?",
      ["Quint", "Marlow"],
    ],
    [
      "I need one line each for Quint, the pilots and Marlow on the accord",
      ["Quint", "the pilots", "Marlow"],
    ],
    [
      "set Quint's first draft against Marlow's reply for me, a sentence on each",
      ["Quint", "Marlow"],
    ],
    [
      "Quint's verdict on the final text vs Marlow's - how different were they?",
      ["Quint", "Marlow"],
    ],
    ["How did Quint's view of the rules compare with Marlow's?", ["Quint", "Marlow"]],
    [
      "the pilots and the harbour board on who pays for dredging - how far apart were they?",
      ["the pilots", "the harbour board"],
    ],
    [
      "Context: we're prepping the board on the accord. Quint vs Marlow: how did their spin differ?",
      ["Quint", "Marlow"],
    ],
  ])("reads %s", (question, sides) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.kind).toBe("compare");
    expect(analysis.sides).toEqual(sides);
  });

  it("keeps a possessor's aspect that names a possessor of its own", () => {
    // "Marlow's read of Quint's vote": one nested name, the side its passages must meet.
    expect(
      analyzeQuestion("how did Marlow's read of Quint's vote differ from Hobb's?").sides,
    ).toEqual(["Marlow's read of Quint", "Hobb"]);
  });
});

describe("on the corpus's notes, with its glossary", () => {
  const corpus = starterEngine("wcit-compare-sides-", shippedGlossary());

  it.each([
    // Three sides, each stated in its own sentence of one note.
    [
      "need a line each for Reporters Without Borders, the Czech delegation and Hill on the bulk-messaging article after Dubai",
      ["looking at content", "intrusive", "non-binding"],
    ],
    // Two verdicts in different notes, sides named by possessors.
    [
      "Chaparro's take on the 2012 text vs CEPT's - how far apart?",
      ["better than 1988", "most controversial proposals"],
    ],
  ])("gives each side's sentence for %s", async (question, stated) => {
    const answer = await corpus.answerTo(question);
    expect(answer.coverage).not.toBe("none");
    for (const phrase of stated) expect(answer.text).toContain(phrase);
  });

  it("still refuses a side the corpus never mentions", async () => {
    expect(await corpus.coverageOf("ETNO vs the GSMA on sender-pays - where did each land?")).toBe(
      "none",
    );
  });
});
