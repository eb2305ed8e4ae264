// A question asking what a named party proposed is answered only by that party's own proposal.
// Tuning half (604 q): out-of-scope refused 97 → 98 of 119, answered "full" 1 → 0; no in-scope
// answer changed (recall 0.822, wrong refusals 38 of 485).
import { describe, expect, it } from "vitest";
import { proposerAsked } from "../../src/answer/asked-acts.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "Positions on roaming" });

describe("proposerAsked", () => {
  it.each([
    ["What did Norway propose on roaming fees?", "Norway"],
    ["talking points on what Lirneasia proposed instead of flat fees", "Lirneasia"],
    ["tell me what the Commission recommended for roaming", "Commission"],
    ["What did the delegates say about roaming?", undefined],
    ["What was proposed on roaming?", undefined],
  ])("%s → %s", (question, name) => {
    expect(proposerAsked(question)).toBe(name);
  });
});

describe("assessRelevance: what a named party proposed", () => {
  const { judgeAs } = smallCorpusOf(doc, [
    "The carriers' association filed its paper in June. It proposed a flat roaming fee paid by the sending network. Lirneasia called the roaming fee idea incoherent. Regulators rejected it in October.",
    "Norway proposed a cap on roaming fees for travellers.",
  ]);

  it("refuses where the party only remarks on another's proposal", () => {
    const relevance = judgeAs(
      "talking points on what Lirneasia proposed instead of the roaming fee",
      "description",
    );
    expect(relevance.covered).toBe(false);
  });

  it("answers where the party's own sentence puts the proposal", () => {
    expect(judgeAs("What did Norway propose on roaming fees?", "description").covered).toBe(true);
  });
});
