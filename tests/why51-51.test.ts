// Why questions whose act the notes tell and whose reason they do not gain no sentence pretending
// to give one, and a reason told right after its act is kept (why51, the fifty-first session's
// batch in-5664..in-5669, out-1920..out-1925). why51's reason step (tag study/why51) was not kept:
// none of the sentences it added gave the asked act's reason. The shipped corpus, invented wording.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

const { answerTo } = shippedEngine("wcit-why51-51-");

/** Wording that gives grounds: what a sentence pretending to give the reason would say. */
const GROUNDS = /\b(?:because|so that|in order to|fear\w*|argu\w*|citing|worr\w*)\b/i;

describe("a why whose reason no note gives", () => {
  it("stays refused: Sweden's reasons for an open Council working group", async () => {
    const answer = await answerTo(
      "what was sweden's reasoning for wanting the council's internet policy group open to every stakeholder?",
    );
    expect(answer.coverage).toBe("none");
  }, 120_000);

  it("stays refused: why RSF dates the signing a day early", async () => {
    const answer = await answerTo("how come rsf gave the 13th as the day the treaty was signed?");
    expect(answer.coverage).toBe("none");
  }, 120_000);

  it("tells the act without grounds, and is not `full`: Spain asking whether it was a vote", async () => {
    const answer = await answerTo(
      "why did spain ask the chair whether the show of placards counted as a vote?",
    );
    expect(answer.coverage).not.toBe("full");
    expect(answer.text).toMatch(/Spain asked/);
    expect(answer.text).not.toMatch(GROUNDS);
  }, 120_000);
});

describe("a why whose reason the notes give a sentence after the act", () => {
  it("keeps the sentence of grounds after the act: the fight over operating agencies", async () => {
    const answer = await answerTo(
      "what was the worry behind critics fighting the plain operating agencies wording?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/any provider of international services/);
  }, 120_000);
});
