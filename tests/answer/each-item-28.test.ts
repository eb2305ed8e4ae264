// A question naming two or three items and asking the same of each (issue #12, the twenty-eighth
// session's batch in-3216..in-3225, out-1074..out-1075): "what did A and B RESPECTIVELY say",
// "take A and B ONE BY ONE", "A and B IN TURN", "FOR BOTH A and B", "FOR EACH OF (A, B, C)" are
// parts told apart, each told in its own place (`SERIES_THEN_EACH`, `EACH_THEN_SERIES`,
// `partsToldApart`, demand-parts.ts).
import { describe, expect, it } from "vitest";
import { partsToldApart } from "../../src/answer/demand-parts.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const term = (word: string): KeyTerm => ({
  term: analyze(word)[0] as string,
  alternatives: [],
  weight: 1,
});

const parts = (question: string, words: string[]) =>
  partsToldApart(question, words.map(term), analyze).map((group) =>
    group.map((part) => part.map((k) => k.term)),
  );

describe("the members of a series asked of each, in other words", () => {
  it("reads respectively, in turn and one by one after the series", () => {
    expect(
      parts("what did Moreau and Okafor respectively say about roaming", [
        "moreau",
        "okafor",
        "roaming",
      ]),
    ).toEqual([[analyze("Moreau"), analyze("Okafor")]]);
    expect(
      parts("take Moreau and Okafor one by one: what did each propose", ["moreau", "okafor"]),
    ).toEqual([[analyze("Moreau"), analyze("Okafor")]]);
  });

  it("reads a series led by for both or for each of", () => {
    expect(parts("for both Norway and Chile: what did each want?", ["norway", "chile"])).toEqual([
      [analyze("Norway"), analyze("Chile")],
    ]);
    expect(
      parts("for each of the three groups (Norway, Chile and Peru), what was its line", [
        "norway",
        "chile",
        "peru",
      ]),
    ).toEqual([[analyze("Norway"), analyze("Chile"), analyze("Peru")]]);
  });

  it("tells nothing apart without such words", () => {
    expect(
      parts("what did Moreau and Okafor say about roaming", ["moreau", "okafor", "roaming"]),
    ).toEqual([]);
    expect(parts("what happened in turn after the vote", ["vote"])).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/roaming.md": note("The Lomé roaming code", [
    "**Origins.** The Sahel Forum drafted the roaming code in 2010 and circulated it to members. [1]",
    "**The Norwegian objection.** Ambassador Ingrid Moreau said roaming caps did not belong in a binding code, because price rules would spread to other services. [2]",
    "**Timeline.** The code was debated for three weeks in Lomé and adopted on its last day. [3]",
    "**Defenders.** Tunde Okafor, formerly of the Forum secretariat, argued that the code is non-binding and cannot justify price controls. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-each-item-28-", NOTES);

describe("answering each item from its own place", () => {
  answersStatingEach(app, [
    ["what did moreau and okafor respectively say about the roaming code", "Moreau said"],
    ["what did moreau and okafor respectively say about the roaming code", "non-binding"],
  ]);

  // Neither item is in the corpus: still refused.
  refusesEach(app, ["what did Haddad and Lindqvist respectively say about the roaming code"]);
});

describe("one item stated, the other not", () => {
  it("answers the stated one, never in full", async () => {
    const answer = await app.answerTo(
      "what did moreau and lindqvist respectively say about the roaming code",
    );
    expect(answer.coverage).not.toBe("full");
  });
});
