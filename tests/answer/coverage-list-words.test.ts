// The coverage decision on a list worded in the asker's own terms (issue #12, round 11): a list
// names its topic and its actors in its own words ("…worried free-speech advocates"), while the
// sources tell its points through the actors they name. Its plain words may go a little further
// unmet than another question's; a name or a number may not.
import { describe, expect, it } from "vitest";
import { assessRelevance } from "../../src/answer/relevance.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage } from "./fixtures.ts";

const note = makeDocument({ id: "note-spam", title: "The spam article" });
const passages: ScoredPassage[] = [
  {
    passage: makePassage(
      note,
      1,
      "The spam article drew one objection: vetting bulk messages could reach other kinds of speech. [1]",
    ),
    document: note,
    score: 3,
  },
];

function keyTerm(word: string, weight: number): KeyTerm {
  return { term: analyze(word)[0] as string, alternatives: [], weight };
}

/** The question's last word lacks 2.4 of the 6.0 required weight: 0.40, above the rule's 0.35. */
function judge(question: string, list: boolean) {
  const last = question.split(" ").at(-1) ?? "";
  return assessRelevance(
    passages,
    [keyTerm("spam", 2), keyTerm("speech", 1.6), keyTerm(last, 2.4)],
    analyze,
    { question, list },
  );
}

describe("a list lacking the asker's own plain word", () => {
  it("is covered as a list, though not fully stated", () => {
    const question = "talking points on why spam worried speech advocates";
    expect(judge(question, true).covered).toBe(true);
    expect(judge(question, true).missingTerms).toEqual(["advoc"]);
  });

  it("is not covered when the same question asks no list", () => {
    expect(judge("why did spam worry speech advocates", false).covered).toBe(false);
  });

  it("is not covered when what the list lacks is a name", () => {
    expect(judge("talking points on why spam worried speech Quorrans", true).covered).toBe(false);
  });
});
