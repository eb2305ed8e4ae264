// Yes/no near misses of the thirtieth session (issue #12, batch in-3484..in-3489,
// out-1154..out-1159): "Is ETNO one of the groups that signed the unity statement?" was answered
// from a place on the statement that never names ETNO. A yes/no whose named party neither the
// window nor its passage names, where the window does not tell all of the asked act either, is
// refused (`askedPartyUnnamed`, subject-act.ts). A window telling the whole act of another party
// ("coordinated through Egypt") is left alone, and so are passive or progressive be-questions.
import { describe, expect, it } from "vitest";
import { askedActUntold, askedPartyUnnamed } from "../../src/answer/subject-act.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

// The corpus's words: the parties it names.
const HELD = new Set(analyze("Strickling ETNO Access Dourado Nigeria Egypt Resolution Nordics"));
const unnamed = (question: string, windowText: string, passageText = windowText) =>
  askedPartyUnnamed(question, windowText, analyze, passageText, HELD);

const UNITY =
  'A short "unity statement" was drafted by Access, CDT and OpenMedia. More than 120 organisations from 55 countries had signed it.';
const VENUES =
  "Observers turned to the policy forum in Geneva in May 2013 and the Plenipotentiary Conference in Busan in 2014.";

describe("askedPartyUnnamed: the party is never named, nor the whole act told", () => {
  it("finds the party unnamed where the window tells only part of the act", () => {
    expect(
      unnamed("Was Strickling among the speakers at the policy forum in Geneva?", VENUES),
    ).toBe(true);
    expect(unnamed("Is ETNO a drafter of the unity statement's final wording?", UNITY)).toBe(true);
  });

  it("leaves a window naming the party, or its passage naming it", () => {
    expect(unnamed("Was Access among the drafters of the unity statement?", UNITY)).toBe(false);
    expect(
      unnamed(
        "Was Dourado among the speakers at the policy forum in Geneva?",
        VENUES,
        `Dourado noted the forum was no treaty conference. ${VENUES}`,
      ),
    ).toBe(false);
  });

  it("leaves a window telling the whole act, of another party", () => {
    expect(
      unnamed(
        "Did Nigeria coordinate the African common proposals?",
        "An African regional contribution, coordinated through Egypt, gave reasons for revision. Guinena coordinated the African common proposals.",
      ),
    ).toBe(false);
  });

  it("leaves passive and progressive be-questions, pronoun subjects, do-questions", () => {
    expect(unnamed("Was Resolution 171 adopted at the Busan Plenipotentiary?", VENUES)).toBe(false);
    expect(unnamed("Were the Nordics pushing for a forum in Geneva?", VENUES)).toBe(false);
    expect(unnamed("Is it true that ETNO signed the unity statement?", UNITY)).toBe(false);
    // (Nor a do-question, nor a party the corpus never names: it may name it otherwise.)
    expect(unnamed("Did Strickling speak at the policy forum in Geneva?", VENUES)).toBe(false);
    expect(unnamed("Were the Kiwis among the speakers at the policy forum?", VENUES)).toBe(false);
  });

  it("does not widen askedActUntold to be-questions", () => {
    expect(
      askedActUntold(
        "Was LIRNEasia part of the CWG?",
        "LIRNEasia called the link between quality of service and sender-pays incoherent.",
        analyze,
      ),
    ).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/civil.md": note("Civil society around the conference", [
    '**Unity statement.** A short "unity statement" was drafted by Access, CDT, Free Press and OpenMedia. In a later post CDT reported that more than 120 organisations from 55 countries had signed it. [1]',
  ]),
  "notes/etno.md": note("Regional proposals", [
    "**ETNO.** The operators' association ETNO filed CWG contribution C-109 on 6 June 2012. It proposed end-to-end quality of service and commercial fair compensation based on sender-pays. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-yes-no-party-30-", NOTES);

describe("a yes/no whose party the place never names", () => {
  it("is refused where the place tells only part of the act", async () => {
    expect(
      await coverageOf("Was ETNO one of the drafters of the unity statement's preamble?"),
    ).toBe("none");
  });

  it("leaves answered a party the place names", async () => {
    expect(await coverageOf("Was OpenMedia one of the drafters of the unity statement?")).not.toBe(
      "none",
    );
    expect(await coverageOf("did ETNO file a contribution with the CWG?")).not.toBe("none");
  });
});
