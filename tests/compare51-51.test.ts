// A comparison's side that no kept sentence tells (compare51, the fifty-first session's batch
// in-5676..in-5681, out-1932..out-1937): a sentence tells a side by its passage's title or
// headings only where they name that side alone and the sentence names no other side
// (`toldByContext`, extractive-sides.ts); a side none of the six passages read tells is given the
// one sentence of the further passages naming it in its own words and naming the compared thing
// (`tellFromFurther`). Through the engine on the shipped corpus, in wording of its own; the first
// test fails without the rule (the Budapest side was taken as told by note 06's title).
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const suite = shippedEngine("wcit-compare51-51-");

describe("a side no kept sentence tells, through the engine", () => {
  it("tells the side a note's title named, where the sentence named another side", async () => {
    const answer = await suite.answerTo(
      "budapest's treaty vs the african idea of harmonizing retention rules - where do they part ways?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Council of Europe");
  }, 60_000);

  it("gives no sentence for a side the notes never name, where the other side is answered", async () => {
    const answer = await suite.answerTo(
      "h. con. res. 127 vs the australian senate's motion on dubai - what did each demand?",
    );
    expect(answer.text).toContain("H. Con. Res. 127");
    expect(answer.text.toLowerCase()).not.toContain("australia");
  }, 60_000);

  it("gives no sentence for a side the notes never name", async () => {
    const answer = await suite.answerTo(
      "parminder vs the zagreb digital league on the final itrs - same verdict?",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text.toLowerCase()).not.toContain("zagreb");
  }, 60_000);

  it("keeps refusing near misses whose one side the notes lack", async () => {
    expect(
      await suite.coverageOf(
        "h. con. res. 127 vs the canadian parliament's motion on wcit - what did each ask for?",
      ),
    ).toBe("none");
    expect(
      await suite.coverageOf("the us's preferred operator label vs japan's - how did they differ?"),
    ).toBe("none");
  }, 60_000);
});
