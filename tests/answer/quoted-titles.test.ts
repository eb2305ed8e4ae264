// The words of a title a sentence quotes name a document, not what the sentence says: "CDT's
// newsletter ran an item headed "ITU Cybersecurity Proposals Threaten Innovation and Security""
// led the answer to what CDT argued about the ITU's cybersecurity proposals, over the paragraph
// giving its arguments. A list of what was published still takes such titles as its items, and a
// title of the very thing asked ("a resolution titled "…the Internet"" for the Internet
// resolution) still names it.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { starterEngine } from "../support/extractive-engine.ts";
import { notesAppContext } from "../support/notes-app.ts";

// The starter corpus: its note on CDT's paper opens with the titles of CDT's other outputs.
const { answerTo: ask } = starterEngine("wcit-quoted-titles-");

const resolutionApp = notesAppContext("wcit-quoted-titles-resolution-", {
  "notes/resolution.md": note("The Internet resolution", [
    "**The ITU's framing.** After the Internet resolution was adopted, the ITU said publicly that resolutions do not have treaty status. [2]",
    '**Adoption.** The Chair\'s compromise package included a non-binding resolution titled "To foster an enabling environment for the greater growth of the Internet". [1]',
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a quoted title", () => {
  it("does not lead an answer with a headline holding the question's words", async () => {
    const answer = await ask("When was CDT's cybersecurity paper released?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).not.toMatch(/^CDT's newsletter ran an item/);
    expect(answer.text.split("\n")[0]).toContain("6 September 2012");
  });

  it("is an item of a list of what was published", async () => {
    const answer = await ask("Bullets: what else did CDT publish on the ITU cyber proposals?");
    expect(answer.text).toContain("newsletter ran an item");
  });

  it("still names the thing asked when the noun before it is the question's", async () => {
    const answer = await resolutionApp.answerTo(
      "Is it true that the Internet resolution has treaty status?",
    );
    expect(answer.text).toContain("non-binding resolution titled");
  });
});
