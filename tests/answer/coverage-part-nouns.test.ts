// The coverage decision on a question naming a treaty's part in everyday words ("the ballast
// clause", "the safety provision") where the source numbers it as an article: the place answers,
// but does not state the question as asked, so it is never "full" on that ground.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/ballast.md": note("The ballast article", [
    "**What was adopted.** Article 9B on ballast water says ports should endeavour to inspect tanks. The obligation is soft: should, not shall. [1]",
    "**Critics.** The guild argued that the ballast article gave inspectors no powers. [2]",
  ]),
  "notes/other.md": note("Other provisions", [
    "**Fees.** A provision on pilotage fees was dropped late on the last night. [1]",
    "**Wording.** One clause of the preamble was reworded twice. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-part-nouns-", NOTES);

describe("a treaty's part named 'clause' or 'provision' where the source says 'article'", () => {
  it("answers 'the ballast clause' from the place on the ballast article, as partial", async () => {
    const answer = await answerTo("What happened to the ballast clause in the end?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Article 9B on ballast water");
  });

  it("answers 'the ballast provision' the same way", async () => {
    const answer = await answerTo("What did the ballast provision say?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Article 9B on ballast water");
  });
});
