// A question of two or three asks of which the notes cover some (issue #12, the thirty-first
// session's batch in-3574..in-3583, out-1184..out-1185): "who fronted the US delegation, plus what
// dates did the Arab States hold their Cairo meeting". Each ask was judged on its own
// (`byEachAsk`), and one ask left uncovered refused the whole question. Now the covered asks are
// answered from their passages, the answer names the ask left out, and the coverage is
// "partial" (`byAsksInPart`, asks-in-part.ts). No ask covered, an opening remark that asks
// nothing, or an ask naming nothing of its own still refuses.
import { describe, expect, it } from "vitest";
import { leansOnAnotherAsk, withLeftOutAsks } from "../../src/answer/asks-in-part.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The summit outcome and the signatures", [
    "**The vote that broke consensus.** During the preamble debate, Freedonia requested a vote on the access-rights sentence. The result was 77 in favour, 33 against and 8 abstentions. [1]",
    "**Signature count.** On the last day 89 member states signed the Final Acts. [2]",
  ]),
  "notes/regions.md": note("Regional positions before the summit", [
    "**Africa.** An African regional contribution gave reasons for revision, among them fraud and misuse of numbering. Sherif Guinena of Egypt coordinated the African common proposals. [1]",
    "**Arab States.** The Arab administrations set out preliminary principles, and their regional preparatory meeting followed in Cairo from 28 April to 1 May. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};
for (const topic of ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"]) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-asks-in-part-31-", NOTES);

describe("one ask covered, another not", () => {
  it.each([
    [
      "who coordinated the African common proposals, plus how many delegates did Sylvania bring?",
      "Guinena",
      "how many delegates did Sylvania bring",
    ],
    [
      "how many member states signed the Final Acts? and which Sylvanian ministry drafted the bloc text?",
      "89",
      "which Sylvanian ministry drafted the bloc text",
    ],
  ])("answers the covered ask of %s and names the other", async (question, stated, leftOut) => {
    const answer = await app.answerTo(question);
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain(stated);
    expect(answer.text).toContain(`Not answered here (no passage found states it): "${leftOut}"`);
    expect(answer.citations.length).toBeGreaterThan(0);
  });
});

describe("still refused", () => {
  refusesEach(app, [
    // No ask covered.
    "how many delegates did Sylvania bring, and which Sylvanian ministry drafted the bloc text?",
    // The left-out ask leans on the other ("it"): judged alone, it lost what it is about.
    "how many member states signed the Final Acts, and how did Sylvania vote on it?",
    // The opening is a remark, not an ask: its words are only context for the one ask.
    "Guinena coordinated the African proposals - and how many delegates did Sylvania bring?",
  ]);
});

describe("questions answered as before", () => {
  it("answers both asks where both are covered, naming nothing left out", async () => {
    const answer = await app.answerTo(
      "who coordinated the African common proposals, plus when did the Arab States meet in Cairo?",
    );
    expect(answer.text).toContain("Guinena");
    expect(answer.text).toContain("28 April");
    expect(answer.text).not.toContain("Not answered here");
  });
});

describe("withLeftOutAsks", () => {
  const answer = {
    text: "Guinena coordinated them. [1]",
    citations: [],
    termCoverage: 0,
    answersType: true,
    sentences: [],
    words: 3,
  };
  it("names each ask left out, without its question mark", () => {
    expect(withLeftOutAsks(answer, ["who chaired it?", "when did it close"])?.text).toBe(
      'Guinena coordinated them. [1] Not answered here (no passage found states it): "who chaired it"; "when did it close".',
    );
  });
  it("leaves an answer with nothing left out as it is", () => {
    expect(withLeftOutAsks(answer, [])).toBe(answer);
    expect(withLeftOutAsks(undefined, ["who chaired it?"])).toBeUndefined();
  });
});

describe("leansOnAnotherAsk", () => {
  it.each([
    "how did India vote on it?",
    "what did Kramer say they'd fight",
    "which one deals with the Internet",
    "how long had the Convention been in force at that point",
    "what role did its group play",
  ])("leans: %s", (ask) => {
    expect(leansOnAnotherAsk(ask)).toBe(true);
  });
  it.each([
    "what dates did the Arab States hold their Cairo prep meeting",
    "who fronted the US delegation in Dubai",
    "what did Kramer say on the 10th about the US walking out",
  ])("stands alone: %s", (ask) => {
    expect(leansOnAnotherAsk(ask)).toBe(false);
  });
});
