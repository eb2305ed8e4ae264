// Questions asking two things joined by "and also" ("…get, and also what does the Czech account
// say…?"): the second ask starts there, as after "and" alone, so the first is judged on its own
// where no place holds both. Runs the real engine on the frozen starter corpus.
import { describe, expect, it } from "vitest";
import { splitAsks } from "../../src/search/question.ts";
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
