// Everyday verbs of an act where the notes write a formal one (issue #12, the twenty-sixth
// session's batch in-2900..in-2909, out-990..out-991): "lodge" and "pitch" meet "submitted"
// and "proposed", "bin", "nix" and "spurn" meet "rejected", "ditch" and "axe" meet
// "dropped", so none is an event the corpus never records.
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { sameSenseTerms } from "../../src/search/word-families.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("everyday act verbs in the families of the notes' verbs", () => {
  it("put the everyday verb with the formal ones", () => {
    expect(sameSenseTerms(stem("lodged"))).toContain(stem("submit"));
    expect(sameSenseTerms(stem("filed"))).toEqual([]);
    expect(sameSenseTerms(stem("pitching"))).toContain(stem("propose"));
    expect(sameSenseTerms(stem("binned"))).toContain(stem("rejected"));
    expect(sameSenseTerms(stem("spurned"))).toContain(stem("rejected"));
    expect(sameSenseTerms(stem("ditched"))).toContain(stem("dropped"));
    expect(sameSenseTerms(stem("axed"))).toContain(stem("removed"));
    // (A verb in no family stays alone.)
    expect(sameSenseTerms(stem("hosted"))).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/proposals.md": note("Proposals before Freetown", [
    "**Opco.** The operators' association Opco filed contribution C-7 on 6 June 2010. It proposed a fee for delivering traffic. In October 2010 the regional body rejected the idea in a draft report as out of scope. [1]",
    "**Sylvania.** At the September 2009 working group meeting, Sylvania submitted contribution C-3 proposing new articles on network safety. [1]",
    "**Documents.** Only members could see the drafts. In May 2010 the Open Wire Foundation urged Member States to release the drafts. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-act-verbs-26-", NOTES);

describe("a question asking of an act in an everyday verb", () => {
  // (Refused before: "lodge" and "pitch" were events the corpus never records. In this small
  // corpus "when did the regional body bin/spurn Opco's idea?" was answered before as after.)
  answersStatingEach(app, [
    ["what day did Opco lodge contribution C-7?", "6 June 2010"],
    ["who lodged the contribution pitching new network safety articles?", "Sylvania"],
  ]);

  // The notes never say when Freedonia lodged anything, nor that the foundation binned Opco's idea.
  refusesEach(app, [
    "what day did Freedonia lodge its contribution?",
    "when did the Open Wire Foundation bin Opco's traffic fee idea?",
  ]);
});
