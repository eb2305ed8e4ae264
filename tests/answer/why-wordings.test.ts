// Why questions worded as analysts write them rather than "Why did X…?" (issue #12, why22): a
// question opening with its reason noun ("Reasons for X saying…") reads that noun as the kind of
// answer asked, not as a name the answer must hold.
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { starterEngine } from "../support/extractive-engine.ts";

const { answerTo: ask } = starterEngine("wcit-why-wordings-");

const term = (q: string, t: string) => keyTermsOf(q).find((k) => k.term === t);

describe("a familiar word opening a question", () => {
  it("is no name unless the tagger reads one", () => {
    expect(term("Reasons for the council saying no?", "reason")?.generic).toBe(true);
    // A name opening the question is still one: not weighed as a common word.
    expect(term("Google's campaign against the treaty", "googl")?.generic).toBeUndefined();
    expect(term("Parminder's objection to the statement", "parmind")?.generic).toBeUndefined();
  });

  it("lets a why question opening with its reason noun be answered", async () => {
    const answer = await ask("Reasons for RSF saying so many countries refused to sign?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("PLEN/3");
  });
});
