// Words of an analyst's loose wording that carry no content but had been weighed as content
// (refusals19): a hedge on a figure ("Ballpark, how many…"), a day named by its ordinal before the
// clause goes on ("on the night of the 12th without…"), and a phrasal verb the tagger reads as a
// noun after a subject holding a prepositional phrase ("the civil society people AT THE
// CONFERENCE push back on…"), and languages asked for, answered by their names ("into
// Spanish, Thai, Urdu…"). Each had left a word no source writes ("ballpark", "12th") or a
// noun the answer had to hold ("push", "languages"), and a question the notes answer was refused.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("reading loose wording", () => {
  it.each([
    ["Ballpark, how many countries signed in Dubai?", "how many countries signed in Dubai?"],
    ["So, ballpark, how many signed?", "So, how many signed?"],
    ["on the night of the 12th without a vote?", "on the night of the 12 without a vote?"],
    ["what happened on the 12th and the 13th?", "what happened on the 12 and the 13?"],
  ])("reads %s as %s", (typed, read) => {
    expect(withoutShorthand(typed)).toBe(read);
  });

  it("leaves an ordinal before a noun as typed", () => {
    expect(withoutShorthand("what did the 6th meeting decide?")).toBe(
      "what did the 6th meeting decide?",
    );
  });
});

describe("on the starter corpus", () => {
  const starter = starterEngine("wcit-loose-wording-");

  it("answers a how question with the day named by its ordinal mid-clause", async () => {
    const answer = await starter.answerTo(
      "How did the chair basically get the internet resolution through on the night of the 12th without ever calling it a vote?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("placards");
  });

  it("answers a phrasal verb after a subject with a prepositional phrase", async () => {
    const answer = await starter.answerTo(
      "How did the civil society people at the conference push back on being shut out of the talks?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("open letter");
  });

  it("answers a when question whose verb of expecting the corpus never uses", async () => {
    const answer = await starter.answerTo(
      "In which month of 2013 did observers expect the policy forum after Dubai to meet?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("May 2013");
  });

  it("answers which languages with the languages named", async () => {
    const answer = await starter.answerTo(
      "Into which languages did partner groups translate CDT's sign-on letter?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Urdu");
  });

  it("still reads a singular 'language' as wording", async () => {
    const answer = await starter.answerTo(
      "What human rights language is in the preamble of the 2012 ITRs?",
    );
    expect(answer.coverage).not.toBe("none");
  });

  refusesEach(
    starter,
    [
      // No interpretation at the sessions is reported.
      "What languages were the Dubai sessions interpreted into?",
      // No election of a Secretary-General is reported, expected or not.
      "When did observers expect the ITU to elect a new Secretary-General?",
      // UNESCO's submission is described, no official of it is named.
      "Which UNESCO official signed the submission objecting to the 'sensitive information' wording in draft 5A.4?",
      // EFF's call is reported; the only signature count is Access's petition.
      "Ballpark, how many signatures did EFF's May 2012 push to get the WCIT documents released end up collecting?",
      // No count of Egypt's delegates anywhere.
      "Ballpark, how many delegates did Egypt send to Dubai?",
      // The Arab States' own vote that night is not reported.
      "How did the Arab States vote on the night of the 12th when the chair called for placards?",
    ],
    "still refuses %s",
  );
});
