// A yes/no or a claim claiming a compulsion in a verb the notes do not use (issue #12, the
// thirty-second session's batch in-3694..in-3699, out-1214..out-1215): where a place names
// everything else asked and states a weaker form of the act ("should endeavour", "urged … to"),
// the verb is met for coverage and the answer says what the place states, never `full`
// (`hedged-act.ts`, `termCoverage` in window-terms.ts, `claimVerbStood` in coverage-claims.ts).
// A claim of another act, or one whose party or act the notes never tell, stays refused.
import { describe, expect, it } from "vitest";
import { claimsCompulsion, statesWeakerAct } from "../../src/answer/hedged-act.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("hedged acts", () => {
  it("reads verbs of compulsion by their index terms", () => {
    for (const term of ["forc", "compel", "oblig", "ban", "lock", "requir"]) {
      expect(claimsCompulsion(term)).toBe(true);
    }
    for (const term of ["sign", "ask", "publish", "draft"])
      expect(claimsCompulsion(term)).toBe(false);
  });

  it("tells a weaker act from a plain one", () => {
    expect(
      statesWeakerAct("Article 6R says Member States should endeavour to publish prices."),
    ).toBe(true);
    expect(statesWeakerAct("In March the coalition urged regulators to publish the tables.")).toBe(
      true,
    );
    expect(statesWeakerAct("The council resolved that no single body should gain control.")).toBe(
      true,
    );
    expect(
      statesWeakerAct("When Spain asked whether that had been a vote, the Chair said no."),
    ).toBe(false);
    expect(statesWeakerAct("The regulators published the tables in March.")).toBe(false);
  });
});

// Invented notes: a roaming article worded as a soft duty, and a coalition that urged regulators.
const NOTES: Record<string, string> = {
  "notes/roaming.md": note("The roaming article 6R", [
    '**What was adopted.** Article 6R says Member States should endeavour to publish retail roaming prices, and it encourages them to cooperate. The obligation is soft: "should", not "shall". [1]',
  ]),
  "notes/tariffs.md": note("The tariff tables campaign", [
    "**The campaign.** In March 2012 the Open Cables Coalition urged regulators to publish the wholesale tariff tables and criticised their secrecy. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-yesno-32-", NOTES);

describe("a claimed compulsion the notes state in a weaker form", () => {
  for (const [question, stated] of [
    ["does 6R force member states to publish roaming prices", "should endeavour"],
    ["does article 6R compel member states to publish retail roaming prices?", "should endeavour"],
    ["the open cables coalition forced regulators to publish the tariff tables, right?", "urged"],
  ] as const) {
    it(`answers, not in full: ${question}`, async () => {
      const coverage = await coverageOf(question);
      expect(coverage).not.toBe("none");
      expect(coverage).not.toBe("full");
      expect((await answerTo(question)).text).toContain(stated);
    });
  }

  // (No note tells of fines, nor of the coalition drafting anything: a claim of another act.)
  for (const question of [
    "does 6R force operators to pay fines for roaming",
    "the open cables coalition drafted the tariff tables, right?",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
