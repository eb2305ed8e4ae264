// List questions, round 13 (issue #12): the class a list's items belong to ("the freedoms…",
// "every safeguard…") is seldom what a source calls them; a source names the items in a series.
// The class may go unmet where the place sets out a series; never where it sets out none.
import { describe, expect, it } from "vitest";
import { assessRelevance } from "../../src/answer/relevance.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage } from "./fixtures.ts";

const note = makeDocument({ id: "note-security", title: "Security in the treaty" });
function placeSaying(text: string): ScoredPassage[] {
  return [{ passage: makePassage(note, 1, text), document: note, score: 3 }];
}
const series = placeSaying(
  "Mueller warned that security was becoming the main justification for proposals that would curb anonymity, free expression and privacy. [1]",
);
const noSeries = placeSaying(
  "Mueller warned that security was becoming the main justification for proposals that would curb the agency's work. [1]",
);

function keyTerm(word: string, weight: number): KeyTerm {
  return { term: analyze(word)[0] as string, alternatives: [], weight };
}

/** "freedoms" and "push" lack 4.0 of the 8.0 required weight: 0.50, above a list's 0.40. */
function judge(passages: ScoredPassage[], question: string, list: boolean) {
  return assessRelevance(
    passages,
    [keyTerm("mueller", 2), keyTerm("curb", 2), keyTerm("freedoms", 2.4), keyTerm("push", 1.6)],
    analyze,
    { question, list },
  );
}

const asked = "Enumerate the freedoms Mueller feared the security push would curb";

describe("the class of the items a list asks for", () => {
  it("is met by a place setting out the items in a series", () => {
    const judged = judge(series, asked, true);
    expect(judged.covered).toBe(true);
    expect(judged.missingTerms).toEqual(["freedom", "push"]);
  });

  it("is still needed where the place sets out no series", () => {
    expect(judge(noSeries, asked, true).covered).toBe(false);
  });

  it("is still needed when the question asks for no list", () => {
    expect(
      judge(series, "What freedoms did Mueller fear the security push would curb?", false).covered,
    ).toBe(false);
  });

  it("is only the noun the list request names first, not any other word", () => {
    expect(
      judge(series, "Enumerate what Mueller feared the push for freedoms would curb", true).covered,
    ).toBe(false);
  });
});
