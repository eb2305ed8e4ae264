// Days and dates as people type them (issue #12, the twenty-sixth session's batch
// in-2870..in-2879, out-980..out-981): "the 14th of dec" and "Dec 14th" are read as the day
// number the notes write ("14 December"); an ordinal before a noun ("the 6th meeting") stays as
// typed, and a day the notes do not give is still refused. An asked month or year stated by an
// earlier sentence of a paragraph dates what it goes on to tell ("who chaired it back in
// December?"); another month or year is still unmet.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withoutShorthand: a day ordinal beside its month", () => {
  it.each([
    ["ran from the 3rd to the 14th of dec, yes?", "ran from the 3 to the 14 of dec, yes?"],
    ["signed on the 21st of December?", "signed on the 21 of December?"],
    ["did they sign on Dec 14th?", "did they sign on Dec 14?"],
    ["was it December 3rd, or later?", "was it December 3, or later?"],
    ["what happened on Sept. 2nd", "what happened on Sept. 2"],
  ])("reads %j as %j", (typed, read) => {
    expect(withoutShorthand(typed)).toBe(read);
  });

  it("leaves an ordinal before a noun or another 'of' as typed", () => {
    expect(withoutShorthand("what did the 6th meeting decide?")).toBe(
      "what did the 6th meeting decide?",
    );
    expect(withoutShorthand("the 2nd of the three drafts")).toBe("the 2nd of the three drafts");
    expect(withoutShorthand("the 3rd of many rounds")).toBe("the 3rd of many rounds");
    expect(withoutShorthand("May 2nd-hand reports")).toBe("May 2nd-hand reports");
  });
});

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The Ostrava conference", [
    "**The conference.** The Ruritanian Telecommunication Conference took place in Ostrava from 3 to 14 December 2012. The national regulator hosted it at the Ostrava Exhibition Centre. The regulator's Director General, Petr Novak, chaired the conference. [1]",
    "**Signature.** On 14 December 2012, the last day, 41 delegations signed the final text. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-numbers-26-", NOTES);

describe("questions naming a day by its ordinal and month", () => {
  it("answers 'the 3rd to the 14th of dec' from '3 to 14 December 2012'", async () => {
    const answer = await answerTo(
      "so the ruritanian conference ran the 3rd to the 14th of dec at the exhibition centre, yes?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("3 to 14 December 2012");
  });

  it("answers 'Dec 14th' as 14 December", async () => {
    const answer = await answerTo("how many delegations signed the final text on Dec 14th?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("41 delegations");
  });

  it("still refuses a day or a fact the notes do not give", async () => {
    expect(await coverageOf("who walked out of the Ostrava conference on the 9th of dec?")).toBe(
      "none",
    );
  });
});

describe("a month and year stated earlier in the paragraph", () => {
  it("answers who chaired the conference in December from the paragraph that dates it", async () => {
    const answer = await answerTo("who chaired the Ostrava conference back in December?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Petr Novak");
  });

  it("still refuses a month or a year the paragraph does not state", async () => {
    expect(await coverageOf("who chaired the Ostrava conference back in March?")).toBe("none");
    expect(await coverageOf("who chaired the Ostrava conference in December 2013?")).toBe("none");
  });
});
