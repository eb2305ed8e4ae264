// Extractive composition, round 9 (issue #12): what a list of unknowns is made of. Scored passages
// in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

function compose(question: string, passages: ScoredPassage[], shape: AnswerShape) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

const texts = (answer: { sentences: { text: string }[] }) => answer.sentences.map((s) => s.text);

describe("a list of what is not known", () => {
  const aftermath = makeDocument({ id: "note-aftermath", title: "After the harbour charter" });
  const signing = makeDocument({ id: "note-signing", title: "Signing the harbour charter" });
  const unknownsAfter = labelled(
    aftermath,
    8,
    "Unverified here",
    "This corpus did not verify how many ports have since joined the charter, or ratified it. Treat any current count as unknown unless it is checked against the registry.",
  );
  const unknownsAtSigning = labelled(
    signing,
    8,
    "Open questions",
    "This corpus did not verify the full list of founding ports that joined in May, or any reservations they filed.",
    0.9,
  );
  const shape: AnswerShape = { expected: "items", sides: [], list: {}, asksIfKnown: true };

  it("keeps a passage's line on what the corpus could not confirm, though it is all it gives", () => {
    const shown = texts(
      compose(
        "what's still unverified in our notes about which ports joined the charter?",
        [unknownsAfter, unknownsAtSigning],
        shape,
      ),
    );
    // (Before: taken as a point, then dropped as a caveat with no substance beside it.)
    expect(shown).toContain(
      "This corpus did not verify the full list of founding ports that joined in May, or any reservations they filed.",
    );
  });
});
