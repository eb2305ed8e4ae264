// How answers (issue #12): the way something was done is often told in other words than the
// question's, in a passage retrieval ranks low; a how answer reads every passage retrieved.
// Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const question = "How was the harbour code meant to take effect for the ports that signed it?";

function compose(passages: ScoredPassage[], shape: AnswerShape) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

describe("a how answer told in a low-ranked passage", () => {
  const outcome = makeDocument({ id: "note-outcome", title: "Signing the harbour code" });
  const others = [
    "Fifty ports signed the harbour code on the last day.",
    "The guild stressed that ports often sign the harbour code after consulting their councils.",
    "Some ports signed the harbour code later, after their councils met.",
    "News reports said the ports that did not sign the harbour code included the northern ones.",
    "The guild counted the ports that signed the harbour code once more in June.",
    "A commentator compared the ports that signed the harbour code with those of the old charter.",
  ].map((text, i) => labelled(outcome, i + 1, `Signing, part ${i + 1}`, text, 1 - 0.05 * i));
  const effect = labelled(
    outcome,
    9,
    "Entry into force",
    "For the ports that signed, the harbour code was to take effect provisionally from 1 May, and each port would still need its own council's approval.",
    0.6,
  );
  const passages = [...others, effect];

  it("reads the seventh passage for the way it was done", () => {
    const answer = compose(passages, { expected: "method", sides: [] });
    expect(answer.text).toContain("take effect provisionally from 1 May");
  });

  it("a question asking something else reads no further than the sixth", () => {
    const answer = compose(passages, { expected: "description", sides: [] });
    expect(answer.text).not.toContain("provisionally");
  });
});
