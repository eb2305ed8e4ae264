// Yes/no questions asking how a thing turned out, whose verb the best place lacks (issue #12, the
// twenty-sixth session's batch in-2880..in-2889, out-982..out-987): "did the Upper House end up
// passing H. Res. 55?" against "…approved it unanimously and it was sent to the Upper House", and
// "did Ortega resign after Freetown?" against what Ortega said there, are refused
// (`asksOutcome`, `outcomeVerbTerms`, `outcomeNegated`, window-outcome.ts). A place telling the
// outcome by its negation ("Norland refused to join", "does not define"), and a yes/no asking no
// outcome, are still answered.
import { describe, expect, it } from "vitest";
import {
  asksOutcome,
  outcomeNegated,
  outcomeVerbTerms,
  verbToldNegated,
} from "../../src/answer/window-outcome.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/congress.md": note("The Ruritanian legislature and the Freetown talks", [
    "**H. Res. 55.** H. Res. 55, introduced on 3 April 2013, stated that Ruritanian policy should keep networks free from government control. The Lower House approved it unanimously and it was sent to the Upper House in May 2013. [1]",
    "**Ortega in Freetown.** Ambassador Ortega said Ruritania would oppose the spam wording because government vetting of bulk messages could lead to control of other speech. [2]",
  ]),
  "notes/vienna.md": note("The Vienna cybercrime convention", [
    "**The existing treaty.** The Vienna Convention on cybercrime was opened for signature in 2003. Norland refused to join the Vienna Convention, citing sovereignty. [1]",
  ]),
  "notes/definitions.md": note("What the Freetown text defines", [
    '**Definitions.** The final Freetown text does not define "network". The definition of "international route" was unchanged. [1]',
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-nearmiss-outcome-26-", NOTES);

describe("an outcome asked", () => {
  it("is read from the ways an analyst asks how a thing turned out", () => {
    expect(asksOutcome("did India end up signing in Dubai?")).toBe(true);
    expect(asksOutcome("did russia ever sign up to it?")).toBe(true);
    expect(asksOutcome("Did Kramer resign after Dubai?")).toBe(true);
    expect(asksOutcome("did the council go for it in the end?")).toBe(true);
    expect(asksOutcome("Did the House pass H. Con. Res. 127?")).toBe(false);
  });

  it("takes its verb after 'end up' or 'go on to'", () => {
    expect(outcomeVerbTerms("did India end up signing in Dubai?", analyze)).toEqual(
      analyze("signing"),
    );
    expect(outcomeVerbTerms("did Germany go on to ratify it?", analyze)).toEqual(analyze("ratify"));
    expect(outcomeVerbTerms("did Russia ever sign up to it?", analyze)).toEqual([]);
  });

  it("is told by a negation, not by the act before it", () => {
    expect(outcomeNegated("Russia refused to join, citing sovereignty.")).toBe(true);
    expect(outcomeNegated('The final text does not define "Internet".')).toBe(true);
    expect(outcomeNegated("The definitions were unchanged.")).toBe(true);
    expect(outcomeNegated("The House approved it unanimously and it was sent to the Senate.")).toBe(
      false,
    );
  });
});

describe("an outcome verb told negated elsewhere", () => {
  it("is the verb, or its noun, beside a negation in one sentence", () => {
    const read = [
      "Five resolutions were adopted.",
      "No definition of spam was added to Article 2.",
    ];
    expect(verbToldNegated(analyze("defining"), read, analyze)).toBe(true);
    expect(verbToldNegated(analyze("passing"), read, analyze)).toBe(false);
    expect(verbToldNegated(analyze("defining"), ["Spam was defined in 2003."], analyze)).toBe(
      false,
    );
  });
});

describe("a yes/no asking an outcome the place does not tell", () => {
  refusesEach(app, [
    "did the Upper House end up passing H. Res. 55?",
    "Did Ortega resign after Freetown?",
  ]);

  // The outcome told by its negation, or no outcome asked: answered as before.
  answersStatingEach(app, [
    ["did Norland ever sign up to the Vienna Convention?", "refused to join"],
    ['did the final Freetown text end up defining "network"?', "does not define"],
    ["did the Lower House approve H. Res. 55?", "unanimously"],
  ]);
});
