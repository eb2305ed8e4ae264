// A verb whose subject is the record itself (issue #12, the thirty-eighth session's list38): "every
// deadline our notes mention", "every 'first' our notes pin down", "every vote our notes record",
// "every denial on record" say only that the notes hold what is asked, so the verb is no key term
// (`RECORD_VERB`, question-idioms.ts, read by `keyTermsOf`). Read as one, "mention" was a topic
// word no note states beside a deadline, and such lists, whose items lie in several notes, were
// refused. The built corpus holds deadlines in two notes; a list of a thing no note names stays
// refused, and a verb saying how the notes tell it ("hedge") stays a term.
import { describe, expect, it } from "vitest";
import { withoutTimeIdioms } from "../../src/search/question-idioms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("the record's verbs of holding what is asked", () => {
  it.each([
    ["list every deadline our notes mention", "mention"],
    ["round up every 'first' our notes pin down, a line each", "pin"],
    ["every vote or show of hands our notes record, with the count", "record"],
    ["everything our notes tie to that part of the world", "tie"],
    ["draft a box: every denial or flat brush-off on record in our notes", "record"],
    ["all the figures the sources give for the turnout", "give"],
  ])("reads %s without its verb of the record", (question, verb) => {
    expect(withoutTimeIdioms(question)).not.toMatch(new RegExp(`\\b${verb}\\b`));
  });

  it.each([
    ["every spot where our notes hedge on the quotes", "hedge"],
    ["did the delegates mention a deadline", "mention"],
    ["who gave the keynote at the opening", "gave"],
  ])("keeps the verb of %s", (question, verb) => {
    expect(withoutTimeIdioms(question)).toMatch(new RegExp(`\\b${verb}\\b`));
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour-drafting.md": note("Drafting the Harbour Code", [
    "**The committee.** A drafting committee of port authorities prepared the Harbour Code between 2017 and 2019. [1]",
    "**The timetable.** The committee set a deadline of 1 March 2019 for member proposals to the Harbour Code. [1] Northland filed its proposal ten days after that deadline. [1]",
    "**The draft.** The committee's near-final draft sorted the proposals by article. [2]",
  ]),
  "notes/harbour-review.md": note("Reviewing the Harbour Code", [
    "**The review group.** In 2020 the assembly set up a review group for the Harbour Code. [1]",
    "**Its report.** The review group's deadline for its final report on the Harbour Code was the 2022 assembly. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-list38-38-", NOTES);

describe("a list of a thing the notes hold in several places", () => {
  // Read with "pin" as a topic word, no window met it beside a deadline, and the list was refused.
  it("answers 'every deadline our notes pin down' from the notes' deadlines", async () => {
    const answer = await app.answerTo("round up every deadline our notes pin down");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("deadline for its final report");
  });

  // No note names a fine or a shipowner: refused, the record's verb read out or not.
  refusesEach(app, [
    "list every fine on shipowners our notes mention for the harbour code",
    "every fine on shipowners the notes record under the harbour code",
  ]);
});
