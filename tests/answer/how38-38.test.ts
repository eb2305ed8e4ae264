// A how answer's quoted paragraph goes on to its next step told (issue #12, the thirty-eighth
// session's batch in-4390..in-4407, out-1420..out-1425): a how question asks the steps or the
// means of something done, and the notes tell a process one act a sentence; where the answer
// quoted one act of a paragraph, the sentence after it reporting the next act (a verb in the past
// tense, `tellsStep`) is read as carrying the method asked, though it names no means ("by",
// "through"…). The reading only lets an answer read on: it never answers a question the notes do
// not cover.
import { describe, expect, it } from "vitest";
import { tellsStep } from "../../src/answer/told-step.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("tellsStep: a sentence reporting an act done", () => {
  it.each([
    "The League's Oren Vale announced it to the Harbour Rights list the next evening.",
    "Resolution 146 told the Secretary-General to reconvene the group.",
    "He said the League had posted it together with a sign-on letter.",
  ])("tells a step: %s", (sentence) => {
    expect(tellsStep(sentence)).toBe(true);
  });

  it.each(["The obligation is soft: should, not shall.", "The release date is uncertain."])(
    "tells none: %s",
    (sentence) => {
      expect(tellsStep(sentence)).toBe(false);
    },
  );
});

const NOTES: Record<string, string> = {
  "notes/dock-security.md": note("Dock security in the harbour charter", [
    "**Officials opposed to dock rules.** In May the harbour commissioner Ada Venn argued that putting dock security into the charter would be counterproductive. [1] She said a charter is too broad, rigid and slow, and could do more harm than good. [1] The League's envoy, Mara Quist, made similar points. [1]",
    "**In Tarn.** Dock security first came up on 5 June, during a talk on harbour fees. [2] Delegations split between those who wanted no dock security text at all and those who wanted it at the centre of the charter. [2]",
  ]),
  "notes/envoy.md": note("The League at the Tarn meeting: Envoy Mara Quist", [
    "**Leadership.** The Governor chose Mara Quist to head the League delegation to the Tarn meeting. [1] In May Quist, in a speech at the Harbour Institute, and the harbour commissioner Ada Venn both argued that dock security should be kept out of the charter. [1] Venn said charter rules are too broad, too inflexible and too slow to deal with dock security. [1]",
    "**Reactions.** In early July Quist said the League did not regard Tarn as a failure, pointing to the twelve other ports that had stood with it. [2]",
    "**Lines held.** On 10 June Quist denied press reports that the League had threatened to walk out. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-how38-38-", NOTES);

describe("a how question whose answer is told as steps in one paragraph", () => {
  it("reads on from the quoted act to the next one", async () => {
    const answer = await app.answerTo(
      "quist wasn't the only official saying keep dock security out of the charter in may - who else said it and how did she put it",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("too inflexible");
  }, 60_000);

  // The notes never say how the League's travel was paid for: no step of that is told, and the
  // question stays refused.
  it("answers no how question the notes do not cover", async () => {
    const answer = await app.answerTo(
      "how did the governor pay for the league delegation's travel to tarn?",
    );
    expect(answer.coverage).toBe("none");
  }, 60_000);
});
