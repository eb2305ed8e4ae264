// Questions asking two things joined by "and also" ("…get, and also what does the Czech account
// say…?"): the second ask starts there, as after "and" alone, so the first is judged on its own
// where no place holds both; and a gerund after the verb asked of ("who suggested SWAPPING in…")
// is what was suggested, not the event. Runs the real engine on the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { verbWords } from "../../src/answer/question-predicates.ts";
import { splitAsks } from "../../src/search/question-asks.ts";
import { starterEngine } from "../support/extractive-engine.ts";

const starter = starterEngine("wcit-multi-ask-20-");

describe("a second ask after 'and also'", () => {
  it("starts a second ask, with a comma or without", () => {
    expect(
      splitAsks("When was the Budapest Convention opened and also when did it enter into force?"),
    ).toEqual([
      "When was the Budapest Convention opened",
      " and also when did it enter into force?",
    ]);
    expect(splitAsks("how many votes did it get, and also what was in the package?")).toEqual([
      "how many votes did it get",
      ", and also what was in the package?",
    ]);
    expect(splitAsks("who ran the site and then how many documents did it post?")).toHaveLength(2);
  });

  it("still joins question words of one ask", () => {
    expect(splitAsks("When and also where was it held?")).toHaveLength(1);
    expect(splitAsks("When was it held and also where?")).toHaveLength(1);
  });

  it("answers both asks where no one window states them together", async () => {
    const answer = await starter.answerTo(
      "how many votes did Iran's right-of-access sentence get, and also what does the Czech account say was actually in the package voted on?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toMatch(/77 in favour, 33 against/);
    expect(answer.text).toMatch(/contained both preamble sentences/);
  });
});

describe("a gerund right after the verb asked of", () => {
  it("is that verb's object, not the event", () => {
    expect([...verbWords("who suggested swapping in robustness for the security article")]).toEqual(
      ["suggested"],
    );
    // After an auxiliary it is the event itself.
    expect(verbWords("who was pushing for data retention")).toContain("pushing");
  });

  it("answers who suggested it, though the corpus never says 'swap'", async () => {
    const answer = await starter.answerTo(
      "who suggested swapping in 'robustness' for the security article and also why did the engineers prefer that word?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/the United Kingdom suggested the more technical word/);
    expect(answer.text).toMatch(/to mean reliable transport/);
  });
});
