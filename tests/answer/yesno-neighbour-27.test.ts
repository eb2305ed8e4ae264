// A yes-no answer's neighbouring paragraph (issue #12, the twenty-seventh session's batch
// in-3032..in-3041, out-1028..out-1029): the verdict stands in one paragraph of a note, and the
// detail a good answer adds (who was still consulting, what the body said) in the next or the
// previous one, in words that do not repeat the question's.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The Freetown outcome: who signed", [
    "**Ceremony.** The closing ceremony was held in the conference hall with music from a local orchestra. [3]",
    "**Signature count.** On 9 May 2010, the last day, 70 Member States signed the Final Acts. According to the Union, 120 delegations were present and accredited to sign, so 50 did not sign on the spot. News reports said the 50 that had not signed in Freetown included countries that firmly refused (Sylvania, Borduria and others) and countries still consulting their capitals (for example Freedonia and Tomainia at that stage). [1]",
    "**Northern non-signers.** The northern regional body said its 30 members had removed the worst proposals on routing and fees. The Ruritanian account adds that no Northern Union state signed in Freetown. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-yesno-neighbour-27-", NOTES);

describe("a yes-no answer reading one sentence on in its paragraph's neighbour", () => {
  it("gives the verdict with the neighbour's detail", async () => {
    const answer = await app.answerTo("Did any Northern Union country sign in Freetown?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("no Northern Union state signed in Freetown");
    // (Before: the answer ended with the verdict's own paragraph.)
    expect(answer.text).toContain("still consulting their capitals");
  });

  it("does not read on in a paragraph that is not next to the answering one", async () => {
    const answer = await app.answerTo("Did any Northern Union country sign in Freetown?");
    expect(answer.text).not.toContain("local orchestra");
  });
});

describe("what stays as it was", () => {
  // The notes never say what the orchestra played, nor anything of an anthem.
  refusesEach(app, ["Did the local orchestra play the Sylvanian anthem at the ceremony?"]);
});
