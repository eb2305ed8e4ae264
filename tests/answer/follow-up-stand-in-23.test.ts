// A follow-up naming its thread's topic by a figurative noun (issue #12, the twenty-third
// session's batch in-2550..in-2559, out-890..out-891): "and where did the fight move to after
// that? list the venues" was refused for its own noun "fight", which no note uses for the
// quarrel. The noun stands for the thread's topic; the follow-up is searched by its own words as
// well, and answered only where a place names what it asks (the venues). Where no place does, it
// stays refused; and where its only word of its own was the figurative noun, it is read as before.
import { describe, expect, it } from "vitest";
import { topicStandIns, withoutStandIns } from "../../src/answer/follow-up-topic.ts";
import type { Answer } from "../../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The outcome and who signed", [
    "**Signature count.** On 14 March 2012, the last day, 60 Member States signed the Final Acts. According to the secretariat, 100 delegations were accredited to sign, so 40 did not sign on the spot. [1]",
    "**Framing.** The secretariat stressed that countries often sign treaties after consulting at home. [2]",
  ]),
  "notes/after.md": note("After the conference: the review", [
    "**Next venues: the Policy Forum and the Plenary.** Observers immediately turned to the Policy Forum in Lisbon in May 2013 and the Plenary Conference in Oslo in 2014. [1]",
    "**Spam.** The standardization assembly lists legislation and education as the main ways of fighting spam. [2]",
  ]),
  "notes/energy.md": note("Energy at the conference", [
    "**Sponsors.** The sponsors of the island states' energy proposal were Fiji and Tonga. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-stand-in-", NOTES);
const SIGNED = [
  {
    question: "How many countries signed the Final Acts?",
    answer: "On 14 March 2012, the last day, 60 Member States signed the Final Acts. [1]",
  },
];
const followUp = (question: string): Promise<Answer> =>
  app.ctx.engine.answer(question, { forceExtractive: true, history: SIGNED });

describe("topicStandIns and withoutStandIns", () => {
  it("find a figurative noun after a determiner pointing back, with its modifiers", () => {
    expect(topicStandIns("and where did the fight move to after that? list the venues")).toEqual([
      "fight",
    ]);
    expect(topicStandIns("so how did that whole saga end?")).toEqual(["saga"]);
    expect(topicStandIns("and that whole placards mess - who asked?")).toEqual(["mess"]);
    expect(withoutStandIns("where did the spam fight move to, per Hill?")).toBe(
      "where did the spam move to, per Hill?",
    );
    expect(withoutStandIns("and where did the fight move to after that?")).toBe(
      "and where did it move to after that?",
    );
  });

  it("leave a noun the notes use for their topics, or one a new thing is named by", () => {
    expect(topicStandIns("and how was the dispute settled?")).toEqual([]);
    expect(topicStandIns("was there a fight over spam too?")).toEqual([]);
    expect(topicStandIns("the main ways of fighting spam")).toEqual([]);
  });
});

describe("a follow-up naming its thread's topic by a figurative noun", () => {
  it("is answered where a place names what it asks", async () => {
    const answer = await followUp("and where did the fight move to after that? list the venues");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Policy Forum in Lisbon");
  });

  it("stays refused where no place names what it asks", async () => {
    const answer = await followUp("and where did the fight move to after that? list the sponsors");
    expect(answer.coverage).toBe("none");
  });
});

// A stand-in follow-up whose only other noun is nearly as common as the corpus's topic ("the
// final treaty", in a third of the passages) is read as before: read as the thread's topic, it
// was answered from the earlier question's place, which says neither how the saga ended nor
// what survived.
const TREATY_NOTES: Record<string, string> = {
  "notes/pitch.md": note("The operators' pitch", [
    "**Opco.** The operators' association Opco filed contribution C-9 on 6 June 2012. It proposed commercial fair compensation for carrying traffic, based on sender-pays. [1]",
    "**The treaty's scope.** Regulators said the treaty should stay high-level. [2]",
  ]),
  "notes/text.md": note("What the new treaty contains", [
    "**Structure of the new text.** The treaty has ten articles and five resolutions. Resolution 5 touches on traffic termination even though Opco's sender-pays language was kept out. [1]",
    "**Signatures.** Sixty states signed the treaty on the last day. [2]",
    "**Entry into force.** The treaty applies from 2015 among its parties. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};
const treatyApp = notesAppContext("wcit-stand-in-topic-", TREATY_NOTES);
const PITCH = [
  {
    question: "What did Opco put forward?",
    answer: "The operators' association Opco filed contribution C-9 on 6 June 2012. [1]",
  },
];
const pitchFollowUp = (question: string): Promise<Answer> =>
  treatyApp.ctx.engine.answer(question, { forceExtractive: true, history: PITCH });

describe("a stand-in follow-up whose other noun is nearly the corpus's topic", () => {
  it("is not answered from the earlier question's place", async () => {
    const answer = await pitchFollowUp(
      "so how did that whole saga end - did any of it survive into the final treaty?",
    );
    expect(answer.text).not.toContain("filed contribution C-9");
  });

  it("stays refused where it asks a noun of its own no place names", async () => {
    const answer = await pitchFollowUp(
      "so how did that whole saga end - which ministry drafted the treaty's annex?",
    );
    expect(answer.coverage).toBe("none");
  });
});
