// A how-many question whose count the notes leave vague (issue #12, the thirty-fourth session's
// batch in-3874..in-3879, out-1268..out-1273): "how many western delegations saw the access vote
// as crossing a red line" where the note says "It passed 77 to 33 with 8 abstentions, and several
// Western delegations saw that moment as crossing a red line". The sentence that tells what is
// asked names the counted thing only as "several" or "most" of it; the counts beside it are of
// other things, and were taken for the count asked (answered `full`). `countLeftVague`
// (window-vague-count.ts) refuses that window; a count of the thing in the sentence telling the
// rest still answers, and so does a count whose sentence the vague one adds nothing to. (The
// "most" form, out-1271, is covered by the tuning half only: here the heading's window holding
// the whole's count alone is chosen and passes, as the rule reads the window's sentences only.)
import { describe, expect, it } from "vitest";
import { countsRightBefore } from "../../src/answer/evidence.ts";
import type { QuestionDemands } from "../../src/answer/question-demands.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import type { Window } from "../../src/answer/window-reading.ts";
import { countLeftVague } from "../../src/answer/window-vague-count.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("countsRightBefore", () => {
  const isBloc = (word: string) => /^(?:blocs?|members?)[,.]?$/i.test(word);
  it("reads a count right before the thing, a word or two between", () => {
    expect(countsRightBefore("The union said its 31 members had agreed.", isBloc)).toBe(true);
    expect(countsRightBefore("Some 12 eastern blocs objected.", isBloc)).toBe(true);
  });
  it("does not read a count of another noun beside it", () => {
    expect(
      countsRightBefore("It passed 40 to 12 with 5 abstentions, and several blocs left.", isBloc),
    ).toBe(false);
    expect(countsRightBefore("It carried 40 votes; several northern blocs objected.", isBloc)).toBe(
      false,
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/tariff-vote.md": note("The Ruritanian tariff vote", [
    "**The vote.** During the tariff debate, Ostria requested a vote on the transit-rate clause. It passed 61 to 27 with 9 abstentions, and several northern delegations saw that moment as a breach of trust. [1]",
    "**The union.** The Baltic Carriers Union said its 31 members had backed the settlement rules. It added that the transit clause was still unclear enough that most union members could not accept it, and it listed the union states that did not ratify. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-unsettled34-34-", NOTES);

describe("a count the notes leave vague", () => {
  it("is refused where the sentence telling what is asked says only several", async () => {
    expect(
      await coverageOf("how many northern delegations saw the transit vote as a breach of trust"),
    ).toBe("none");
  });

  it("still answers the count the vague sentence adds nothing to", async () => {
    const asked = "how many abstentions were there on ostria's transit-rate clause";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("9 abstentions");
  });

  it("still answers the whole's count where that is asked", async () => {
    const asked = "how many members does the baltic carriers union have";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("31 members");
  });
});

/** A key term of the question's own words, weighed as a required one. */
function required(term: string): KeyTerm {
  return { term, alternatives: [], fromContext: false, weight: 10 } as unknown as KeyTerm;
}

describe("countLeftVague in a question of two asks", () => {
  // What a two-count question meets ("how many filings had the site put up by the conference, and
  // how many people signed the petition to lift password access"): the window counts the filings,
  // and its other sentence says "many of the filings" beside the second ask's "password access".
  const filing = required("file");
  const asked = {
    expected: "number",
    counted: filing,
    isCounted: (word: string) => /^filings?[,.]?$/i.test(word),
    keyTerms: [filing, required("site"), required("password"), required("access")],
    countingAskTerms: new Set(["file", "site", "put", "confer"]),
  } as unknown as QuestionDemands;
  const sentences: [string, string[]][] = [
    [
      "Around the time of the conference the site had published 74 filings.",
      ["around", "time", "confer", "site", "publish", "74", "file"],
    ],
    [
      "A later report said many of the filings were obtained through password access.",
      ["later", "report", "said", "mani", "file", "obtain", "password", "access"],
    ],
  ];
  const window = {
    passage: { sentences: sentences.map(([, terms]) => terms) },
    at: 0,
    terms: new Set(sentences.flatMap(([, terms]) => terms)),
    spans: sentences.map(([text]) => ({ text })),
  } as unknown as Window;

  it("leaves the count standing where the vague sentence adds only the other ask's words", () => {
    expect(countLeftVague(asked, window)).toBe(false);
  });

  it("reads the vague sentence where it adds a word of the counting ask", () => {
    const oneAsk = {
      ...asked,
      countingAskTerms: new Set(["file", "site", "password", "access"]),
    } as unknown as QuestionDemands;
    expect(countLeftVague(oneAsk, window)).toBe(true);
  });
});
