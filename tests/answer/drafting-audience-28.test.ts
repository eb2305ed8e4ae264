// Drafting requests whose audience, count or accepted precision was read as their topic (issue #12,
// the twenty-eighth session's batch in-3176..in-3185, out-1066..out-1067): "need 4 bullets for the
// board deck on…" kept "deck", "…, for a regional explainer" kept "regional explainer", "a handful
// of bullets is fine" kept "is fine", "…? rough headcount is fine" kept "rough headcount". Each is
// now read as an instruction (`AUDIENCE`, `OCCASION`, `FORMAT_ACCEPTED`, `PRECISION_ACCEPTED` in
// `question-requests.ts`), so the words no source uses no longer weigh against the answer.
import { describe, expect, it } from "vitest";
import { stripInstructions } from "../../src/search/question-instructions.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("stripInstructions: audiences, counts and accepted precision", () => {
  it.each([
    [
      "need 4 bullets for the board deck on what came after the summit",
      "what came after the summit",
    ],
    [
      "can u draft 3 bullets on the main asks of the African proposals, for a regional explainer",
      "the main asks of the African proposals",
    ],
    [
      "For our explainer box: what does the Zenda Convention actually do?",
      "what does the Zenda Convention actually do?",
    ],
    [
      "what lines did the delegation hold at the summit? a handful of bullets is fine",
      "what lines did the delegation hold at the summit?",
    ],
    [
      "when did Freedonia first table its security articles? month + year is fine",
      "when did Freedonia first table its security articles?",
    ],
    [
      "how big was the Freedonian delegation? rough headcount is fine",
      "how big was the Freedonian delegation?",
    ],
  ])("reads %s as %s", (question, content) => {
    expect(stripInstructions(question).content).toBe(content);
  });

  it.each([
    // "is fine" inside the ask, not a clause of its own after it: content.
    "did the chair say the text is fine as it stands?",
    // An explainer that is what the question is about.
    "who wrote the explainer on the summit?",
    // "for the board" naming no written thing: as before, the words after it stay.
    "what did the board decide on the deck of proposals?",
  ])("keeps %s whole", (question) => {
    expect(stripInstructions(question).content).toBe(question);
  });
});

const NOTES: Record<string, string> = {
  "notes/after.md": note("After the summit: entry into force and the review", [
    "**Two treaties in force at once.** For signatories, the new regulations were to apply provisionally from 1 January 2015. [1]",
    "**Expert Group.** In 2016 the Council adopted a resolution creating an expert group to review the regulations. [2]",
  ]),
  "notes/lines.md": note("The Freedonian delegation at the summit", [
    "**Lines held.** The Freedonian delegation said it would oppose spam language in the treaty and resist national control of addresses. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};
for (const topic of ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"]) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-drafting-audience-28-", NOTES);

describe("drafting requests answered from the notes", () => {
  answersStatingEach(app, [
    [
      "need 4 bullets for the board deck on when the new regulations started to apply",
      "1 January 2015",
    ],
    [
      "what lines did the Freedonian delegation hold at the summit? a handful of bullets is fine",
      "spam",
    ],
  ]);
});

describe("what the notes do not hold stays refused", () => {
  refusesEach(app, [
    "need 4 bullets for the board deck on what the Sylvanian delegation proposed on roaming taxes",
  ]);
});
