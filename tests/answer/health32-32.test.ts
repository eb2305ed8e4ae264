// Code health, session 32 (health32). A lead-in made only of words that are topics as well as
// media ("talks - who walked out?", "board: who chaired it?", "the meetings: …") names what is
// asked about, so it stays content (`TOPICS_ONLY_LEAD`, question-requests.ts, read by
// `FRAMING_LEAD_IN`, question-framing.ts, and `formatLeadIn` / `namesOnlyFormat`,
// question-lead-ins.ts); a lead-in with a use or a medium that is no topic ("quick check:",
// "slide:"), "for" or the asker's "our" stays framing. The office words a who question asks a
// holder by are `OFFICE_WORDS` (office-holders.ts), whole, for `doerAskOf` too.
import { describe, expect, it } from "vitest";
import { doerAskOf } from "../../src/answer/window-doers.ts";
import { officeHolderNames } from "../../src/search/office-holders.ts";
import { stripInstructions } from "../../src/search/question-instructions.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("a lead-in of topic words alone", () => {
  for (const question of [
    "talks - who walked out?",
    "talks: who walked out",
    "board: who chaired it?",
    "the meetings: who chaired them?",
    "meeting notes: who attended",
    "notes on the talks - who walked out",
  ]) {
    it(`stays content: ${question}`, () => {
      const { content, instructions } = stripInstructions(question);
      expect(instructions).toEqual([]);
      expect(content).toBe(question);
    });
  }

  for (const [question, lead] of [
    ["quick check: who chaired it?", "quick check"],
    ["slide: who chaired it", "slide"],
    ["notes for the board: who chaired it", "notes for the board"],
    ["our board meeting: who chaired it", "our board meeting"],
    ["date check for our timeline box - when was it signed", "date check for our timeline box"],
    ["for a briefing: who chaired it", "for a briefing"],
  ] as const) {
    it(`is framing with a use, a medium, "for" or "our": ${question}`, () => {
      expect(stripInstructions(question).instructions).toEqual([lead]);
    });
  }
});

// The notes name a board and who chaired the conference, never who chaired the board: read as
// framing, "board" was dropped and the conference's chair answered "board: who chaired it?".
const NOTES: Record<string, string> = {
  "notes/conference.md": note("The conference", [
    "**Chair.** Mohamed Nasser Al Ghanim of the United Arab Emirates chaired the conference in Dubai in December 2012. [1]",
  ]),
  "notes/board.md": note("The review board", [
    "**Review board.** A review board of twelve experts met in Geneva in March 2013 to look at how the new regulations were applied. Its report went to the ITU Council. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-health32-", NOTES);

describe("a topic lead-in in a question the notes answer or do not", () => {
  it("answers the chair of the conference asked with a framing lead-in", async () => {
    const question = "quick check: who chaired the conference?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Al Ghanim");
  });

  it("stays refused: the chair of the board, which the notes never name", async () => {
    expect(await coverageOf("board - who chaired it?")).toBe("none");
  });
});

describe("office words, one list for an asked office and a titled name", () => {
  it("reads a who question asking an office's holder", () => {
    for (const question of [
      "who chaired the plenary in dubai",
      "who headed the US delegation?",
      "who was the ITU's secretary-general then?",
      "who was the NTIA administrator at the time?",
      "who were the FCC spokespeople quoted on it?",
    ]) {
      expect(doerAskOf(question)).toEqual({ office: true });
    }
  });

  it("reads no office in a who question asking a doer", () => {
    expect(doerAskOf("who walked out first?")).toEqual({ office: false });
    expect(doerAskOf("who signed the letter to the spokes committee?")).toEqual({ office: false });
  });

  it("reads a titled name by the office word's start, as before", () => {
    const text =
      "ABC Chairwoman Julia Smithers spoke. ABC Spokeswoman Ana Barnes replied, and ABC Administrator Lee Hart.";
    expect(officeHolderNames(text, ["ABC"])).toEqual(["Julia Smithers", "Ana Barnes", "Lee Hart"]);
  });
});
