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
