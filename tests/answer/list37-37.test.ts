// A list counting a kind over the whole record (issue #12, the thirty-seventh session's list37):
// "every leak our notes mention", "every petition, letter or statement" read as the kinds the list
// counts (`listKindWords`, question-lists.ts); the list reads on in the passages a search of the
// kind alone finds (`withKindPassages`, answer-passages.ts) and gives the points naming the kind
// first (`pickListItems`, extractive-list.ts). The built corpus holds one leak told in a note on
// another topic, beside a note on the drafting papers whose paragraphs name the question's other
// words; a list of a kind no note names stays refused.
import { describe, expect, it } from "vitest";
import { listKindWords } from "../../src/search/question-lists.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("listKindWords", () => {
  it.each([
    ["bullets for a memo on every leak our notes mention", ["leak"]],
    [
      "every petition, letter or statement we have a count for",
      ["petition", "letter", "statement"],
    ],
    ["all the different figures our notes give", ["figures"]],
    ["every vote or show of hands our notes record", ["vote", "show"]],
  ])("reads %s", (question, kinds) => {
    expect(listKindWords(question)).toEqual(kinds);
  });

  it.each([
    "every time the chair stepped in",
    "every thing access flagged",
    "all the stuff the us opposed",
    "what did each of them say",
    "list the leaks before the conference",
  ])("reads no kind in %s", (question) => {
    expect(listKindWords(question)).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour-papers.md": note("The road to the Harbour Code: working papers and leaks", [
    "**The working papers.** The drafting committee gathered member proposals into numbered working papers. [1] Paper W-7 (March 2019) sorted them by article, and Paper W-9 was described as the near-final draft of the code. [1]",
    "**Who could read the papers.** Only port authorities that paid the membership fee could read the working papers. [2] A dockworkers' federation urged the committee to publish the drafting papers and criticised the fee. [2]",
    "**The first leak.** Two archivists started a site to post the working papers in mid-2019. [1] Paper W-9 leaked in June 2019, and the site posted forty papers before the conference. [1]",
    "**The late bloc text.** During the conference a bloc text from five coastal states leaked on the sixth day. [2] The chair said on the eighth day that it was off the table. [2]",
    "**Papers issued at the conference.** Member proposals to the conference itself were issued as Papers HC/1 onward, and a secretariat list of 30 November drew them together. [1]",
  ]),
  "notes/harbour-safety.md": note("Safety of vessels in the Harbour Code", [
    "**Starting point.** The old code said almost nothing about the safety of vessels in port, and inspectors used the word loosely. [1]",
    "**Inspection clause.** A draft inspection clause would have let port states board any vessel they judged a risk to public order. [2] Language of this kind first appeared in the Northland draft that leaked in April 2019. [2]",
    "**The compromise.** The adopted clause asks port states to endeavour to keep berths safe and open to all flags. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-list37-37-", NOTES);

describe("a list of every thing of a kind over the notes", () => {
  it("gives the leak told in the note on vessel safety beside those of the papers' note", async () => {
    const answer = await app.answerTo(
      "bullets for a memo on every leak our notes mention, from the working papers to the late bloc text",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Paper W-9 leaked in June 2019");
    expect(answer.text).toContain("leaked on the sixth day");
    expect(answer.text).toContain("Northland draft that leaked in April 2019");
  });

  // The notes name no fine of any kind: refused, as before.
  refusesEach(app, ["bullets on every fine the harbour code imposed on shipowners"]);
});
