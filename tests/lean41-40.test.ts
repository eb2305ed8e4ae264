// A sentence naming a thing by a demonstrative mid-sentence (issue #12, lean41): "The dockworkers'
// union made this case in its March comments…" points back at the case the sentence before told,
// so it leans on that sentence (`pointsBackWithin`, sentences.ts) and is quoted only with it. Not
// "such as", "those who", a time ("this year") or the text naming itself ("this note"), nor words
// inside a quotation. In a long paragraph, where the answer quotes the one sentence meeting the
// question, the case it made is quoted with it (without the reading, only "made this case" was).
// A question the notes do not hold is still refused.
import { describe, expect, it } from "vitest";
import { leansOnPrevious, pointsBackWithin } from "../src/answer/sentences.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

describe("a demonstrative naming a thing mid-sentence", () => {
  it.each([
    "CDT made this case in its November 2012 comments to the consultation.",
    "Reporters argued that governments cannot block this traffic without identifying it.",
    "Soldatov writes that language of this kind appeared in the leaked drafts.",
    "Members may take necessary measures to prevent such communications from spreading.",
  ])("leans on the sentence before: %s", (sentence) => {
    expect(leansOnPrevious(sentence)).toBe(true);
  });

  it.each([
    "Regional bodies such as CITEL sent proposals.",
    "The union spoke for those who work the docks.",
    "The council met twice this year.",
    "Separate passages of this note cover the vote.",
    'The chair called the text "a compromise on these issues" at the close.',
  ])("does not lean: %s", (sentence) => {
    expect(pointsBackWithin(sentence)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/harbour.md": note("Civil society and the harbour rules", [
    "**Civil society.** Several groups followed the harbour talks from outside the hall. The draft harbour rules went through four revisions between January and June. Shipping firms wanted a single form for cargo declarations across all member ports. Port authorities asked for longer transition periods before any new inspection regime began. Smaller ports feared the cost of the scanning equipment the rules assumed. Insurers asked that liability for delayed cargo be settled in the same text. Several coastal states wanted exemptions for their fishing fleets. The secretariat published a compilation of these positions in May. Inspecting the content of shipping manifests is a matter for privacy law rather than for port regulation. The Dockworkers' Union made this case in its March 2012 comments to the League's public consultation. Observers also tracked the number of delegations attending each session. [1]",
    "**The council decision.** On 11 July the League Council decided to publish the draft harbour rules and to open a web page for public views. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-lean41-40-", NOTES);

describe("a sentence making 'this case'", () => {
  it("is quoted with the case it points back to", async () => {
    const answer = await app.answerTo(
      "what did the dockworkers union argue in its march 2012 comments to the consultation",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("made this case");
    expect(answer.text).toContain("privacy law");
  }, 60_000);

  // The notes give no date for the union's June hearing: still refused.
  it("leaves a question the notes lack refused", async () => {
    const answer = await app.answerTo(
      "what did the dockworkers union tell the league at its june 2013 hearing in ostrava",
    );
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
