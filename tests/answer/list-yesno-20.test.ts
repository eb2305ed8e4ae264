// List answers asked for a number of points (listyesno20). Where the best passage's heading
// repeats a word of the question, retrieval scores it far above every other passage, none of them
// passes the list's cut-offs, and the list came back with one point where several were asked for.
// Such a list now reads on, a point a passage, in the other passages of the eight retrieved first.
// And the passage retrieval ranked first gives a point though it is valued below the cut-off.
import { describe, expect, it } from "vitest";
import { starterEngine } from "../support/extractive-engine.ts";

/** The bullets of a list answer. */
function bulletsOf(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("- "));
}

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-listyesno20-");

  it("reads on to the points a count asks for", async () => {
    const answer = await starter.answerTo(
      "3 bullets on why western delegations wouldn't sign - what broke it for them",
    );
    const bullets = bulletsOf(answer.text);
    expect(bullets.length).toBe(3);
    // The vote's own paragraph, then the other passages' points on the Western non-signers.
    expect(answer.text).toContain("Several Western delegations saw this");
    expect(answer.text).toContain("right of access");
    expect(answer.text).toContain("would not sign");
  });

  it("still refuses a list the passages hold no point of", async () => {
    expect(
      await starter.coverageOf(
        "Which countries backed India's spam article in the final vote, and how many votes did it get? 3 bullets",
      ),
    ).toBe("none");
  });
});

describe("a list's points on the starter corpus", () => {
  const starter = starterEngine("wcit-listyesno20-first-");

  it("gives a point from the passage retrieval ranked first", async () => {
    const answer = await starter.answerTo(
      "5 talking points on why civil society was worried about WCIT",
    );
    // "The core worry" is valued below three other paragraphs, yet holds the worry itself.
    expect(answer.text).toContain(
      "could threaten privacy, access to information and free expression",
    );
    expect(bulletsOf(answer.text).length).toBe(5);
  });
});
