// A list counting the places the record names a thing (issue #12, the thirty-ninth session's
// list39): "every spot poland turns up in our notes", "every place where the itu constitution
// comes into the argument". The occasion noun says where to look, not what is counted: the kind
// the list counts is the thing that turns up (`occasionTopic`, question-lists.ts), so its points
// come first and the passages a search of it finds are read for it (list37's kind reading). Read
// as the kind "spot", every point had to say "spot", which none does, and the list was composed
// from the passages sharing the question's other words. The built corpus names one port in three
// notes beside paragraphs sharing the question's framing words; a list of a thing no note names
// stays refused.
import { describe, expect, it } from "vitest";
import { listKindWords } from "../src/search/question-lists.ts";
import { briefingNote as note } from "./support/corpus-builder.ts";
import { refusesEach } from "./support/coverage-cases.ts";
import { notesAppContext } from "./support/notes-app.ts";

describe("the thing a list of occasions counts", () => {
  it.each([
    ["prepping a call - every spot poland turns up in our notes, a line each", ["poland"]],
    ["list every spot where the itu constitution comes into the argument", ["itu constitution"]],
    ["every place the quality-of-service stuff comes up in our notes", ["quality-of-service"]],
    ["every instance norland crops up, bullets", ["norland"]],
    ["every place shipowner fines come up in the harbour notes", ["shipowner fines"]],
  ])("reads %s as counting %j", (question, kind) => {
    expect(listKindWords(question)).toEqual(kind);
  });

  it.each([
    "every place our notes raise surveillance as a worry",
    "'ict' as a word - every place it comes up in our notes",
    "every spot in our notes where who-pays-whom comes into it",
    "every spot where our notes hedge on the quotes",
  ])("reads no kind in %s", (question) => {
    expect(listKindWords(question)).toEqual([]);
  });

  it("still reads the kind of a list of things", () => {
    expect(listKindWords("list every leak our notes mention")).toEqual(["leak"]);
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour-signing.md": note("Signing the Harbour Code", [
    "**The signing.** Twenty ports signed the Harbour Code in 2019. [1] Delegations including Westmark, Oster, Norland and Sudby then reserved their position. [1]",
    "**Press line.** The secretariat's press line called the signing a turning point for the partner ports, and its spokesman took calls from the press all day. [1]",
    "**The hall.** The signing took place in the old customs hall, which the host city lent for the day. [2]",
  ]),
  "notes/harbour-letters.md": note("Letters on the Harbour Code", [
    "**Sign-on letter.** Early signatories of the dockworkers' letter came from Oster, Vell and Norland. [1]",
    "**Phone calls.** The unions held weekly calls with partner groups to plan the letter, each call with its own line of notes. [2]",
    "**The reply.** The secretariat answered the letter in a page of notes for the partner unions. [2]",
  ]),
  "notes/harbour-after.md": note("After the Harbour Code", [
    "**Consulting capitals.** Some ports, for example Sudby and Norland at that stage, were still consulting their capitals. [1]",
    "**The notes.** The secretariat's notes on the talks run to many pages and record every call for a vote, line by line. [1]",
    "**Review.** A review group was set up in 2021 to look at how ports apply the code. [2]",
  ]),
};

const app = notesAppContext("wcit-list39-39-", NOTES);

describe("a list of the places one port turns up, over three notes", () => {
  // Read with the kind "spot norland", no point had to name Norland, and the paragraphs sharing
  // "call", "line" and "notes" took the places of the ones naming the port.
  it("gives each note's mention of the port", async () => {
    const answer = await app.answerTo(
      "prepping a call with a partner - every spot norland turns up in our notes, a line each",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("reserved their position");
    expect(answer.text).toContain("Early signatories");
    expect(answer.text).toContain("consulting their capitals");
  });

  // No note names a fine or a shipowner: refused, the fines read as the kind the list counts.
  refusesEach(app, [
    "every spot shipowner fines turn up in our notes, a line each",
    "every place shipowner fines come up in the harbour notes",
  ]);
});
