// A passage the answer quotes gives each of its sentences that answers the question, in place of a
// lower passage's aside if the room is used up (`src/answer/extractive-joined.ts`, combine19): a
// question joining two facts often finds the second in a passage already quoted.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-joined-");

  it("gives the second ask's fact from the passage quoted for the first", async () => {
    // (in-635) "President Obama chose…" and, next in the same paragraph, the speech at AEI; the
    // answer had filled its room with another passage's lines on spam.
    const answer = await starter.answerTo(
      "who actually picked Kramer to run the US team, and where did he give his big pre-Dubai speech?",
    );
    expect(answer.text).toContain("President Obama chose Ambassador Terry Kramer");
    expect(answer.text).toContain("American Enterprise Institute");
    expect(answer.text).not.toContain("His concern was that once governments decide");
  });

  it("gives a quoted passage's sentence answering the question", async () => {
    // (in-1743) the Council's decision and, in the same paragraph, Access's verdict on it.
    const answer = await starter.answerTo(
      "How did the ITU Council respond to Touré's call to open up the WCIT documents?",
    );
    expect(answer.text).toContain("fell short of Touré's recommendations");
  });

  it("still refuses a near miss joining a fact the corpus lacks", async () => {
    expect(
      await starter.coverageOf(
        "Sweden reserved its position the night the US said no - when did the Swedes end up signing the 2012 ITRs, if they did?",
      ),
    ).toBe("none");
  });
});
