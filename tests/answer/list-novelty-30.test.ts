// A list's further passage gives one point first, its best sentence for the question (issue #12,
// the thirtieth session's listuse30 work). Where two of its sentences name the question's words
// alike, the earlier one was taken, however little it said: "The review was later revived." over
// the sentence after it naming the decision that revived it. Such a tie now goes to the sentence
// clearly adding more that the list has not said yet (`clearlyNewerOf`); a sentence naming more of
// the question still comes first, and a small difference leaves the earlier sentence first.
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/answer/extractive-view.ts";
import { clearlyNewerOf, newTermsOf } from "../../src/answer/list-novelty.ts";
import { briefingNote as note } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const NOTES: Record<string, string> = {
  "notes/review.md": note("The review of the regulations after the conference", [
    "**The expert group.** In 2016 the Council created an expert group to review the regulations after the conference. Member States sat on the review group. Sector members joined the review group too. Geneva hosted the review meetings in 2017. Legal conflicts between the two versions were part of the review. New trends in telecommunications were part of the review. Obstacles to implementing the treaty were part of the review. [1]",
    "**Still under review.** The review was later revived. Resolution 146, adopted at Bucharest in 2022, told the Secretary-General to reconvene the review group. [2]",
    "**Other business.** Roaming prices were discussed by a separate regional group in Lisbon. [3]",
  ]),
};

const { answerTo } = notesEngine("wcit-list-novelty-30-", NOTES, { titled: true });

function sentenceOf(words: string[]): Sentence {
  return { terms: new Set(words) } as unknown as Sentence;
}

describe("the words a candidate point adds to a list", () => {
  it("counts only the terms no point taken already holds", () => {
    const taken = new Set([sentenceOf(["review", "group", "council"])]);
    expect(newTermsOf(sentenceOf(["review", "revived"]), taken)).toBe(1);
    expect(newTermsOf(sentenceOf(["review", "bucharest", "resolution", "146"]), taken)).toBe(3);
    expect(newTermsOf(sentenceOf(["review"]), new Set())).toBe(1);
  });

  it("tells a clearly fuller sentence from one adding next to nothing, and no more than that", () => {
    const taken = new Set([sentenceOf(["review", "group", "council"])]);
    const revived = sentenceOf(["review", "later", "revived"]);
    const bucharest = sentenceOf(["review", "resolution", "146", "bucharest", "2022", "reconvene"]);
    const tied = () => true;
    expect(clearlyNewerOf([revived, bucharest], tied, taken)).toBe(bucharest);
    expect(clearlyNewerOf([bucharest, revived], tied, taken)).toBe(bucharest);
    // (Not where the fuller sentence names the question less: it is not tied with the first.)
    expect(clearlyNewerOf([revived, bucharest], (s) => s === revived, taken)).toBe(revived);
    // (Two more new terms only: left to the order the passage tells them in.)
    const slightly = sentenceOf(["review", "later", "revived", "again", "geneva"]);
    expect(clearlyNewerOf([revived, slightly], tied, taken)).toBe(revived);
    expect(clearlyNewerOf([], tied, taken)).toBeUndefined();
  });
});

describe("a further passage's point in a list", () => {
  it("is the sentence saying more, where two name the question alike", async () => {
    const answer = await answerTo("bullets on the review after the conference");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Bucharest");
  });

  it("still gives the best passage's own points", async () => {
    const answer = await answerTo("bullets on the review after the conference");
    expect(answer.text).toContain("In 2016 the Council created an expert group");
    expect(answer.text).not.toContain("Lisbon");
  });
});
