// The coverage decision on who held an office and which governments acted (issue #12): "who
// chaired X?" needs the corpus to say who chaired it, not only a person near X; "which
// governments…" is answered by the names of countries; a year whose event a passage says it does
// not cover is no evidence.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const app = notesAppContext("wcit-coverage-offices-", {
  "notes/harbours.md": note("The harbour conference", [
    "**The conference.** The harbour conference took place in Lisbon in May 2010. The port authority's director, Ana Ferreira, chaired the conference. [1]",
    "**Earlier work.** In 2007 the union's secretary launched the Safe Harbours Agenda, advised by a panel of harbour experts. In the panel's talks, the old fishing code was endorsed as a model by some governments. [2]",
  ]),
  "notes/policy.md": note("Harbour policy before the conference", [
    "**Working group.** Before the conference, Sweden and Norway pushed for the working group on harbour policy to be open to every port and shipping company. [1]",
    "**Fees.** Port fees were left to each harbour. [2]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("coverage of offices and governments", () => {
  it("answers who chaired a meeting the corpus says someone chaired", async () => {
    const answer = await app.ctx.engine.answer("Who chaired the harbour conference?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Ana Ferreira");
  });

  it("refuses who chaired a panel the corpus names beside a person in another role", async () => {
    const answer = await app.ctx.engine.answer("Who chaired the panel of harbour experts?");
    expect(answer.coverage).toBe("none");
  });

  it("answers which governments acted with the countries that did", async () => {
    const answer = await app.ctx.engine.answer(
      "Which governments wanted the working group on harbour policy opened to every company?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Sweden and Norway");
  });
});

const review = notesAppContext("wcit-coverage-disclaimed-", {
  "notes/review.md": note("After the harbour conference: the review", [
    "**Still under review.** The review was later revived. In 2027 the council set new terms of reference for the harbour experts. A final report was due in 2031 for the 2031 harbour conference. This corpus does not cover what that 2031 conference decided. [1]",
  ]),
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("coverage of an event the corpus says it does not cover", () => {
  it("refuses what a later conference decided when the passage says it does not cover that", async () => {
    const answer = await review.ctx.engine.answer(
      "Draft a short paragraph on what the 2031 harbour conference decided about the review.",
    );
    expect(answer.coverage).toBe("none");
  });

  it("still answers what the same passage does say about the review", async () => {
    const answer = await review.ctx.engine.answer(
      "When did the council set new terms of reference for the harbour experts?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("In 2027 the council set new terms of reference");
  });
});
