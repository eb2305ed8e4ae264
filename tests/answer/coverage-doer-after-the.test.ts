// The doer of a why/how question written after "the" (issue #12, nearmiss20): "Why did the Saudis
// back the internet resolution?" asks the Saudis' reasons, which a list of backers naming Saudi
// Arabia among others does not give.
import { describe, expect, it } from "vitest";
import { doerName } from "../../src/answer/doer-names.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("doerName", () => {
  it.each([
    ["Why did the Saudis back the internet resolution?", "Saudis"],
    ["How did the United States respond?", "United"],
    ["Why did Tunisia back the amendment?", "Tunisia"],
    ["why did they object to it?", undefined],
    ["How did the conference settle the fight?", undefined],
  ])("%s → %s", (question, doer) => {
    expect(doerName(question)).toBe(doer);
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-doer-after-the-");

  it("refuses the Saudis' reasons, where Saudi Arabia is only listed as a backer (out-493)", async () => {
    const answer = await starter.engine.answer("Why did the Saudis back the internet resolution?");
    expect(answer.coverage).toBe("none");
  });

  it("still answers why the United States opposed spam provisions (in-15)", async () => {
    const answer = await starter.engine.answer(
      "Why did the United States oppose spam provisions in the treaty?",
    );
    expect(answer.coverage).not.toBe("none");
  });
});
