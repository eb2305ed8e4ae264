// A written thing asked for by its shape, whatever its noun (issue #12): the words up to "on" or
// "about" after a verb of writing, or after a request naming a written length, say what to write,
// not what the answer is about.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";

describe("a written thing named by an unlisted noun", () => {
  it("reads what a writing verb makes as the instruction", () => {
    for (const [question, content] of [
      ["Compose a short note on the US refusal to sign", "the US refusal to sign"],
      ["Put together a one-pager on the Best Bits statement", "the Best Bits statement"],
      ["Sketch a paragraph for our blog on the spam article", "the spam article"],
      ["Prepare a LinkedIn post about Resolution PLEN/3", "Resolution PLEN/3"],
      ["Could you draft an email to members about the placard vote?", "the placard vote?"],
    ] as const) {
      expect(analyzeQuestion(question).content, question).toBe(content);
    }
  });

  it("reads a request for a thing of a written length as the instruction", () => {
    const analysis = analyzeQuestion(
      "Need a two-line blurb for a press release on the show-of-placards episode over the Internet resolution",
    );
    expect(analysis.content).toBe("the show-of-placards episode over the Internet resolution");
    expect(analysis.wantsList).toBe(false);
  });

  it("leaves the object of a verb that takes the topic itself as content", () => {
    expect(analyzeQuestion("Name two countries on the leaked list").content).toBe(
      "two countries on the leaked list",
    );
    expect(analyzeQuestion("Give me three countries on the RUC text").content).toMatch(
      /countries on the RUC text/,
    );
    expect(analyzeQuestion("Prepare a summary of the US refusal").content).toBe("the US refusal");
  });
});
