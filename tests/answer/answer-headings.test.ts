// A section named for the kind of answer asked ("Leadership", "Authors and audience") leads the
// extractive answer to a who question, over sections retrieval scored higher for repeating the
// question's words (issue #12). Runs the real engine on the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-answer-headings-");

describe("a section headed with the kind of answer asked", () => {
  it("leads a who question on a delegation with the section on its leadership", async () => {
    const answer = await starter.engine.answer("Who led the US delegation to Dubai?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^President Obama chose Ambassador Terry Kramer to head/);
  });

  it("leads a who question on a paper with the section on its authors", async () => {
    const answer = await starter.engine.answer(
      "Who wrote CDT's paper on the ITU cybersecurity proposals?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^Bankston attributed the paper to CDT's "cybersecurity team"/);
  });

  it("does not draw a why question away from the actor asked about", async () => {
    // The spam note's "The US objection" is headed with a reason word; RSF's reasons are elsewhere.
    const answer = await starter.engine.answer(
      "why did RSF think the spam article was dangerous for free speech?",
    );
    expect(answer.text).not.toMatch(/^Ambassador Terry Kramer/);
    expect(answer.text).toMatch(/^Reporters Without Borders argued/);
  });
});
