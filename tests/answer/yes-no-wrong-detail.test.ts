// Yes/no questions that get a detail wrong (issue #12): "Did 90 delegations sign…?", "Is it meant
// to apply from 2020?", "the vote passed 40-10, right?". A plain yes/no question stating a figure
// is a claim about that figure: a place giving its own figure for the same thing answers it by
// correcting it, and the answer never states the asker's figure as true. A year naming the thing
// asked ("the 2019 accord") is which thing, not a detail to correct.
import { describe, expect, it } from "vitest";
import { claimedFigures } from "../../src/answer/coverage-claims.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const TALKS = briefingNote("The fisheries talks in Valparaíso", [
  "**The conference.** The fisheries conference took place in Valparaíso from 3 to 14 March 2019. The harbour authority's director, Ana Ruiz, chaired it. [1]",
  "**The quota vote.** During the quota debate, Chile requested a vote on the catch-limit sentence. It passed with 30 in favour, 12 against and 4 abstentions. [1]",
]);

const OUTCOME = briefingNote("The outcome of the fisheries talks", [
  "**Signatures.** On the last day 71 delegations signed the final accord, and 40 did not. [1]",
  "**Entry into force.** For signatories, the accord was to apply provisionally from 1 January 2021. [1]",
]);

const ingested = notesEngine("wcit-yes-no-detail-", {
  "notes/talks.md": TALKS,
  "notes/outcome.md": OUTCOME,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no question with a wrong figure is answered with the source's figure", () => {
  it("corrects a count", async () => {
    const answer = await ingested.engine.answer("Did 90 delegations sign the final accord?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("71 delegations signed");
    expect(answer.text).not.toMatch(/\b90\b/);
  });

  it("corrects a date", async () => {
    const answer = await ingested.engine.answer(
      "Is the accord meant to apply from 1 January 2020?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 January 2021");
    expect(answer.text).not.toContain("2020");
  });

  it("corrects a vote's tally written as one word", async () => {
    const answer = await ingested.engine.answer("chile's catch-limit vote passed 40-10, right?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("30 in favour, 12 against");
  });
});

describe("what a yes/no question's figures are", () => {
  it("reads a year after a preposition or a month as the claim's date", () => {
    const figures = claimedFigures("Did it enter into force in 2001?", analyze, {
      datedYearsOnly: true,
    });
    expect(figures.map((f) => f.date)).toEqual([true]);
  });

  it("reads a year naming the thing asked as no detail of the claim", () => {
    expect(
      claimedFigures("Did the 2026 Plenipotentiary adopt the report?", analyze, {
        datedYearsOnly: true,
      }),
    ).toEqual([]);
  });

  it("reads both counts of a tally", () => {
    const figures = claimedFigures("the vote passed 89-55, right?", analyze);
    expect(figures.map((f) => [...f.terms])).toEqual([["89"], ["55"]]);
  });
});
