// Joins whose second ask (a date, a count) no note tells gain no sentence pretending to answer it
// (join50, the fiftieth session's batch in-5574..in-5579, out-1866..out-1871). join50's own-place
// reader (tag study/join50, on join49's) was not kept: most of the sentences it added told
// something other than the ask. The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-join50-50-");

describe("a join with one ask no note tells", () => {
  it("adds no sentence pretending to date an act no note dates: Genachowski leaving the FCC", async () => {
    const answer = await answerTo(
      "what did genachowski find wrong with a treaty on cybersecurity, and in what year did he quit the fcc",
    );
    expect(answer.coverage).not.toBe("full");
    expect(answer.text).not.toMatch(/(?:left|quit|resigned|stepped down)[^.]*FCC/);
  }, 120_000);

  it("stays refused, no count added, for a tally no note gives: Budapest ratifications", async () => {
    const answer = await answerTo(
      "what reason did moscow give for staying out of the budapest convention, and how many countries had ratified it by 2012",
    );
    expect(answer.coverage).toBe("none");
    expect(answer.text).not.toMatch(/ratified/);
  }, 120_000);
});
