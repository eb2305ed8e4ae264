// Who and when questions typed under time pressure (issue #12, the twenty-eighth session's batch
// in-3126..in-3135, out-1052..out-1053): "the FCC guy", "who at the FCC and NTIA" name a person of
// the organisation, as "the FCC chair" does; "around what time did…", "roughly when…", "what date
// roughly…" ask a plain when, whose hedge and clock word are no terms a passage must state. A
// person someone was, or an organisation the notes never name, is still not read so.
import { describe, expect, it } from "vitest";
import { asksAuthorship } from "../../src/answer/authorship.ts";
import { carriesAnswer } from "../../src/answer/evidence.ts";
import { analyze } from "../../src/search/analyze.ts";
import { askedOfficeWords } from "../../src/search/office-holders.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { withWhenAsksRead } from "../../src/search/question-when-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withWhenAsksRead", () => {
  it.each([
    ["around what time did the US say it was out?", "when did the US say it was out?"],
    ["At what time was the text adopted?", "When was the text adopted?"],
    ["what time did the vote happen", "when did the vote happen"],
    ["Roughly when did Russia file it?", "When did Russia file it?"],
    ["when, roughly, did the talks end?", "when did the talks end?"],
    ["what date roughly did India file?", "what date did India file?"],
    ["about what date was the letter sent", "what date was the letter sent"],
  ])("reads %j as %j", (typed, read) => {
    expect(withWhenAsksRead(typed)).toBe(read);
  });

  it("leaves a hedged figure, and a time that asks no date, as typed", () => {
    for (const question of [
      "did roughly 90 countries sign?",
      "what time zone is Dubai in?",
      "around the time of the conference, who spoke?",
      "how much time did the talks take?",
    ]) {
      expect(withWhenAsksRead(question)).toBe(question);
    }
  });

  it("is part of the question's shorthand reading", () => {
    expect(withoutShorthand("around what time did the US say it was out?")).toBe(
      "when did the US say it was out?",
    );
  });
});

describe("'which X was…', 'what months…': a date or a name asked, not a list or a fact", () => {
  it.each([
    ["which month was TD-43 issued?", "when"],
    ["which day was security raised in Dubai?", "when"],
    ["which delegation was behind the spam article?", "who"],
    ["which country was first to sign?", "who"],
    ["what months and year was the Varna meeting held?", "when"],
    ["what dates did the conference run?", "when"],
    ["which countries signed?", "list"],
    ["which provisions were unclear?", "list"],
    ["which groups has CDT worked with?", "list"],
  ])("reads %j as a %s question", (question, kind) => {
    expect(analyzeQuestion(question).kind).toBe(kind);
  });
});

describe("askedOfficeWords: an analyst's word for someone at an organisation", () => {
  it("reads 'the FCC guy' and 'who at the FCC and NTIA' as people of those organisations", () => {
    expect(askedOfficeWords("what did the FCC guy say")).toEqual([
      { organisation: "FCC", office: "guy" },
    ]);
    expect(askedOfficeWords("who at the FCC and NTIA reacted?")).toEqual([
      { organisation: "FCC", office: "at" },
      { organisation: "NTIA", office: "at" },
    ]);
  });

  it("does not read someone who has left the organisation, nor an office word's other uses", () => {
    expect(askedOfficeWords("the ex-ITU guy's view")).toEqual([]);
    expect(askedOfficeWords("the former FCC guy's view")).toEqual([]);
    expect(askedOfficeWords("how many people did the FCC send")).toEqual([]);
    expect(askedOfficeWords("who in the US delegation spoke")).toEqual([]);
  });
});

describe("a body speaking through what it put out", () => {
  it("names the doer in 'UNESCO's submission … objected', not in 'CDT's website lists'", () => {
    expect(
      carriesAnswer(
        "UNESCO's submission to the public consultation objected to draft 5A.4.",
        "agent",
      ),
    ).toBe(true);
    expect(carriesAnswer("CEPT's draft report rejected the idea.", "agent")).toBe(true);
    expect(carriesAnswer("CDT's current website lists the paper.", "agent")).toBe(false);
  });

  it("reads 'objected to draft 5A.4' as a draft objected to, not as who drafted it", () => {
    expect(asksAuthorship("which body objected to draft 5A.4?", false, analyze)).toBeUndefined();
    expect(asksAuthorship("who responded to draft Article 5A?", false, analyze)).toBeUndefined();
    expect(
      asksAuthorship("which partners helped CDT to draft its letter?", false, analyze),
    ).toEqual(expect.objectContaining({ writing: true }));
    expect(asksAuthorship("who drafted the unity statement?", false, analyze)).toEqual(
      expect.objectContaining({ writing: true }),
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/delegation.md": note("The Ruritanian delegation at the Ostrava talks", [
    "**Leadership.** The President chose Ambassador Tomas Varga to head the delegation. In November 2012 Varga and RCA Chairman Julius Mendel both argued that security should be kept out of the final text. [1]",
    "**Refusal to sign.** On the evening of 13 December 2012 Varga announced that Ruritania could not sign the final text in its current form. [2]",
    "**Reactions.** Mendel said the outcome created a new layer of regulation instead of building networks. BTA head Lena Strick said the delegation had come to Ostrava committed both to a successful meeting and to keeping the net out of the text. [3]",
  ]),
  "notes/draft.md": note("Security in the Ostrava text", [
    "**Access limits in the draft.** The publicly released draft included a draft Article 9A. ZEBRA's submission to the public consultation objected to draft 9A.4. That text would have let states restrict access to avoid disclosure of sensitive information. [1]",
  ]),
  "notes/leaks.md": note("The leaks site before Ostrava", [
    "**The site.** Two researchers launched the leaks site in mid-2012 to post the drafts publicly. Around the time of the meeting one of them said the site had published 74 drafts. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-whowhen-28-", NOTES);

describe("a person asked by the organisation they are at", () => {
  it("answers 'who at the RCA and BTA reacted' with the people the notes introduce there", async () => {
    const answer = await answerTo(
      "who at the rca and bta reacted to the outcome, and what did they say",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Mendel");
    expect(answer.text).toContain("Strick");
  });

  it("answers 'what did the RCA guy make of the outcome' with the RCA's chairman", async () => {
    const answer = await answerTo("what did the rca guy make of the outcome once ostrava was done");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Mendel said the outcome");
  });

  it("still refuses an organisation the notes never name", async () => {
    expect(await coverageOf("who at the EFF reacted to the outcome, and what did they say")).toBe(
      "none",
    );
  });
});

describe("a body named by the possessive of its submission", () => {
  it("answers 'which body objected to draft 9A.4' with the body whose submission did", async () => {
    const answer = await answerTo("which body objected to draft 9A.4 in the consultation?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("ZEBRA's submission");
  });

  it("still refuses a body's objection the notes never report", async () => {
    expect(await coverageOf("which body objected to draft 9A.7 in the consultation?")).toBe("none");
  });
});

describe("a when asked by the clock", () => {
  it("answers 'around what time did Ruritania say it was not signing' with the day", async () => {
    const answer = await answerTo("around what time did ruritania say it wasn't signing");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("13 December 2012");
    // Read as words, "around" and "time" were met by "Around the time of the meeting…".
    expect(answer.text).not.toContain("74 drafts");
  });
});
