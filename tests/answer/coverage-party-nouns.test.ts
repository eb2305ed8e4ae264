// The coverage decision on a question naming the parties to a treaty in other words than its
// source: "governments", "countries", "states", "members", "parties" and "signatories" are one
// another's words there ("why so many governments would not sign" is "41 of the body's 60
// members… attributed most refusals to…"). Such a place answers, but it does not state the
// question as asked: never "full" on that ground alone.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The harbour code outcome", [
    "**Other readings.** The Pilots' Guild counted 41 of the harbour body's 60 members signing. It attributed most refusals to the quota resolution and also flagged the ballast article. [1]",
    "**Signature count.** On 14 May, 41 ports signed the harbour code. [2]",
  ]),
  "notes/review.md": note("The code review", [
    "**Expert panel.** In 2033 the harbour council created an expert panel to review the code. That included analysis of possible conflicts between the obligations of 2031 signatories and 2019 parties. [1]",
  ]),
  "notes/schools.md": note("Pilot schools", [
    "**Funding.** Governments of coastal countries fund the pilot schools, and the harbour council sets their syllabus. [1]",
    "**Places.** The schools train about 300 pilots a year. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-party-nouns-", NOTES);

async function answerTo(question: string) {
  return app.ctx.engine.answer(question, { forceExtractive: true });
}

describe("a noun for the parties to a treaty, where the source uses another", () => {
  it("answers 'governments' from a place counting the body's members", async () => {
    const answer = await answerTo("the guild's take on why so many governments would not sign?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("attributed most refusals to the quota resolution");
  });

  it("answers 'countries' from a place naming signatories and parties, as partial", async () => {
    // (Met only through another party noun, the place answers but does not state the question.)
    const answer = await answerTo("What conflicts between countries did the expert panel review?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("2031 signatories and 2019 parties");
  });

  it("still refuses a question whose other terms the corpus lacks", async () => {
    const answer = await answerTo("Why did so many governments quit the whaling convention?");
    expect(answer.coverage).toBe("none");
  });
});
