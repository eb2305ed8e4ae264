// "What's the name of X?" asks for a name, as "who" does (issue #12, nearmiss20): a sentence
// saying only that "an ABI Research analyst argued…" names no one, and the question is refused;
// a sentence naming the person still answers it.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("reading 'what's the name of'", () => {
  it.each([
    "What's the name of the analyst who called the alarm overstated?",
    "what was the name of the TRA's director general?",
    "What is the name of the chair?",
  ])("reads %s as asking for a name", (question) => {
    const analysis = analyzeQuestion(question);
    expect(analysis.kind).toBe("who");
    expect(analysis.answerType).toBe("agent");
  });

  it("leaves a list of names a list", () => {
    expect(analyzeQuestion("names of the groups behind the big petition?").kind).not.toBe("who");
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-name-asked-");

  it("refuses the name of an analyst the corpus never names (out-346)", async () => {
    const answer = await starter.engine.answer(
      "What's the name of the ABI Research analyst who thought the alarm about the security proposals was exaggerated?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers the name of the conference's chair, which a source gives (in-scope twin)", async () => {
    const answer = await starter.engine.answer(
      "What's the name of the TRA Director General who chaired the Dubai conference?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Al Ghanim");
  });
});
