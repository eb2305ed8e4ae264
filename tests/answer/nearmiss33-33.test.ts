// A when question asking for the day within a month or a year the asker already knows (issue #12,
// the thirty-third session's batch in-3798..in-3805, out-1238..out-1241): "which day in may 2012
// did …", "what day in sept '12 …". It was read as a moment within an event ("which day of the
// conference"), which any date of the act answers, so a note dating the act only to the month
// answered it. Read as a day of the calendar (`asksMomentInEvent`), the place must give the day,
// and in the sentence about the asked act: a day in a sentence beside it, about another act, is
// not its day where the act's own sentence dates it to the month (`coarserDatedElsewhere`).
import { describe, expect, it } from "vitest";
import { asksMomentInEvent } from "../../src/answer/demand-dates.ts";
import type { QuestionDemands } from "../../src/answer/question-demands.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { coarserDatedElsewhere } from "../../src/answer/window-answer-type.ts";
import type { Window } from "../../src/answer/window-reading.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("asksMomentInEvent", () => {
  it("reads a day within a month or a year as a day of the calendar", () => {
    expect(asksMomentInEvent("which day in may 2012 did the league file its brief")).toBe(false);
    expect(asksMomentInEvent("what day in sept '12 did the league file its brief")).toBe(false);
    expect(asksMomentInEvent("which day in dec did the envoy walk out")).toBe(false);
    expect(asksMomentInEvent("what day in 2016 did the board adopt it")).toBe(false);
  });

  it("still reads a day within an event as a moment", () => {
    expect(asksMomentInEvent("which day of the conference did the envoy walk out")).toBe(true);
    expect(asksMomentInEvent("what day in the talks did the envoy walk out")).toBe(true);
    expect(asksMomentInEvent("at what point in the debate did the envoy walk out")).toBe(true);
  });
});

const NOTES: Record<string, string> = {
  "notes/filings.md": note("The Ruritanian filings", [
    "**The league.** In March 2013 the Ruritanian Press League urged the ministry to publish the tariff drafts and criticised the closed review. [1]",
    "**The carriers.** The carriers' council filed its tariff contribution on 14 April 2013. It proposed a flat settlement rate for transit traffic. [2]",
    "**Outputs.** Its Tariff Watch Center, launched in September 2013, listed the RPL briefing papers and a summary. RPL's 2 October comments to the ministry repeated the transparency concerns. [3]",
    "**Letters.** The league sent its letter to the regulator on 9 July 2013, repeating the transparency concerns. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-nearmiss33-33-", NOTES);

describe("a day asked within a month the asker knows", () => {
  it("is refused where the place dates the act only to the month", async () => {
    expect(
      await coverageOf(
        "which day in march 2013 did the ruritanian press league urge the ministry to publish the tariff drafts",
      ),
    ).toBe("none");
  });

  it("is answered where the place gives the day", async () => {
    const asked = "what day in april 2013 did the carriers' council file its tariff contribution";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("14 April 2013");
  });

  it("is refused where the day beside the act's month-dated sentence is another act's", async () => {
    // (The sentence about the center's launch is dated to the month; the day is the comments'.
    // Here `datesAskedAct` refuses it too, reading "launch" as the act; `coarserDatedElsewhere`
    // decides it where the tagger reads another word as the verb, as in out-1224.)
    expect(await coverageOf("what day in sept '13 did rpl launch its tariff watch center")).toBe(
      "none",
    );
  });

  it("is answered where the sentence giving the day is the one about the act", async () => {
    const asked = "which day in july 2013 did the league send its letter to the regulator";
    expect(await coverageOf(asked)).not.toBe("none");
    expect((await answerTo(asked)).text).toContain("9 July");
  });

  it("leaves a month asked where the place gives the month", async () => {
    expect(
      await coverageOf(
        "which month did the ruritanian press league urge the ministry to publish the tariff drafts",
      ),
    ).not.toBe("none");
  });
});

/** A key term of the question's own words, with no alternatives. */
function own(term: string): KeyTerm {
  return { term, alternatives: [], fromContext: false } as unknown as KeyTerm;
}

/** A window over sentences given as their text and index terms, opening at the first. */
function windowOf(...sentences: [text: string, terms: string[]][]): Window {
  return {
    passage: { sentences: sentences.map(([, terms]) => terms) },
    at: 0,
    terms: new Set(sentences.flatMap(([, terms]) => terms)),
    spans: sentences.map(([text]) => ({ text })),
  } as unknown as Window;
}

describe("coarserDatedElsewhere", () => {
  // What out-1224 meets: the sentence about the asked thing is dated to the month only, and the
  // day in the window is another act's, in a sentence sharing fewer of the question's words.
  const asked = {
    dateUnit: "day",
    keyTerms: [own("watch"), own("center"), own("launch"), own("rpl")],
  } as unknown as QuestionDemands;
  const window = windowOf(
    [
      "Its Tariff Watch Center, launched in September 2013, listed the RPL briefing papers.",
      ["tariff", "watch", "center", "launch", "septemb", "2013", "rpl", "brief", "paper"],
    ],
    [
      "RPL's 2 October comments repeated the concerns.",
      ["rpl", "2", "octob", "comment", "concern"],
    ],
  );

  it("sets aside a day whose sentence says less of the question than a month-dated one", () => {
    expect(coarserDatedElsewhere(asked, window, 1)).toBe(true);
  });

  it("keeps a day in the sentence that says most of the question", () => {
    const dayHere = windowOf(
      [
        "Its Tariff Watch Center, launched on 3 September 2013, listed the RPL papers.",
        ["tariff", "watch", "center", "launch", "3", "septemb", "2013", "rpl", "paper"],
      ],
      ["In September 2013 RPL wrote again.", ["septemb", "2013", "rpl", "wrote"]],
    );
    expect(coarserDatedElsewhere(asked, dayHere, 0)).toBe(false);
  });

  it("reads nothing where no day or month is asked", () => {
    const anyDate = { ...asked, dateUnit: undefined } as unknown as QuestionDemands;
    expect(coarserDatedElsewhere(anyDate, window, 1)).toBe(false);
  });
});
