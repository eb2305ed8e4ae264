// Issue #12: a who question is answered by a sentence naming someone; a capitalised word inside a
// quoted title or term names no one, so it does not make its sentence an answer.
import { describe, expect, it } from "vitest";
import { carriesAnswer } from "../../src/answer/evidence.ts";

describe("a sentence naming someone (a who answer)", () => {
  it("is not made by a quoted title or term", () => {
    expect(
      carriesAnswer(
        'The site lists the paper under the title "Pilotage and Harbour Rules".',
        "agent",
      ),
    ).toBe(false);
    expect(carriesAnswer("The code avoids the word “Towage” in its heading.", "agent")).toBe(false);
  });

  it("is still made by a name outside them", () => {
    expect(carriesAnswer("The blog post is by Emma Hale.", "agent")).toBe(true);
    expect(
      carriesAnswer('Hale wrote the paper titled "Pilotage and Harbour Rules".', "agent"),
    ).toBe(true);
  });
});
