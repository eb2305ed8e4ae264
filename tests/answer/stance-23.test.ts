// A question asking a party's stance (issue #12, the twenty-third session's batch
// in-2530..in-2539, out-886..out-887): "position", "stance", "view", "take", "on record" and
// "pushing for" ask for a stance, which a place states by what the party backed, opposed or said
// about the topic, not by the noun; a place naming the party and the topic without a stance of
// the party's on it does not answer.
import { describe, expect, it } from "vitest";
import { type StanceAsked, stanceAsked } from "../../src/answer/stance-asked.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/parties.md": note("Delegations in the drafting rounds", [
    "**Freedonia.** Freedonia filed its paper on 3 November. In the drafting rounds Freedonia limited network references to the physical layer and backed human-rights language, but it still supported a spam provision. [1]",
    "**Ruritania.** In a later debriefing, Ruritania's delegate listed the articles of the new text: a spam provision, network security and energy efficiency. [2]",
    "**Sylvania.** In October Sylvania rejected the pay-for-delivery idea in a draft report as out of scope. [3]",
  ]),
  "notes/venue.md": note("The venue and the schedule", [
    "**Venue.** The conference met in a harbour hall on the waterfront, which the host government lent free of charge. [1]",
    "**Schedule.** Plenary sessions opened each morning at nine, and working groups met in the afternoons. [1]",
    "**Languages.** Interpretation was offered in six languages, and documents were translated overnight. [2]",
    "**Badges.** Observers collected their badges at the north gate after showing a letter from their organisation, and the secretariat kept a record of every badge issued. [2]",
    "**Seating.** Each delegation's position in the hall was fixed in alphabetical order, and the view from the back rows was poor. [2]",
    "**Press.** Journalists were given a room beside the plenary hall with a live feed of the sessions. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-stance-", NOTES);

/** What `stanceAsked` reads in each question (undefined: no stance asked), by test. */
const STANCE_READINGS: [string, [string, StanceAsked | undefined][]][] = [
  [
    "gives the party, the topic and the words that only ask for a stance",
    [
      [
        "What was Freedonia's position on the spam provision?",
        { party: "Freedonia", topic: "the spam provision", wording: ["position"] },
      ],
      [
        "What view did the regulators' bloc take of the idea?",
        { party: "regulators' bloc", topic: "the idea", wording: ["view", "take"] },
      ],
      [
        "was Sylvania on record rejecting the pay-for-delivery idea?",
        { party: "Sylvania", topic: "the pay-for-delivery idea", wording: ["on record"] },
      ],
      [
        "who was pushing for a spam provision?",
        { topic: "a spam provision", wording: ["pushing"] },
      ],
    ],
  ],
  [
    "reads no stance in other questions or in a comparison of two parties' positions",
    [
      ["When did Freedonia file its paper?", undefined],
      ["What did the team take to the meeting?", undefined],
      ["What were Freedonia's and Sylvania's positions on spam?", undefined],
    ],
  ],
];

describe("reading a stance question", () => {
  it.each(STANCE_READINGS)("%s", (_name, readings) => {
    for (const [question, reading] of readings) {
      expect(stanceAsked(question), question).toEqual(reading);
    }
  });
});

describe("a stance the notes state", () => {
  it("is answered though no place names a position, a take or a record", async () => {
    expect(await coverageOf("What was Freedonia's position on the spam provision?")).not.toBe(
      "none",
    );
    expect(await coverageOf("what's Freedonia's take on human-rights language?")).not.toBe("none");
    expect(
      await coverageOf("was Sylvania on record rejecting the pay-for-delivery idea?"),
    ).not.toBe("none");
  });
});

describe("a stance the notes never state", () => {
  it("is refused where the party only lists the topic", async () => {
    expect(await coverageOf("What was Ruritania's position on the spam provision?")).toBe("none");
  });

  it("is refused where the party's stance is on another topic", async () => {
    expect(await coverageOf("What was Sylvania's position on the spam provision?")).toBe("none");
  });
});
