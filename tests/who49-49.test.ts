// who49 (the forty-ninth session's batch in-5496..in-5501, out-1824..out-1829) studied who
// questions asked in the asker's own verb for the act ("who TRASHED the fee link"), one the notes
// never use, and tried meeting it where the window tells a doer acting on the asked thing in the
// notes' verb (`doerActsOn`, kept on the tag study/who49, not on main: it reached no blind
// question). These tests keep what that trial showed must hold for any later reading of the
// asker's verb: a name with no act of its own ("According to X, the draft was among the first
// leaks"), or a doer acting on something else beside the asked thing, keeps the question refused;
// and a who question asked in a verb the notes never use is never labelled `full`.
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

const { coverageOf } = notesAppContext("wcit-who49-49-", NOTES);

describe("a who question's act in a verb the notes never use", () => {
  it("is never labelled full", async () => {
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
