// A description or a method still short once every other reading is done reads on in a passage
// valued nearly as highly as the best (issue #12, seventeenth session): the further reading takes
// a sentence only for a question word the answer does not name yet, and the best paragraph had
// named them all, so the next paragraph's account was passed by with room to spare.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown, wordsIn } from "./fixtures.ts";

const ledgerNote = makeDocument({ id: "note-ledger", title: "Harbour records" });
// Short (about 40 words): the answer has room after it.
const drafts = labelled(
  ledgerNote,
  3,
  "Drafts",
  "The guild collected the ports' toll tables into a series of ledgers. The first ledger was a compilation of tables. Later versions culminated in the grey ledger, which the chronicle described as the final draft of the harbour code.",
  1,
);
const leak = labelled(
  ledgerNote,
  5,
  "Leaks",
  "A pamphlet by one of the printers says the grey ledger was the first record the press printed. The guild master acknowledged that the grey ledger had leaked and promised to open the archive.",
  0.95,
);
const unrelated = labelled(
  ledgerNote,
  8,
  "Fees",
  "The guild also set the ferry fees. Fees rose each spring.",
  0.3,
);

describe("a short description reads on in a passage nearly as good as the best", () => {
  it("adds the next paragraph's account of what is asked", () => {
    const texts = sentencesShown("What was the grey ledger?", [drafts, leak, unrelated]);
    expect(texts[0]).toMatch(/^The guild collected the ports' toll tables/);
    expect(texts.some((t) => /had leaked/.test(t))).toBe(true);
    expect(texts.some((t) => /ferry fees/.test(t))).toBe(false);
    expect(wordsIn(texts)).toBeLessThanOrEqual(125);
  });

  it("does not read on for a question asking a name", () => {
    const agent: AnswerShape = { ...DESCRIBE, expected: "agent" };
    const texts = sentencesShown("Who compiled the grey ledger?", [drafts, leak], agent);
    expect(texts.some((t) => /had leaked/.test(t))).toBe(false);
  });

  it("does not read on for a question asking for few words", () => {
    const brief: AnswerShape = { ...DESCRIBE, brief: true };
    const texts = sentencesShown("What was the grey ledger, in short?", [drafts, leak], brief);
    expect(texts.some((t) => /had leaked/.test(t))).toBe(false);
  });
});
