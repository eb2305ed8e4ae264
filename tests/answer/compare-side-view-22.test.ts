// A comparison's side is spoken for only by a sentence giving something of the side's own
// (compare22): a sentence naming the side only as a word qualifying another noun in what a verb
// governs ("Not every delegation shared the US view") says nothing the side held, so the side's
// own passage is still read for it.
import { describe, expect, it } from "vitest";
import { namesOnlyAsQualifier } from "../../src/answer/doer-names.ts";
import { shippedGlossary, starterEngine } from "../support/extractive-engine.ts";

describe("a name only qualifying another noun", () => {
  it.each([
    ["Not every delegation shared the Marlow view.", "Marlow", true],
    ["The pilots rejected the Quint line on dredging.", "Quint", true],
    // A doer, an owner, an object or the subject of a clause of its own gives the party's part.
    ["Marlow opposed the anchorage rule.", "Marlow", false],
    ["Marlow's reply called the rule unworkable.", "Marlow", false],
    ["The Marlow delegation walked out.", "Marlow", false],
    ["Hobb said the Marlow delegation would walk out.", "Marlow", false],
    ["The board asked the Quint office to reply.", "Quint", true],
    ["The board asked Quint to reply.", "Quint", false],
  ])("reads %s", (sentence, name, passing) => {
    expect(namesOnlyAsQualifier(sentence, name)).toBe(passing);
  });
});

describe("on the corpus's notes, with its glossary", () => {
  const corpus = starterEngine("wcit-compare-view-", shippedGlossary());

  it("reads a side's own passage when a sentence only names it in passing", async () => {
    // The passage on one side opens "Not every delegation shared the US view."; the US objection
    // itself is in another paragraph.
    const answer = await corpus.answerTo("How did the US and India differ on spam?");
    expect(answer.text).toContain("backed a spam article");
    expect(answer.text).toContain("other kinds of speech");
  });
});
