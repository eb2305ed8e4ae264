// A heading alone states nothing for a question wanting a name, a date, a count or reasons: a
// section headed with a question word ("Next venues: …") whose sentences name no word of the
// question does not lead the answer over the paragraph that says it (issue #12). Runs the real
// engine on the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-heading-alone-");

describe("a heading naming a question word over sentences naming none", () => {
  it("does not lead a who question away from the paragraph naming who", async () => {
    const answer = await starter.engine.answer("Who hosted WCIT-12, and at which venue in Dubai?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).not.toMatch(/^Observers immediately turned/);
    expect(answer.text).toMatch(
      /Telecommunications Regulatory Authority hosted it at the Dubai World Trade Centre/,
    );
  });

  it("still leads a list of venues with the section headed with them", async () => {
    const answer = await starter.engine.answer(
      "What were the major venues after Dubai where the fight over the ITRs continued?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/World Telecommunication\/ICT Policy Forum in Geneva/);
  });
});
