// A why question's reason told with no word of grounds (issue #12, the twenty-fourth session's
// batch in-2634..in-2643, out-912..out-913): the doer's own account of its case meets the reason
// asked where it is about the asked act (what it replied or pointed out, the losses it counted),
// a verb of saying that reports only the act asked gives none ("the Chair said it was off the
// table"), and a request ("asked for a vote") is the act, not its reason. "What were X after…"
// asks a reason.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/proposals.md": note("Who proposed what before the conference", [
    '**Sylvania.** At the September 2011 working-group meeting, Sylvania submitted Text 12 proposing new articles on "network and data safety". Ruritania replied by asking whether the text meant safety of message content or only safety of the cables that carry it. [1]',
    "**Osterlich.** Osterlich asked for a vote on adding a sentence recognising a right of access to cable services. It passed 70 to 30. [2]",
  ]),
  "notes/scope.md": note("Scope of the final text", [
    '**Definitions and scope.** Freedonia\'s post-conference analysis counted several losses for the expansionist side. The final text does not define "network". The umbrella term "telecoms/ICT" was dropped. [1]',
    "**The bloc text.** Around 7 December a bloc text leaked. It was listed as coming from Sylvania, Osterlich and Grand Fenwick. Grand Fenwick publicly denied ever supporting it. On 10 December the Chair said it was off the table, and the Secretariat reported it withdrawn. [2]",
    "**The last day.** On 14 December a coalition including Quillfeather, the Union of Cable Workers, Open Lines and Netwatch said it had delivered more than a million petition signatures urging governments not to sign. [4]",
    '**The placards.** Late on 12 December the Chair asked for a show of placards to gauge the "feel of the room", then declared that most delegates supported the resolution. When Grand Fenwick asked whether that had been a vote, the Chair said it had not. [3]',
  ]),
  "notes/access.md": note("The road to the conference", [
    "**Access to documents.** Only members could see the preparatory documents. In May 2012 the Frontier Foundation urged Member States to release the preparatory materials and criticised a model in which access is sold to paying members. Civil-society groups also sent a joint letter to the Secretary-General asking for public access. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const asks = notesAppContext("wcit-reasons-", NOTES);

describe("a doer's own account of its case, without a word of grounds", () => {
  answersEach(asks, [
    // What it replied, beyond the question's words.
    "Why did Ruritania push back against Sylvania's safety text - what exactly was it asking?",
    // The losses it counted, set out in the sentences after the count.
    "what made Freedonia call the final text a loss for the expansionist side?",
    // A coalition named by its members: the sentence listing them after "a coalition including"
    // is the coalition's word, not one of a list's.
    "Why did the Quillfeather and Netwatch coalition hand delegates a petition on the last day?",
  ]);
});

describe("a reason the notes never give", () => {
  refusesEach(asks, [
    // "said it was off the table" reports the act asked, not why.
    "Why did the Chair take the leaked bloc text off the table on 10 December?",
    // "asked whether that had been a vote" is the act asked.
    "Why did Grand Fenwick question whether the placard count was a vote?",
    // "asked for a vote" is the request itself, not its reason.
    "How come Osterlich pushed for a vote on the right-of-access sentence?",
  ]);
});

describe("what a party was after", () => {
  answersEach(asks, [
    // A reason asked, not the groups by name: their class named as a class still answers.
    "what were civil-society groups after when they wrote jointly to the Secretary-General before the conference?",
  ]);

  it("asks a reason", () => {
    expect(
      analyzeQuestion(
        "what were the civil-society groups after when they wrote to the Secretary-General?",
      ).kind,
    ).toBe("why");
    expect(analyzeQuestion("What was Russia after with Document 27?").kind).toBe("why");
  });

  it("is not a time word before its event", () => {
    expect(analyzeQuestion("what was the ITU's position after Dubai?").kind).not.toBe("why");
  });
});
