// British "-ise" spellings meet their American "-ize" forms and the nouns Porter gives the same
// stem ("criticised" / "criticized" / "criticism" / "critics"): the notes write British English,
// analysts often American, and "Who criticized…" or "Main criticisms of…" missed the one paragraph
// saying who "criticised the procedure".
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/resolution.md": note("The Internet resolution", [
    "**The adoption.** Late on the last night the Chair asked for a show of placards and declared that most delegates supported including the Internet resolution. Two press-freedom groups criticised the procedure. [1]",
    "**The ITU's framing.** After the Internet resolution was adopted, the ITU said publicly that resolutions have no treaty status. [2]",
  ]),
  "notes/operators.md": note("Which operators are covered", [
    "**Operators.** Critics feared the broader term could reach any provider of Internet services, and the resolution on operators was adopted without them. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-british-spelling-", NOTES);

describe("British -ise spellings", () => {
  it.each([
    ["criticised", "criticized"],
    ["criticised", "criticism"],
    ["criticising", "critics"],
    ["organisations", "organizations"],
    ["harmonising", "harmonizing"],
    ["recognised", "recognized"],
    ["organisers", "organizers"],
  ])("stem %s as %s", (british, american) => {
    expect(stem(british)).toBe(stem(american));
  });

  it.each([
    ["revised", "revision"],
    ["compromised", "compromise"],
    ["advised", "advise"],
  ])("leave a word American English does not write with -ize as it is: %s, %s", (a, b) => {
    expect(stem(a)).toBe(stem(b));
    expect(stem(a)).not.toMatch(/iz$/);
  });

  it("answers an American spelling from the paragraph written in British English", async () => {
    const answer = await app.answerTo(
      "Who criticized the way the Internet resolution was adopted?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("criticised the procedure");
  });

  it("lists the criticisms from the paragraph that says who criticised", async () => {
    const answer = await app.answerTo(
      "Main criticisms of how the Internet resolution was adopted?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("criticised the procedure");
  });
});
