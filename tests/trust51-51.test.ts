// A why answer is `full` only where its window states grounds (trust51, the lead, from why51's
// finding: a why asking the reason for a late filing was answered `full` with the filing alone,
// the grounds test passing on a later sentence of the proposal's content).
import { describe, expect, it } from "vitest";
import { coverageOf } from "../src/answer/coverage-label.ts";
import { shippedEngine } from "./support/extractive-engine.ts";

const stated = { termCoverage: 0.95, answersType: true };
const windowOf = (window: string) => ({
  missingTerms: [],
  unmetTerms: [],
  termCoverage: 0.96,
  window,
});

describe("a why answer's label", () => {
  it("is partial where the window tells the act and no grounds", () => {
    const window = windowOf("Quayline filed its harbour plan on 3 May, a week after the cut-off.");
    expect(coverageOf(stated, window, { reason: true })).toBe("partial");
  });

  it("stays full where the window gives the grounds", () => {
    const window = windowOf(
      "Quayline filed its harbour plan a week late because its board had not yet approved it.",
    );
    expect(coverageOf(stated, window, { reason: true })).toBe("full");
  });

  it("leaves questions asking no reason as they were", () => {
    const window = windowOf("Quayline filed its harbour plan on 3 May, a week after the cut-off.");
    expect(coverageOf(stated, window)).toBe("full");
  });
});

const suite = shippedEngine("wcit-trust51-51-");

describe("through the engine", () => {
  it("does not call an answer full that gives the late filing and not why it was late", async () => {
    const answer = await suite.answerTo(
      "why did moscow's document 27 come in around ten days past the proposal deadline?",
    );
    expect(answer.coverage).not.toBe("full");
  }, 60_000);
});
