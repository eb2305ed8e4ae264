// part42: an ask of a two-ask question whose own sentence sits in another of the question's
// passages, unquoted, while no sentence of the answer meets as many of the ask's words: the
// passage meeting most of them (three at least) is read for the ask and its sentence added.
import { describe, expect, it } from "vitest";
import { BEST_MET_MIN, placeMeetingMost } from "../src/answer/ask-best-met.ts";
import { shippedEngine } from "./support/extractive-engine.ts";
import { scoredPassage } from "./support/fake-openai.ts";

/** How many of `words` a sentence names, as bare lower-case words. */
const wordMeets = (words: readonly string[]) => (sentence: string) =>
  words.filter((w) => new RegExp(`\\b${w}`, "i").test(sentence)).length;

describe("placeMeetingMost: the passage whose sentence meets most of an ask's words", () => {
  const meets = wordMeets(["bulk", "messag", "treaty", "czech"]);
  const passages = [
    scoredPassage("us:1", "Kramer said the US would oppose spam. The Czech Republic did not sign."),
    scoredPassage("spam:2", "The Czech delegation said bulk messaging is no matter for a treaty."),
  ];

  it("finds the lower-ranked passage whose one sentence meets the most words", () => {
    const place = placeMeetingMost(passages, meets);
    expect(place?.scored.passage.id).toBe("spam:2");
    expect(place?.met).toBe(4);
  });

  it(`finds nothing where no sentence meets ${BEST_MET_MIN} of the words`, () => {
    expect(placeMeetingMost(passages.slice(0, 1), meets)).toBeUndefined();
  });
});

describe("a two-ask question's later ask answered from another passage", () => {
  const shipped = shippedEngine("wcit-part42-42-");

  // (Note 04's paragraph on "robustness" answers the first ask; note 05's critics paragraph, not
  // quoted on main, holds the Czech reason the later ask wants.)
  it("adds the later ask's sentence meeting most of its words", async () => {
    const answer = await shipped.engine.answer(
      "the czechs had a consistent line on content - why did they go off the word 'security' in 5a, and why did they think bulk messaging was no job for a treaty",
      { forceExtractive: true },
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("some find intrusive and others useful");
  }, 60_000);

  // (Note 10 gives the House's 397–0 on the Senate resolution; no note gives a Senate count.)
  it("leaves refused a later ask the notes lack", async () => {
    expect(
      await shipped.coverageOf(
        "what did genachowski say after dubai, and what was the senate's own vote count on the mccaskill-rubio resolution",
      ),
    ).toBe("none");
  }, 60_000);
});
