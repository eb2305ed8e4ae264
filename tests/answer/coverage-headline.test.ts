// "The headline numbers from the campaign": "headline" says how much the asker cares about the
// numbers, as "key" and "main" do; a source never calls its figures headline ones (issue #12).
import { describe, expect, it } from "vitest";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/campaign.md": note("Civil-society campaigning around the ITRs", [
    "**Unity statement.** More than 120 organisations from 55 countries signed a short unity statement on the ITRs. [1]",
    "**Petition.** On 14 December a coalition of civil-society groups said it had delivered more than one million petition signatures urging governments not to sign the ITRs. [2]",
  ]),
  // "Headline" is a word of the corpus, as a heading elsewhere.
  "notes/outcome.md": note("The Dubai outcome", [
    "**Headline outcome.** A revised text of the ITRs was adopted in Dubai, but not by consensus. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-headline-", NOTES);

describe("'headline' before what is asked for", () => {
  it("is no topic word", () => {
    const terms = keyTermsOf("the headline numbers from the civil-society petitions").map(
      (k) => k.term,
    );
    expect(terms).not.toContain("headlin");
    expect(terms).toContain("petit");
  });

  it("leaves a request for a campaign's figures answered with them", async () => {
    const answer = await app.answerTo(
      "donor update: the headline numbers from the civil-society push (petitions, sign-ons etc), bullets",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("one million");
  });
});
