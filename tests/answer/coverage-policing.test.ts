// "Letting governments police spam": the asker's verb for what the sources call governments
// vetting bulk messages or controlling speech (issue #12). A request on it was refused.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-policing-", {
  "notes/us.md": note("The US position", [
    "**The US objection.** Ambassador Terry Kramer said that once governments vet bulk messages they could move on to restricting political speech. [2]",
    "**Leadership.** President Obama chose Kramer to lead the delegation. [1]",
  ]),
  "notes/spam.md": note("Spam and the treaty", [
    "**What was adopted.** Article 5B asks Member States to endeavour to limit unsolicited bulk electronic communications. [1]",
    "**Critics.** Reporters Without Borders argued that governments cannot block such traffic without looking at content. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("'police' in a question", () => {
  it("meets the sources' vetting: a request for reasons it is a speech risk is answered", async () => {
    const answer = await app.answerTo(
      "give me 3 bullets on why letting governments police spam is a speech risk",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("vet bulk messages");
  });
});
