// words47: the US Congress in political shorthand. "On the hill" and "Capitol Hill" are Congress,
// not Richard Hill, a name the notes use; "res 127" asked beside Congress, the Senate or a senator
// is the bill's "Res.", which the notes write as typed ("H. Con. Res. 127"), not "resolution 127"
// (CONGRESS_HILL and inBillName, question-shorthand.ts).
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../src/search/question-shorthand.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

describe("withoutShorthand, Congress in political shorthand", () => {
  it("reads the hill and Capitol Hill as Congress", () => {
    expect(withoutShorthand("what did the staffers on the hill make of it")).toBe(
      "what did the staffers on Congress make of it",
    );
    expect(withoutShorthand("a busy week on Capitol Hill")).toBe("a busy week on Congress");
  });

  it("leaves Richard Hill as typed", () => {
    for (const q of [
      "per hill, where did the spam fight go",
      "hill's reading of the spam article",
      "the hill and powers paper on security",
      "the Hill & Powers argument",
    ]) {
      expect(withoutShorthand(q)).toBe(q);
    }
  });

  it("keeps a bill's res beside Congress, and reads an ITU res as a resolution", () => {
    expect(withoutShorthand("did the senate ever take up res 127")).toBe(
      "did the senate ever take up res 127",
    );
    expect(withoutShorthand("what did res 1379 set up")).toBe("what did resolution 1379 set up");
    expect(withoutShorthand("the council's res 1379")).toBe("the council's resolution 1379");
  });
});

describe("Congress in political shorthand, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-words47-47-");

  // Note 10: "H. Con. Res. 127 … stated the sense of Congress that US policy should keep the
  // Internet free from government control". Read as typed, "hill" (Richard Hill) was required
  // and "res 127" was "resolution 127": refused.
  it("answers what the bill said, asked with the hill and res", async () => {
    const answer = await shipped.answerTo("what line did folks up on the hill take in res 127");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("free from government control");
  }, 60_000);

  // (Note 10 names no sponsor of H. Con. Res. 127 and gives no Senate vote on it.)
  it("leaves refused the bill's author and a Senate count the notes lack", async () => {
    expect(await shipped.coverageOf("which congressman on the hill wrote res 127")).toBe("none");
    expect(
      await shipped.coverageOf(
        "how many senators backed res 127 when it came to a vote in the senate",
      ),
    ).toBe("none");
  }, 60_000);
});
