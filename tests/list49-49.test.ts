// A counted bullet is not spent on the best passage's sentences that name none of the question's
// words themselves, only through the paragraph's heading (list49, the forty-ninth session's batch
// in-5490..in-5495, out-1818..out-1823): such a sentence goes on the bullet before, and the next
// bullet comes from another passage. "3 bullets on…" had spent its second bullet (or all three)
// on the best paragraph's scene-setting. A list of what the notes never state stays refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

function bullets(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("- "));
}

describe("a counted bullet not spent on a line only its heading ties to the question, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-list49-49-");

  // (Without `namedOnlyByHeading`: the second bullet is note 12's "Trade press and Latin
  // American commentators also reported 2015…", which names nothing the question asks.)
  it("folds the best passage's scene-setting into its bullet and reads another passage", async () => {
    const answer = await shipped.answerTo(
      "3 bullets on how the 2012 treaty is organised, beside what the 1988 one merged",
    );
    const listed = bullets(answer.text);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatch(/Trade press/);
    expect(listed[1]).not.toMatch(/Trade press/);
    expect(answer.text).toMatch(/telegraph and telephone regulations/);
  }, 120_000);

  it("keeps refusing bullets on backers the notes never name", async () => {
    const answer = await shipped.answerTo(
      "3 bullets naming the telecom firms that lined up behind etno's fair-compensation push",
    );
    expect(answer.coverage).toBe("none");
  }, 120_000);
});
