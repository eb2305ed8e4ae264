// A why answer is led by the paragraph whose own heading gives reasons and names what is asked
// ("Why revise it." for "why did people think the 1988 ITRs needed revising?"), though no two of
// its sentences state every word of the question (issue #12, compose20): a paragraph repeating
// the question's nouns ("the 1988 text … 112 countries signed") had led, and the reasons it asks
// for came last or not at all.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown } from "./fixtures.ts";

const WHY: AnswerShape = { ...DESCRIBE, expected: "reason" };

const shown = (question: string, passages: ScoredPassage[]) =>
  sentencesShown(question, passages, WHY);

describe("a why answer led by the reason section the question names", () => {
  const overview = makeDocument({ id: "note-code", title: "The harbour code" });
  const signatures = makeDocument({ id: "note-signing", title: "Signing the harbour code" });
  const framing = labelled(
    signatures,
    2,
    "The guild's framing",
    "The guild stressed that ports often sign the harbour code after consulting their people at home. It compared the count with 1990, when 112 ports signed the harbour code on the spot, because people there wanted the code.",
    1,
  );
  const reasons = labelled(
    overview,
    3,
    "Why revise it",
    "When the 1990 harbour code was agreed, most harbours were run by state monopolies. Commentators pointed to container shipping and new hazards as the reasons a revision of the code had been put on the agenda.",
    0.95,
  );

  it("leads with the reasons", () => {
    const texts = shown("Why did people think the 1990 harbour code needed revising?", [
      framing,
      reasons,
    ]);
    expect(texts[0]).toBe(
      "When the 1990 harbour code was agreed, most harbours were run by state monopolies.",
    );
  });
});
