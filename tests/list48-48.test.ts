// A count of bullets asked is shared among the passages (list48, the forty-eighth session's batch
// in-5424..in-5429, out-1788..out-1793): where other passages are valued nearly as highly as the
// best, the best gives one bullet fewer than asked before they give theirs, and folds its further
// points into its last bullet only after them (`countShared`, extractive-list.ts). "3 talking
// points on the issues announced before Dubai and what happened to each" had all three bullets
// from note 01's paragraph setting the scene (where, who hosted, who chaired, the issues folded
// into the third), and no other passage was read. A list of what the notes never state stays
// refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

/** The passages an answer cites, by their markers. */
function citedMarkers(text: string): Set<string> {
  return new Set(text.match(/\[\d+\]/g) ?? []);
}

function bullets(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("- "));
}

describe("a count of bullets shared among the passages, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-list48-48-");

  // (Without `countShared`: three bullets, all from note 01's "The Dubai conference", one
  // passage cited.)
  it("reads another passage before the best one fills the count", async () => {
    const answer = await shipped.answerTo(
      "3 talking points on the issues the itu announced ahead of dubai and what happened to each",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/mobile roaming/);
    expect(citedMarkers(answer.text).size).toBeGreaterThan(1);
    expect(bullets(answer.text)).toHaveLength(3);
  }, 120_000);

  it("keeps the best passage's further points in its last bullet", async () => {
    const answer = await shipped.answerTo(
      "3 talking points on the issues the itu announced ahead of dubai and what happened to each",
    );
    const second = bullets(answer.text)[1] ?? "";
    expect(second).toMatch(/hosted/);
    expect(second).toMatch(/Issues announced beforehand/);
  }, 120_000);

  it("keeps refusing bullets on a list the notes never give", async () => {
    const answer = await shipped.answerTo(
      "3 bullets on which countries signed the 2012 itrs later, with dates",
    );
    expect(answer.coverage).toBe("none");
  }, 120_000);
});
