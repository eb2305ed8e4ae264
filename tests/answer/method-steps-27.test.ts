// How answers told as a story in steps (issue #12, the twenty-seventh session's batch
// in-3042..in-3051, out-1030..out-1031): a how question asking a past act or process (`asksSteps`,
// method-steps.ts) reads a chosen sentence on to the next act of its paragraph, which names none
// of the question's words but opens placed in time or telling the outcome (`opensNextStep`;
// `continueArgument`, extractive-carried.ts): "On 14 December a coalition … delivered more than
// one million petition signatures…" after the open letter, for "how did civil-society groups try
// to…". A how asking a view ("how did X view…") or a present state does not read on so.
import { describe, expect, it } from "vitest";
import { asksSteps, opensNextStep } from "../../src/answer/method-steps.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("asksSteps", () => {
  it.each([
    "How did civil-society groups try to get the Union to make the prep documents public?",
    "How did the review of the rules get restarted after 2018?",
    "how was the resolution adopted?",
    "how'd they get it through?",
  ])("reads %s as a process", (q) => expect(asksSteps(q)).toBe(true));
  it.each([
    "How did CEPT and the European Union view Articles 5A and 5B?",
    "How did critics describe the old rules on security?",
    "How does the spam article affect whether governments look inside messages?",
    "What happened to the spam article?",
  ])("does not read %s as a process", (q) => expect(asksSteps(q)).toBe(false));
});

describe("opensNextStep", () => {
  it.each([
    "On 14 December a coalition said it had delivered a million signatures.",
    "Council 2023 set new terms of reference for the group.",
    "In 2016 the council set up an expert group.",
    "Later the chair withdrew the text.",
    "The compromise covers operators authorized by a member state.",
  ])("reads %s as a next step", (s) => expect(opensNextStep(s)).toBe(true));
  it.each([
    "The 2010 Plenipotentiary in Guadalajara then adopted Resolution 171.",
    "TD-36 (June 2011) was a compilation of proposals.",
    "Critics feared the broader term could reach any provider.",
    "It raised three problems.",
  ])("does not read %s as a next step", (s) => expect(opensNextStep(s)).toBe(false));
});

const NOTES: Record<string, string> = {
  "notes/prep.md": note("The road to the summit and the leaks", [
    "**Access to documents.** Only Union members could see the preparatory documents. In May the Frontier Foundation urged member states to release the preparatory materials and criticised a model in which access to documents is sold to paying members. Civil-society groups also sent a joint letter to the Secretary-General asking for public access. [1]",
    "**Final steps.** Briefing sessions for delegates took place in Geneva in October. Member-state proposals to the summit were issued as numbered documents. [2]",
  ]),
  "notes/campaign.md": note("Civil-society campaigning around the summit", [
    "**Pressure during the summit.** On 9 December civil-society attendees sent the Secretary-General and the Chair an open letter. It raised three problems: public comments had no formal standing, the working groups were closed, and independent civil society could not take part. On 14 December a coalition of campaign groups said it had delivered more than one million petition signatures urging governments not to sign. [1]",
    "**Dissent within civil society.** Civil society was not unanimous. One commentator argued that the final rules were broadly consistent with the groups' joint statement. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};
const FILLER = ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"];
for (const topic of FILLER) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-method-steps-27-", NOTES);

describe("a how answer reads on to its story's next act", () => {
  it("gives the petition after the open letter when a process is asked", async () => {
    const answer = await app.answerTo(
      "How did civil-society groups try to get the Union to make the preparatory documents public?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("open letter");
    expect(answer.text).toContain("petition signatures");
  });

  it("does not read on so when a view is asked", async () => {
    const answer = await app.answerTo(
      "How did civil-society groups view the way the Union handled the preparatory documents?",
    );
    expect(answer.text).toContain("open letter");
    expect(answer.text).not.toContain("petition signatures");
  });
});
