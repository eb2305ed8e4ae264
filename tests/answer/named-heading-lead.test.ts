// A note's section whose heading the question names whole ("Refusal to sign" for "why did the US
// refuse to sign…?") leads the extractive answer, over a section retrieval scored as high
// for repeating the question's commoner words ("Signature count"), which, read whole, left no room
// for the section that answers (issue #12). Runs the real engine on the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-named-heading-lead-");

describe("a section headed with what the question names whole", () => {
  it("leads a why answer on the US refusal with the section on the refusal", async () => {
    // Retrieval scores "Signature count" (the US among those that "firmly refused") a little higher.
    const answer = await starter.engine.answer("why did the US refuse to sign in Dubai?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^On the evening of 13 December 2012 Kramer announced/);
    expect(answer.text).toMatch(/spam, cybersecurity/);
  });

  it("does not lead a comparison with the section named after what its sides are part of", async () => {
    // "China" is named whole by the question; the sides are read where the note compares them.
    const answer = await starter.engine.answer(
      "network security vs information security: what was the difference in the China C59 debate?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^The key early fault line/);
  });
});
