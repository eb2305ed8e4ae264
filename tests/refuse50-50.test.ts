// A span asked in an order the span readers did not read (refuse50, the fiftieth session's batch
// in-5598..in-5603, out-1890..out-1895): "how many years after A did B", "roughly how many weeks
// before A was B" (side-asks.ts, `spanAfterAsks`), and two things named first, then "how many
// months apart did those land" or "which came first, and how far apart" (dated-pair-asks.ts).
// Each end is asked for its date and dated by a sentence naming it; notes that never write
// "year" tell the span by the two dates. A question covered whole by a place dating one end is
// judged end by end where that place does not date and name the other (`sideUnstated`): an end
// the notes never date leaves the question refused.
import { describe, expect, it } from "vitest";
import { datedPair } from "../src/answer/dated-pair-asks.ts";
import { countsSpanOfTwoEnds, sideAsks } from "../src/answer/side-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

// (No note writes "year", "years", "week" or "month": the spans are told by dates only.)
const NOTES = {
  "notes/road.md": note("The river commission's road to the dredging pact", [
    "**Summits.** The first river summit was held in Vienna from 2 to 6 June 2003. Delegates agreed to meet again once the dredging rules had been tested. [1]",
    "**Resolutions.** In 2010 the river commission adopted Resolution 12, setting up a pilot group on dredging. [2]",
  ]),
  "notes/proposals.md": note("Who proposed what before the dredging pact", [
    "**Serbia.** Serbia submitted Document 14 on 4 March 2015. It said the text had been prepared through a national consultation with river ports. [1]",
    "**Supporters.** Early supporters of the consultation letter came from Albania, Croatia, Montenegro and Slovenia. [2]",
  ]),
  "notes/signing.md": note("The Budva outcome: who signed the dredging pact", [
    "**Signature count.** On 18 September 2015, the last day, 23 states signed the pact in Budva. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-refuse50-50-", NOTES);

describe("spans read in other orders", () => {
  it("reads a count of time after or before one end, the other end a clause", () => {
    const after = sideAsks(
      "how many years after the vienna summit did the commission adopt resolution 12",
    );
    expect(after?.asks).toEqual([
      "when was the vienna summit?",
      "when did the commission adopt resolution 12?",
    ]);
    expect(after?.dated).toBe(true);
    const before = sideAsks(
      "roughly how many weeks before the budva signing was document 14 filed",
    );
    expect(before?.asks).toEqual(["when was the budva signing?", "when was document 14 filed?"]);
    expect(
      countsSpanOfTwoEnds("how many yrs after the vienna summit did the commission meet again"),
    ).toBe(true);
  });

  it("reads two things set apart with a verb of landing, or which came first and how far apart", () => {
    expect(
      datedPair("serbia's document 14 and the budva signing - how many months apart did those land")
        ?.items,
    ).toEqual(["serbia's document 14", "the budva signing"]);
    expect(
      datedPair("the vienna summit and resolution 12 - which came first, and how far apart")?.items,
    ).toEqual(["the vienna summit", "resolution 12"]);
    expect(
      datedPair("document 14 and the budva signing - how far apart in weeks did they land")?.items,
    ).toEqual(["document 14", "the budva signing"]);
  });

  it("leaves two stances set apart unread", () => {
    expect(datedPair("serbia and croatia on dredging fees - how far apart were they?")).toBe(
      undefined,
    );
  });
});

describe("spans in other orders, through the engine", () => {
  // (Answered on main's code too, covered whole; with the reading it is answered end by end.)
  it("answers a count of years after one end with both ends' dates", async () => {
    const answer = await answerTo(
      "how many years after the vienna river summit did the commission adopt resolution 12",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("2003");
    expect(answer.text).toContain("2010");
  }, 60_000);

  // (Refused on main's code: no reader parts the two things; run so, this fails.)
  it("answers two things asked how many months apart they landed, with both dates", async () => {
    const answer = await answerTo(
      "serbia's document 14 and the budva signing - how many months apart did those land",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("4 March 2015");
    expect(answer.text).toContain("18 September 2015");
  }, 60_000);

  // (Croatia is named only among the letter's supporters, undated; the paragraph dating Document
  // 14 sits under a title naming proposals. Main's code answered it `partial` with Document 14's
  // date; run so, this fails.)
  it("refuses a span after one end when the other end is dated nowhere", async () => {
    expect(
      await coverageOf(
        "how many weeks after serbia's document 14 did croatia put in its own dredging proposal",
      ),
    ).toBe("none");
  }, 60_000);

  it("refuses a span apart when one thing is dated nowhere", async () => {
    expect(
      await coverageOf("croatia's own proposal and the budva signing - how many months apart?"),
    ).toBe("none");
  }, 60_000);
});
