// Issue #12: a list asking what could not be confirmed is answered by the sentence saying so, which
// is otherwise only a caveat. A real corpus, ingested into a real SQLite file.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const NOTES: Record<string, string> = {
  "notes/report.md": briefingNote("The guild's harbour report", [
    "**Date.** The guild's blog post, dated 6 May 2012, describes the harbour report as issued that day. The guild's secretary announced the report on the harbour list. [1]",
    "**Related guild outputs.** The guild's newsletter ran an item on the harbour report. Its resource page listed a longer harbour report and a summary. [2]",
    "**Audience.** The secretary called the harbour report a short paper for pilots attending regional meetings. [1]",
    "**Not established.** The following could not be confirmed: the report's page count and section structure, and which port plans it analysed. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
  "notes/outcome.md": briefingNote("The harbour outcome", [
    "**Signature count.** On 14 May, 89 ports signed the harbour code. [1]",
    "**Key provisions.** The preamble adds a commitment on safety at sea. [2]",
  ]),
};

const ingested = notesEngine("wcit-unconfirmed-list-", NOTES);

describe("a list of what could not be confirmed", () => {
  it("gives the sentence saying what could not be confirmed as a point", async () => {
    const answer = await ingested.answerTo(
      "List the points about the guild's harbour report that could not be confirmed.",
    );
    expect(answer.text).toContain(
      "- The following could not be confirmed: the report's page count and section structure",
    );
  });

  it("keeps it a caveat when the list asks for something else", async () => {
    const answer = await ingested.answerTo("List the points about the guild's harbour report.");
    expect(answer.text).not.toContain("could not be confirmed");
  });
});
