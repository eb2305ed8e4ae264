// A timeline point dated only by its scene's year, carried on by a sentence dated to the day
// (blindmiss31): "two dates for the timeline slide: when the pact actually became binding, and
// when Ruritania lodged Document 9" gave "The only binding regional cybercrime instrument in 2012
// was … the Sylvania Pact." and left out "It was opened for signature … and entered into force on
// 1 July 2004.", which leans on it. A point whose own sentence gives the day stays as it was.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/pact.md": note("Cybercrime proposals and the Sylvania Pact backdrop", [
    "**Crime versus security.** The conference was about a telecom treaty, not a criminal-law treaty, and proposals to give it a role in fighting crime raised a prior question of competence. [1]",
    "**The existing treaty.** The only binding regional cybercrime instrument in 2012 was the Council of Sylvania's Convention on Cybercrime, known as the Sylvania Pact. It was opened for signature in Sylvania on 23 November 2001 and entered into force on 1 July 2004. It harmonises offences and procedural powers and sets up cooperation between parties. Freedonia refused to join, citing sovereignty. [1]",
  ]),
  "notes/drafts.md": note("Bloc drafts at the conference", [
    "**Ruritania's Document 9.** Ruritania filed Document 9 on 13 November 2012, ten days after the deadline, and revised it on 17 November. The revision renamed its network article and softened the tone. [1]",
    "**The joint draft.** Around 3 December a joint draft leaked. It was listed as coming from Ruritania, Freedonia and Sylvania. On 6 December the Chair said it was off the table, and the secretariat reported it withdrawn. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-timeline-carried-31-", NOTES);

describe("a timeline point dated only by its scene's year", () => {
  it("is carried on by the sentence leaning on it that gives the day", async () => {
    const answer = await answerTo(
      "two dates for the timeline slide pls: when the sylvania pact actually became binding, and when ruritania lodged its document 9",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("1 July 2004");
    expect(answer.text).toContain("13 November 2012");
  });
});

describe("a timeline point dated to the day", () => {
  it("is given as it was, without the sentence after it", async () => {
    const answer = await answerTo(
      "two dates for the timeline slide pls: when ruritania lodged its document 9, and when the joint draft leaked",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("13 November 2012");
    expect(answer.text).toContain("3 December");
    expect(answer.text).not.toContain("renamed its network article");
  });
});
