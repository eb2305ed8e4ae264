// List answers (issue #12, yesno21): a list question naming its items ("preamble, scope, security
// and spam") where the best paragraph tells several of them, each in a sentence of its own, is
// answered from that paragraph for those items, not from each item's own section elsewhere.
import { describe, expect, it } from "vitest";
import type { ScoredPassage } from "../../src/types.ts";
import { engineOver, makeDocument, sectionOf } from "./fixtures.ts";

const code = makeDocument({ id: "note-harbour-code", title: "The new harbour code" });
const history = makeDocument({
  id: "note-harbour-history",
  title: "How the harbour code was fought over",
});

const passages: ScoredPassage[] = [
  sectionOf(
    code,
    0,
    "Key provisions",
    [
      "The preamble of the new harbour code commits ports to open access.",
      "Its scope clause leaves fishing boats out of the harbour code.",
      "Article 5 asks ports to keep their cranes in safe order, a pilot duty for cranes.",
      "Article 6 limits the pilot fees ports may charge. [1]",
    ].join(" "),
    8,
  ),
  sectionOf(
    history,
    1,
    "Crane pilots",
    [
      "The first draft of the code put crane pilots under state licences.",
      "Small states argued that pilots should answer to port owners instead.",
      "Large states asked for pilots to be trained at sea for two years.",
      "Unions of pilots wrote to every delegation in the last week.",
      "Some delegates wanted pilots barred from night shifts. [2]",
    ].join(" "),
    6,
  ),
  sectionOf(
    history,
    2,
    "Scope",
    [
      "Whether fishing boats fell within the code's scope was argued at every meeting.",
      "A narrower scope was floated by island states in the spring.",
      "The scope of the code was last debated on the final night. [3]",
    ].join(" "),
    5.9,
  ),
];

describe("a list whose best paragraph sets out the items the question names", () => {
  it("takes each item from that paragraph's own sentence on it", async () => {
    const engine = engineOver(passages);
    const answer = await engine.answer(
      "key provisions of the new harbour code as bullets: pilots, scope and preamble",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("commits ports to open access");
    expect(answer.text).toContain("leaves fishing boats out of the harbour code");
    expect(answer.text).toContain("a pilot duty for cranes");
  });
});
