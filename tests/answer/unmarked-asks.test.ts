// Questions typed the way people type in Slack (issue #12): lower case with no question mark, or a
// request ended with "?!" and thanks. Without a question mark the ask is the sentence opening with
// an asking word, after the asker's context or a lead-in and a colon; a request typed with "?!"
// loses its format lead-in as it does without one.
import { describe, expect, it } from "vitest";
import { analyzeQuestion, askedWithReferents } from "../../src/search/question.ts";
import { briefingNote } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const REVIEW = briefingNote("The fisheries pact review", [
  "**The review.** In March 2018 the Harbour Council adopted Decision 88, creating a review panel on the fisheries pact. Its mandate was to study quota conflicts between old and new parties. [1]",
  "**Licence fees.** Licence fees were set by each coastal state under the 2001 pact. [2]",
]);

const ingested = notesEngine("wcit-unmarked-asks-", { "notes/review.md": REVIEW });

describe("an ask typed without a question mark", () => {
  it("is the sentence opening with an asking word, after the context", () => {
    expect(
      askedWithReferents(
        "for context, we're writing up the quota fight for a memo. what did the harbour council decide in march 2018",
      ),
    ).toBe("what did the harbour council decide in march 2018");
    expect(
      analyzeQuestion("someone told me the pact only had one party. which parties actually signed")
        .kind,
    ).toBe("list");
  });

  it("is the part after a lead-in and a colon that opens with an asking word", () => {
    expect(
      askedWithReferents(
        "answer yes or no and cite it, this is going in a legal memo: does decision 88 bind the coastal states",
      ),
    ).toBe("does decision 88 bind the coastal states");
  });

  it("keeps a statement the ask points back at", () => {
    expect(
      askedWithReferents("the review panel was set up by a vote. how did it actually come about"),
    ).toContain("review panel");
  });

  it("leaves a request with no asking word as it is", () => {
    const request = "for context, we're writing up the quota fight. need the panel's mandate";
    expect(askedWithReferents(request)).toContain("quota fight");
  });

  it("is answered where the same ask with capitals and '?' is", async () => {
    const typed =
      "for context, we're writing up the licensing fight for the newsletter. what did the harbour council create in march 2018";
    const answer = await ingested.engine.answer(typed);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Decision 88");
  });
});

describe("a request typed with '?!' and thanks", () => {
  it("loses its format lead-in as it does without the question mark", () => {
    const analysis = analyzeQuestion(
      "timeline slide, one line each: the council decisions that set up the review?! Thanks so much!!",
    );
    expect(analysis.instructions).toContain("timeline slide, one line each");
    expect(analysis.content).not.toMatch(/slide/);
  });

  it("keeps a lead-in whose colon is followed by a bare series", () => {
    expect(
      analyzeQuestion(
        "key provisions of the pact as bullets: quotas, licences, observers and fees?! Thanks so much!!",
      ).content,
    ).toMatch(/^key provisions of the pact/);
  });

  it("asks for one line each as a comparison, with the thanks after it", () => {
    expect(
      analyzeQuestion(
        "need one line each for the northern bloc, the envoys and the harbour council on the quotas?! Thanks so much!!",
      ).kind,
    ).toBe("compare");
  });
});
