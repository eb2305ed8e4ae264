// A question joining two asks, each told in its own note ("who set up X, and what did Y object
// to?"), whose leading place states only the later ask (issue #12, the thirty-fifth session's
// batch in-3964..in-3973, out-1296..out-1297): where the window's passage names nothing of the
// first ask (`someAskUnmet`, each-ask.ts) and every ask is covered on its own passages, the
// answer states each ask from its own passage (`askByAsk`, engine.ts); where an ask is not
// covered, the question is answered or refused as before.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/drafts.md": note("The road to Tarn: the working drafts and Ledgerwatch", [
    "**The working drafts.** Only members of the Harbour Board could read the working drafts of the shipping code. [1] Observers asked the Board to publish them. [1]",
    "**Ledgerwatch.** Two students at Varna Polytechnic, Ola Mirek and Pim Toller, launched Ledgerwatch in mid-2015 to post the working drafts publicly. [2] The site posted forty drafts before the Tarn meeting. [2]",
  ]),
  "notes/clauses.md": note("Safety in the shipping code: the draft clauses and the objections", [
    "**Draft clause 7.2.** The published draft of the shipping code included a draft safety clause 7.2. [3] The Lantern Society objected to draft clause 7.2, which would have let port boards withhold records of a delicate character. [3] The Lantern Society said this went beyond accepted limits on disclosure. [3]",
    "**The adopted text.** The adopted clause asks port boards to keep harbours safe and says nothing about records. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-join35-35-", NOTES);

describe("a question joining two asks told in two notes", () => {
  it("states the first ask's fact beside the later ask's, each cited from its own note", async () => {
    const answer = await app.answerTo(
      "who set up ledgerwatch, and what bit of the draft safety clause did the lantern society object to",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Ola Mirek and Pim Toller");
    expect(answer.text).toContain("a delicate character");
    const cited = new Set(answer.citations.map((c) => c.passageId.split(":")[0]));
    expect(cited).toEqual(new Set(["drafts", "clauses"]));
  });

  it("leaves a question whose leading place states the first ask as it was", async () => {
    const answer = await app.answerTo(
      "what did the lantern society object to in draft clause 7.2, and what did the adopted clause ask of port boards",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("a delicate character");
    expect(answer.text).not.toContain("Ledgerwatch");
  });

  // The notes give no funding for Ledgerwatch, and no chair of the Lantern Society: where one
  // ask is not covered, nothing is stated ask by ask, and these stay refused.
  refusesEach(app, [
    "how much funding did ledgerwatch get, and who chaired the lantern society",
    "who chaired the lantern society, and how much funding did ledgerwatch get from the board",
  ]);
});
