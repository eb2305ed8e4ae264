// Questions joining two facts, often from two notes (issue #12, the twenty-sixth session's batch
// in-2840..in-2849, out-970..out-971): "who chaired the summit, and how did the vote turn out?".
// Where no one place holds both and the first ask alone does not cover the question (`byAsk`),
// each ask is judged alone and answered from its own passages, one after the other (`byEachAsk`,
// coverage-otherwise.ts; `joinedAnswers`, asks.ts). Every ask must be covered: a later ask the
// notes do not answer is never papered over by the other ask's passage, whether the whole
// question's window (`laterAskUnmet`, engine.ts) or the first ask (`byAsk`) seemed to cover it.
import { describe, expect, it } from "vitest";
import { joinedAnswers } from "../../src/answer/asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/overview.md": note("The summit and its host", [
    "**The summit.** The summit on telecommunication rules took place in Zenda from 3 to 14 December. The host country's telecom regulator organised it at the Zenda Trade Centre. Its Director General, Rudolf Elphberg, chaired the summit. [1]",
    "**Who took part.** Delegations from 150 member states attended, together with industry and a few civil-society observers. [2]",
  ]),
  "notes/outcome.md": note("The summit outcome and the signatures", [
    "**The vote that broke consensus.** During the preamble debate, Freedonia requested a vote on the access-rights sentence. The result was 77 in favour, 33 against and 8 abstentions. [1]",
    "**Signature count.** On the last day 89 member states signed the final acts. [2]",
  ]),
  "notes/stances.md": note("National positions before the summit", [
    "**Sylvania.** Sylvania limited its proposals to the physical layer and backed human-rights language, but still supported a spam provision. [1]",
  ]),
  "notes/congress.md": note("The Ruritanian parliament and the summit", [
    "**Parliamentary backing.** Motion 127, introduced on 30 May, stated that the Internet should stay free from government control. The House approved it unanimously and it was sent to the Senate in September. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
  "notes/later.md": note("After the summit", [
    "**Entry into force.** The new rules were to apply provisionally from 1 January 2015 for the states that signed them. [1]",
    "**Review.** In 2016 the Union's council set up an expert group to review the rules, and it met for a second time in Geneva. [2]",
    "**Next venues.** Observers turned to the policy forum in May and the plenipotentiary conference the following year. [1]",
  ]),
  "notes/security.md": note("Security in the rules", [
    "**Starting point.** The old rules said almost nothing about security, and a draft used the word dozens of times without defining it. [1]",
    "**The compromise.** One delegation suggested the more technical word robustness, meaning reliable transport of traffic. [2]",
    "**Objections.** The regional group said the security article was unclear enough to be misread as licensing more control. [1]",
  ]),
};

// (Filler, so that a name in one passage weighs as it does in the real corpus: `distinctTerms`.)
const FILLER = ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"];
for (const topic of FILLER) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-join-26-", NOTES);

describe("joinedAnswers", () => {
  it("gives each answer in turn, each sentence once, citations numbered across them", () => {
    const c = (n: number, documentId: string) => ({
      n,
      documentId,
      title: documentId,
      passageId: `${documentId}:0`,
      quote: "",
    });
    const joined = joinedAnswers([
      { text: "Elphberg chaired it. [1] It ran twelve days. [1]", citations: [c(1, "a")] },
      { text: "It ran twelve days. [1] The vote was 77 to 33. [1]", citations: [c(1, "b")] },
    ]);
    expect(joined.text).toBe(
      "Elphberg chaired it. [1] It ran twelve days. [1] The vote was 77 to 33. [2]",
    );
    expect(joined.citations.map((x) => x.documentId)).toEqual(["a", "b"]);
  });
});

describe("two asks answered from two notes", () => {
  answersStatingEach(app, [
    ["who chaired the summit, and how did Freedonia's vote on the preamble turn out?", "Elphberg"],
    [
      "who chaired the summit, and how did Freedonia's vote on the preamble turn out?",
      "77 in favour",
    ],
  ]);
});

describe("a later ask the notes do not answer", () => {
  refusesEach(app, [
    // The vote's result is stated, but no note says how Sylvania voted.
    "how did Freedonia's preamble vote come out, and how did Sylvania vote on it?",
    // The motion's date is stated, but no Senate vote.
    "when was Motion 127 introduced and what was the Senate's vote on it?",
  ]);
});

describe("questions answered as before", () => {
  answersStatingEach(app, [
    // An alternative words the same yes/no the other way: no later ask whose name is unmet.
    ["was Motion 127 introduced on 30 May, or did Freedonia bring it in later?", "30 May"],
    // A later ask naming no name leans on the first ("it"): judged alone, it has lost its subject,
    // and the first ask's place still answers the question (refused while every later ask with
    // words of its own had to be covered alone).
    ["when was Motion 127 introduced, and how long did it sit before the vote?", "30 May"],
    ["who chaired the summit?", "Rudolf Elphberg"],
    ["how did Freedonia's preamble vote come out?", "77 in favour"],
    ["when was Motion 127 introduced?", "30 May"],
  ]);
});
