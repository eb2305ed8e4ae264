// The coverage decision on a question asking across a span of time written "between the 2033
// setup and the 2041 relaunch": the two dated ends are told in different places, as "from X to Y"
// is, so a place stating one end whole covers the question. A "between" with no date on its ends
// ("the split between the guild and the council") is one relation, which a place must state whole.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/panel.md": note("The expert panel", [
    "**Expert panel.** In 2033 the harbour council created an expert panel on the pilotage code. Its mandate was to review the code in light of new shipping trends. [1]",
    "**Still under review.** The review was later revived. The council's 2041 session set new terms of reference: the panel should consider automated vessels and whether the code is still relevant. [2]",
  ]),
  "notes/guild.md": note("The guild", [
    "**Pilots.** The Pilots' Guild trains harbour pilots and publishes an annual safety report. [1]",
    "**Council.** The harbour council sets pilotage fees each spring. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-time-span-", NOTES);

describe("a span of time written 'between the YEAR … and the YEAR …'", () => {
  it("is covered by the place stating one dated end", async () => {
    const answer = await answerTo(
      "how did the expert panel's brief change between the 2033 setup and the 2041 relaunch?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("In 2033 the harbour council created an expert panel");
  });

  it("leaves an undated 'between' a relation the place must state whole", async () => {
    const answer = await answerTo("What was the dispute between the guild and the ferry unions?");
    expect(answer.coverage).toBe("none");
  });
});
