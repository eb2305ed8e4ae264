// A how answer is not led by a section headed with why ("Why some still objected."), nor a why
// answer by one headed with how: such a section answers the other question (issue #12,
// compose20). It had led "How did the final security article get around the word security?"
// over the paragraph telling how ("The compromise.").
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

function first(question: string, passages: ScoredPassage[], shape: AnswerShape): string {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer.sentences[0]?.text ?? "";
}

describe("a section headed with the other question word", () => {
  const note = makeDocument({ id: "note-tolls", title: "The harbour toll article" });
  const objected = labelled(
    note,
    5,
    "Why some still objected",
    "The final toll article is hortatory and tied to the harbour toll on small vessels. Even so, the guild said the toll article was unclear enough to be misread.",
    1,
  );
  const compromise = labelled(
    note,
    4,
    "The compromise",
    "Norway suggested the word charge in place of the word toll. The adopted text says ports should endeavour to keep the toll on small vessels low.",
    0.95,
  );
  const question = "How did the final toll article get around the word toll?";

  it("does not lead a how answer", () => {
    expect(first(question, [objected, compromise], { ...DESCRIBE, expected: "method" })).toBe(
      "Norway suggested the word charge in place of the word toll.",
    );
  });
});
