// The coverage decision on a question whose phrasal verb the tagger reads as a noun beside the
// subject's nouns ("When does the treaty KICK IN for signatories?", "How did civil society PUSH
// BACK against…?"): it is the question's verb, what is said about the topic, and an unseen one
// is the asker's idiom, not an event the corpus lacks. Before the rule, "kick" was taken for an
// unrecorded event, and "push" for a noun the answer must hold; both questions were refused.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/code.md": note("The harbour code", [
    "**Two codes at once.** The revised code replaces the old one only among parties to the revised text. For signatories, the revised treaty was to apply provisionally from 1 January 2035. [1]",
    "**Signature count.** On 14 May, 41 ports signed the revised code. [2]",
  ]),
  "notes/campaign.md": note("Civil society and the code", [
    "**Campaign.** Civil society opposed the revised code from the start. Its groups sent an open letter to the harbour council and delivered a petition urging ports not to sign. [1]",
    "**Ferries.** Ferry operators pushed for lower pilotage fees all year. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-phrasal-noun-read-", NOTES);

describe("a phrasal verb read as a noun by the tagger", () => {
  it("answers 'When does the treaty kick in for signatories?'", async () => {
    const answer = await app.answerTo("When does the treaty kick in for signatories?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 January 2035");
  });

  it("answers 'How did civil society push back against the code?'", async () => {
    const answer = await app.answerTo("How did civil society push back against the revised code?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("delivered a petition");
  });

  it("still refuses an event verb the corpus never records", async () => {
    const answer = await app.answerTo("When was the revised code ratified by signatories?");
    expect(answer.coverage).toBe("none");
  });
});
