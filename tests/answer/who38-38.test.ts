// A who question whose window names its person by "he" or "she" (who38): the sentence holding the
// question's words leans, through sentences naming no one, on the one naming the person
// (`personNamedBefore`, window-answer-type.ts), and the answer gives that name. On the shipped
// corpus: note 05's "Richard Hill, formerly of the ITU secretariat, argued… He pointed out… On
// that reading, the provision cannot justify censorship. He later argued…". A near miss asking a
// person the notes never name for the act stays refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "../support/extractive-engine.ts";

describe("a who question whose window names the person by a pronoun, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-who38-38-");

  // (Without the rule: refused, `answerTypeGiven`, the window "On that reading… He later
  // argued…" naming no one.)
  it("is answered with the person the pronoun leans on", async () => {
    const answer = await shipped.answerTo(
      "who's the ex-ITU guy who says 5B can't be used to justify censorship?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Richard Hill");
  }, 60_000);

  it("gives the person and the later argument the pronoun's sentence tells", async () => {
    const answer = await shipped.answerTo(
      "the ex-itu guy who insists 5b can't be used to justify censorship - who is he, and where does he say the rich countries took their anti-spam push instead",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Richard Hill");
    expect(answer.text).toContain("trade agreements");
  }, 60_000);

  it("leaves refused a near miss asking a name the notes never give for the act", async () => {
    expect(
      await shipped.coverageOf(
        "what's the name of the etno chairman kramer said was signalling they'd pull sender-pays",
      ),
    ).toBe("none");
  }, 60_000);
});
