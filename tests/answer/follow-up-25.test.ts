// Short thread follow-ups (issue #12, the twenty-fifth session's batch in-2774..in-2779,
// out-950..out-951). "and the US?" after a question whose subject owns a text naming the earlier
// party again ("the Commission's draft EU position") is read in its thread, not asked of "the US's
// draft EU position"; "where'd he say that?" is refused where the place covering it names no
// place, and answered where it does.
import { describe, expect, it } from "vitest";
import { namesPlace } from "../../src/answer/follow-up-reading.ts";
import { askedOfNewSubject } from "../../src/answer/follow-up-subject.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/crime.md": note("Cybercrime and the rulebook", [
    "**Northern governments' line.** The Commission's draft Union position treated cybercrime, content and defence as matters for states, not for the rulebook. The Ruritanian proposal likewise sought to keep cybercrime and national defence out of the rulebook. [1]",
  ]),
  "notes/regulator.md": note("Regulators on security text", [
    "**Regulators.** In November 2012 regulator chair Hal Brant argued that putting security into the rulebook would be counterproductive. He said a treaty is too rigid and too slow. [1]",
    "**The envoy.** Ambassador Lena Ortiz argued at the Meridian Institute in Geneva that the rulebook should stay high-level. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-follow-up-25-", NOTES);

async function coverageAfter(earlier: string, question: string) {
  const answer = await app.ctx.engine.answer(question, {
    history: [{ question: earlier, answer: "As the sources say. [1]" }],
    forceExtractive: true,
  });
  return answer.coverage;
}

describe("askedOfNewSubject", () => {
  it("does not swap a possessor whose owned text names a party of its own", () => {
    expect(
      askedOfNewSubject(
        "and the US?",
        "What did the Commission's draft EU position say about cybercrime?",
        analyze,
      ),
    ).toBeUndefined();
  });

  it("still swaps a possessor owning a common noun", () => {
    expect(askedOfNewSubject("what about Russia?", "What was ETNO's proposal?", analyze)).toBe(
      "What was Russia's proposal?",
    );
    expect(askedOfNewSubject("and the US?", "What was the EU's line before Dubai?", analyze)).toBe(
      "What was the US's line before Dubai?",
    );
  });
});

describe("namesPlace", () => {
  it("reads a capitalised name after a preposition, not a month", () => {
    expect(namesPlace("He spoke at the Meridian Institute.")).toBe(true);
    expect(namesPlace("In Geneva the envoy spoke.")).toBe(true);
    expect(namesPlace("In November 2012 the chair argued it would be counterproductive.")).toBe(
      false,
    );
  });
});

describe("a short follow-up in its thread", () => {
  it("switching party after a possessive subject is answered from the new party's sentence", async () => {
    expect(
      await coverageAfter(
        "What did the Commission's draft Union position say about cybercrime?",
        "and the Ruritanians?",
      ),
    ).not.toBe("none");
  });

  it("asking where is refused where the place names only a month", async () => {
    expect(
      await coverageAfter(
        "Who at the regulator argued against security text in the rulebook?",
        "where'd he say that?",
      ),
    ).toBe("none");
  });

  it("asking where is answered where the place names one", async () => {
    expect(
      await coverageAfter(
        "Who argued that the rulebook should stay high-level?",
        "where did she say that?",
      ),
    ).not.toBe("none");
  });

  it("asking why after the same question keeps its answer", async () => {
    expect(
      await coverageAfter(
        "Who at the regulator argued against security text in the rulebook?",
        "why tho",
      ),
    ).not.toBe("none");
  });
});
