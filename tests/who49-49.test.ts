// A who question's act asked in the asker's own verb, one the notes never use ("who TRASHED the
// fee link", "who RECKONED…"), is met where the window tells a doer the question does not name
// acting on what the question asks, in the notes' verb (who49, the forty-ninth session's batch
// in-5496..in-5501, out-1824..out-1829): `doerActsOn`, doer-act.ts, read in
// `verbsSaidOtherwise`, coverage-window.ts. A name with no act of its own ("According to X, the
// draft was among the first leaks") or a doer acting on something else keeps the question refused.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/fees.md": note("Berth fees in the harbour pact: proposals and the arguments", [
    "**The shippers' proposal.** The shippers' council filed contribution S-14 in March 2019. It proposed cargo-weighted berth fees and a \"fair share\" levy on foreign carriers. The Dockers' League called the link between berth fees and cargo weight incoherent. [1]",
    "**Where the levy came from.** Finland asked the drafting committee to add a definition of the levy to Article 2. [2]",
    '**Earlier papers.** A secretariat draft of the pact used the word "levy" a dozen times without defining it. According to Halvorsen, draft P-9, a compilation of members\' comments, was among the first important leaks. [3]',
    "**The vote.** Late on 9 May the Chair asked for a show of hands on the levy. When Spain asked whether that had been a vote, the Chair said it had not. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-who49-49-", NOTES);

describe("a who question's act in the asker's own verb, told in the notes' verb with its doer", () => {
  // (Without `doerActsOn` "trashed", a verb the notes never use, is read as an event they do not
  // record, and the question is refused: run so, this fails.)
  it("answers who trashed the fee link, naming the doer", async () => {
    const answer = await answerTo(
      "which group trashed the fee / cargo weight link in the shippers' s-14, and what did they call it",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Dockers' League");
  }, 60_000);

  it("is never labelled full: the asked verb is the asker's, not the notes'", async () => {
    expect(
      await coverageOf("which group trashed the fee / cargo weight link in the shippers' s-14"),
    ).not.toBe("full");
  }, 60_000);
});

describe("near misses keep refusing", () => {
  it("a leak told with a name but no one leaking it", async () => {
    expect(await coverageOf("who slipped draft p-9 to the press")).toBe("none");
  }, 60_000);

  it("a doer acting on something else beside the asked thing", async () => {
    expect(
      await coverageOf(
        "which delegation demanded a recount once spain asked whether it was a vote",
      ),
    ).toBe("none");
  }, 60_000);
});
