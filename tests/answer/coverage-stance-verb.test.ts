// "When did observers EXPECT the forum to meet?": a verb before another verb's "to" clause is the
// asker's stance toward that event, not the event dated; the corpus never using it ("expect") says
// nothing of whether the event is recorded. An unseen verb that is the event itself ("elected")
// still is (`absentTerms`). Tuning half: one in-scope question answered (in-1953), no other
// answer changed.
import { describe, expect, it } from "vitest";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

const doc = makeDocument({ id: "note", title: "After Dubai" });
// As in a real corpus, a word of one passage in forty is rare.
const { judgeAs } = smallCorpusOf(
  doc,
  [
    "Observers turned to the policy forum in Geneva in May 2013.",
    "Its members meet every few years.",
    "The treaty text was adopted late.",
  ],
  40,
);

describe("assessRelevance: a verb of stance before the event asked", () => {
  it("is no event the corpus lacks", () => {
    const r = judgeAs(
      "In which month of 2013 did observers expect the policy forum to meet?",
      "date",
    );
    expect(r.absentTerms).toEqual([]);
    expect(r.covered).toBe(true);
  });

  it("leaves an unseen event verb absent", () => {
    const r = judgeAs("When was the policy forum elected?", "date");
    expect(r.absentTerms).toEqual(["elect"]);
    expect(r.covered).toBe(false);
  });
});
