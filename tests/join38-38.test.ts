// Questions joining two asks told in different notes (issue #12, the thirty-eighth session's batch
// in-4310..in-4327, out-1390..out-1395): a term the whole question's reading finds absent from the
// corpus is left to the ask that writes it, judged alone (`byEachAsk`, coverage-otherwise.ts), so
// "…, and how many years after that did…", read whole as a count of years the notes never write,
// is answered ask by ask where each ask is covered on its own; and "how long had X been in force at
// that point" asks the time from X's start to an earlier ask's event, a date (`BETWEEN_EVENTS_LEAD`,
// question-leads.ts). An ask the notes do not hold still refuses the question.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

describe("a later ask of the time since a state began, by then: a when question", () => {
  it.each([
    "how long had the harbour convention been in force at that point",
    "how long had budapest been in force by then",
    "how many months had the panel been sitting at the time",
  ])("reads %s as asking a date", (question) => {
    expect(analyzeQuestion(question).kind).toBe("when");
  });

  it.each(["how long had the convention been in force", "how long did the conference last"])(
    "leaves %s as it was (no event it is measured to)",
    (question) => {
      expect(analyzeQuestion(question).kind).not.toBe("when");
    },
  );
});

const NOTES: Record<string, string> = {
  "notes/convention.md": note("The Harbour Convention on shipping crime", [
    "**The existing treaty.** The Harbour Convention on shipping crime was opened for signature in Tarnow on 12 March 2001 and entered into force on 1 July 2004. [1] It harmonises offences between its parties. [1]",
    "**Outside it.** Several coastal states stayed outside the Harbour Convention, citing sovereignty. [2]",
  ]),
  "notes/council.md": note("The League Council and its review panel", [
    "**Review panel.** In 2016 the League Council adopted Decision 4471, creating the Quay Review Panel, open to port authorities and shipping lines. [1] Its mandate was to review the harbour rules. [1]",
    "**Later work.** The Quay Review Panel met again in Lisbon in September 2017. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-join38-38-", NOTES);

describe("two asks told in two notes, the later one timed from the first", () => {
  it("states both dates where the notes tell each", async () => {
    const answer = await app.answerTo(
      "when did the harbour convention come into force, and how many years after that did the league council set up the quay review panel",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("1 July 2004");
    expect(answer.text).toContain("2016");
  }, 60_000);

  // The notes name no deputy of the panel and no Ostrava body: the ask they lack refuses the
  // question, and nothing is ever full.
  it.each([
    "when did the harbour convention come into force, and how many years after that did the ostrava assembly set up its own panel",
    "when did the harbour convention come into force, and who was the quay review panel's vice-chair",
  ])("refuses where one ask is not in the notes: %s", async (question) => {
    const answer = await app.answerTo(question);
    expect(answer.coverage).toBe("none");
  });
});
