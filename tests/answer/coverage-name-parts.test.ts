// A name written in camel case ("WCITLeaks", "OpenMedia") joins words, and names each of them:
// a passage headed "TideLeaks" is about leaks, as one on "the Tide leak site" would be (issue #12).
import { describe, expect, it } from "vitest";
import { assessRelevance } from "../../src/answer/relevance.ts";
import { idfFromTexts } from "../../src/answer/term-weights.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { labelledPassage, makeDocument } from "./fixtures.ts";

const doc = makeDocument({ id: "notes/harbour.md", title: "Harbour papers" });
const body =
  "Two researchers at the Norland Institute, Ada Brisk and Eli Dorn, launched TideLeaks.org in mid-2012 to post the papers publicly. According to Brisk, the pilots' compilation was among the first documents it posted.";
const judgeOn = (name: string) => {
  const passages = [
    labelledPassage(doc, 0, name, body.replace("TideLeaks", name), 3),
    labelledPassage(doc, 1, "Final steps", "Briefings for pilots took place in Norland.", 2),
  ];
  const texts = passages.map((p) => p.passage.text);
  const fillers = Array.from({ length: 20 }, (_, i) => `Filler ${i}.`);
  const termWeight = idfFromTexts([...texts, ...fillers, "A leak."]);
  return (question: string) =>
    assessRelevance(passages, keyTermsOf(question, { analyze, termWeight }), analyze, {
      expected: "agent",
      question,
    });
};
const question = "who were the two guys behind the leak site, and where were they based?";

describe("the coverage decision and names written in camel case", () => {
  it("reads each word of the name: 'the leak site' is TideLeaks", () => {
    expect(judgeOn("TideLeaks")(question).covered).toBe(true);
  });

  it("reads a name written as one word as one word", () => {
    expect(judgeOn("Tideleaks")(question).covered).toBe(false);
  });
});
