// An analyst's chat shorthand ("Doc 27", "ppl", "tbh") read as the words it stands for (issue #12):
// a source never writes "doc" or "ppl", so read as typed the word is unseen and a question the
// notes answer is refused. The near miss beside each must still be refused.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/internet.md": note("Internet proposals", [
    "**A late filing.** Russia filed Document 27 on 13 November 2012, about ten days after the announced proposal deadline, and revised it on 17 November. [1]",
    "**The placard count.** Late on 12 December the Chair asked for a show of placards and declared that most delegates supported the Internet resolution. [2]",
  ]),
  "notes/spam.md": note("The spam article", [
    "**The US objection.** Ambassador Terry Kramer said that once governments vet bulk messages they could move on to restricting political speech, which worried many people. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-coverage-shorthand-", NOTES);

describe("chat shorthand in a question", () => {
  it.each([
    "when exactly did Russia file Doc 27?",
    "how did the chair get the internet reso through?",
  ])("is read as the word it stands for: %s is answered", async (question) => {
    expect(await coverageOf(question)).not.toBe("none");
  });

  it("still leaves a question about something the notes lack refused", async () => {
    expect(await coverageOf("when exactly did Brazil file Doc 31?")).toBe("none");
  });
});
