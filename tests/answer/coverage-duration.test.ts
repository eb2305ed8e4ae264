// The coverage decision on a question asking how long something went on ("How long did the
// conference last?", "For how many days did the talks run?"): a place giving the event's span of
// dates ("from 3 to 14 May") or a length of time answers it, though it gives no count. Before the
// rule, such a question was read as a count, and a place giving only dates was refused.
import { describe, expect, it } from "vitest";
import { carriesAnswer } from "../../src/answer/evidence.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The harbour conference", [
    "**The conference.** The Harbour Conference 2031 took place in Valletta from 3 to 14 May 2031. The port authority hosted it at the old customs house, and its director chaired the talks. [1]",
    "**Outcome.** On 14 May, 41 ports signed the revised pilotage code. [2]",
  ]),
  "notes/ferry.md": note("The ferry dispute", [
    "**Ferry talks.** Ferry operators and the guild held talks on night crossings. The operators asked for lower pilotage fees, and the guild refused. [1]",
    "**Review.** The guild's review of pilotage fees ran for two weeks before the vote. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-duration-", NOTES);

describe("a question asking how long something went on", () => {
  it("expects a period, not a count", () => {
    for (const q of [
      "How long did the conference last?",
      "For how many days did the Valletta talks run?",
      "How many weeks did the review take?",
      "how long did the talks go on?",
      "What was the duration of the conference?",
    ]) {
      const a = analyzeQuestion(q);
      expect(a.answerType, q).toBe("duration");
      expect(a.kind, q).toBe("how-many");
    }
  });

  it("leaves counts, lengths of text and 'how long ago' as they were", () => {
    expect(analyzeQuestion("How many ports signed the code?").answerType).toBe("number");
    expect(analyzeQuestion("How long was the treaty?").answerType).toBe("number");
    expect(analyzeQuestion("How long ago did the conference take place?").answerType).not.toBe(
      "duration",
    );
    expect(analyzeQuestion("Did it last long?").answerType).toBe("yes-no");
  });

  it("reads a span of dates or a length of time as a period, and a single day as none", () => {
    expect(carriesAnswer("It took place from 3 to 14 May 2031.", "duration")).toBe(true);
    expect(carriesAnswer("It met on 3–14 May.", "duration")).toBe(true);
    expect(carriesAnswer("Talks ran from May to July 2031.", "duration")).toBe(true);
    expect(carriesAnswer("The review ran for two weeks.", "duration")).toBe(true);
    expect(carriesAnswer("The group worked between 2016 and 2023.", "duration")).toBe(true);
    expect(carriesAnswer("On 14 May, 41 ports signed.", "duration")).toBe(false);
    expect(carriesAnswer("41 ports signed the code.", "duration")).toBe(false);
  });

  it("answers from the place giving the event's dates", async () => {
    const answer = await answerTo("How long did the harbour conference last?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("from 3 to 14 May 2031");
  });

  it("answers 'for how many days' from the dates, with no count of days written", async () => {
    const answer = await answerTo("For how many days did the Valletta conference run?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("from 3 to 14 May 2031");
  });

  it("answers from a length of time the place gives", async () => {
    const answer = await answerTo("How long did the guild's review of pilotage fees take?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("two weeks");
  });

  it("still refuses where the place about the event gives no period", async () => {
    const answer = await answerTo("How long did the ferry talks on night crossings last?");
    expect(answer.coverage).toBe("none");
  });
});
