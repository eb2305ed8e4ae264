// "Why did X do Y?": a place that only reports X doing Y gives no reason; one giving grounds, or
// X's own view of it, does. Tuning half (604 q): out-of-scope refused 98 → 100 of 119 (why a
// country refused to sign, why a country denied backing a text); no in-scope answer changed
// (recall 0.826, wrong refusals 36 of 485, "full" 0).
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "Positions on roaming" });
const { judgeAs } = smallCorpusOf(doc, [
  "Norway backed the roaming clause in June.",
  "Peru backed the fee clause because fees had risen.",
  "Chile saw the roaming vote as a turning point.",
  "Delegates met in the main hall.",
]);

describe("assessRelevance: why a named doer acted", () => {
  it("refuses where the place only reports the act", () => {
    expect(judgeAs("Why did Norway back the roaming clause?", "reason").covered).toBe(false);
  });

  it("answers where the place gives grounds", () => {
    expect(judgeAs("Why did Peru back the fee clause?", "reason").covered).toBe(true);
  });

  it("answers where the doer's own view of it is told", () => {
    expect(
      judgeAs("Why did Chile see the roaming vote as a turning point?", "reason").covered,
    ).toBe(true);
  });
});
