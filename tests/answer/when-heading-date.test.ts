// A when answer from a paragraph dated only by its run-in heading ("**Busan 2014.** New America's
// Open Technology Institute reported…") shows the heading as the label of its first sentence, so
// the date is said (issue #12, compose20): the heading is never shown as a sentence of its own,
// and none of the paragraph's sentences said when.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown } from "./fixtures.ts";

const WHEN: AnswerShape = { ...DESCRIBE, expected: "date" };

const shown = sentencesShown;

describe("a when answer dated by its paragraph's heading", () => {
  const note = makeDocument({ id: "note-guild", title: "After the harbour conference" });
  const lisbon = labelled(
    note,
    4,
    "Lisbon 2016",
    "The harbour institute reported that the assembly made only minor changes to the toll rules. It concluded that the guild's role in harbour tolls would stay roughly where it was.",
  );

  it("labels the first sentence with the dated heading", () => {
    const texts = shown(
      "When did the harbour institute conclude that the guild's role would stay where it was?",
      [lisbon],
      WHEN,
    );
    expect(texts[0]).toBe(
      "Lisbon 2016: The harbour institute reported that the assembly made only minor changes to the toll rules.",
    );
    expect(texts[1]).toBe(
      "It concluded that the guild's role in harbour tolls would stay roughly where it was.",
    );
  });

  it("adds no label where a sentence taken gives the date itself", () => {
    const dated = labelled(
      note,
      5,
      "The 2015 assembly",
      "On 3 May 2015 the harbour assembly adopted the toll rules after a long debate.",
    );
    const texts = shown("When did the harbour assembly adopt the toll rules?", [dated], WHEN);
    expect(texts[0]).toBe(
      "On 3 May 2015 the harbour assembly adopted the toll rules after a long debate.",
    );
  });

  it("adds no label to an answer of another kind", () => {
    const texts = shown(
      "What did the harbour institute conclude about the guild's role?",
      [lisbon],
      DESCRIBE,
    );
    expect(texts[0]?.startsWith("The harbour institute reported")).toBe(true);
  });
});
