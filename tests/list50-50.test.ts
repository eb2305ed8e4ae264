// Counted lists and list near misses (list50, the fiftieth session's batch in-5592..in-5597,
// out-1884..out-1889). The rule studied, a counted list giving up a bullet for a passage's unsaid
// question word, was not kept (its code is on the tag `study/list50`); these tests hold what the
// engine does without it: a count asked is kept to, and a list of things the notes never give
// stays refused.
import { describe, expect, it } from "vitest";
import { shippedEngine } from "./support/extractive-engine.ts";

function bullets(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("- "));
}

describe("counted lists and list near misses, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-list50-50-");

  it("keeps a counted list to its count", async () => {
    const answer = await shipped.answerTo(
      "3 bullets on the lines kramer held for the us side in dubai",
    );
    expect(answer.coverage).not.toBe("none");
    expect(bullets(answer.text)).toHaveLength(3);
    expect(answer.text).toMatch(/Kramer/);
  }, 120_000);

  it("keeps refusing the reservations the notes say they never verified", async () => {
    const answer = await shipped.answerTo(
      "list the reservations the signing states attached to the 2012 itrs",
    );
    expect(answer.coverage).toBe("none");
  }, 120_000);

  it("keeps refusing members of an expert group the notes never name", async () => {
    const answer = await shipped.answerTo("bullet the hleg's members apart from its chairman");
    expect(answer.coverage).toBe("none");
  }, 120_000);
});
