// who50 (the fiftieth session's batch in-5580..in-5585, out-1872..out-1877) read a who question's
// act asked in the asker's own verb, one the notes never use ("who DISOWNED the levy text"), as
// told where the window names a doer acting on the asked thing in a verb of the asked verb's
// sense: who49's `doerActsOn` with a sense check, `verbsShareSense` (kept on the tag study/who50,
// with its own test, not on main: on the tuning half it changed no answer). These tests keep
// what any later reading of the asker's verb must hold: a doer acting on the asked thing in
// another act ("Finland asked the committee…" for "who persuaded the committee…", "the ministry
// chose Halvorsen" for "who elected Halvorsen", "Denmark criticised the levy" for "who championed
// the levy") keeps the question refused, as the older tests on the shipped corpus require
// (coverage-round8, relevance, coverage-plain-wording, coverage-fresh-wording); who49's reading
// without the sense check answers the first and the third. A who question in a verb the notes
// never use is never labelled `full`.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/levy.md": note("The harbour levy in the pact: drafts and the arguments", [
    "**The joint text.** A joint levy text circulated among delegations on 3 May 2019. Norway publicly denied ever backing the joint levy text. [1]",
    "**Where the levy came from.** Finland asked the drafting committee to add a definition of the levy to Article 2. [2]",
    "**The committee.** The ministry chose Halvorsen to chair the drafting committee. [3]",
    "**After the vote.** Denmark criticised the levy after the vote as a tax on small ports. [4]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-who50-50-", NOTES);

describe("a who question's act in a verb the notes never use", () => {
  it("is never labelled full: the asked verb is the asker's, not the notes'", async () => {
    expect(await coverageOf("who disowned the joint levy text?")).not.toBe("full");
  }, 60_000);
});

describe("a doer acting on the asked thing in another act keeps the question refused", () => {
  it("asking is not persuading", async () => {
    expect(
      await coverageOf("who persuaded the drafting committee to add a definition of the levy?"),
    ).toBe("none");
  }, 60_000);

  it("choosing is not electing", async () => {
    expect(await coverageOf("who elected Halvorsen to chair the drafting committee?")).toBe("none");
  }, 60_000);

  it("criticising is not championing", async () => {
    expect(await coverageOf("who championed the levy after the vote?")).toBe("none");
  }, 60_000);
});
