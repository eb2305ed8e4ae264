// A lead-in setting two sides against each other, then an ask of one side (issue #12, the
// twenty-third session's batch in-2550..in-2559, out-890..out-891): "CEPT vs ETNO on sender-pays -
// why did CEPT knock ETNO's idea down?" is a why question, answered with the side's reasons, not a
// comparison answered with a sentence on each side. An ask comparing, or asking of both, stays a
// comparison.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/charging.md": note("Who pays for traffic", [
    "**Opco.** The operators' association Opco filed contribution C-9 on 6 June 2012. It proposed commercial fair compensation for carrying traffic, based on sender-pays. Opco said sender-pays would fund new networks. [1]",
    "**Regco.** Regco rejected the sender-pays idea in October 2012 in a draft report, because charging between carriers is a commercial matter outside the scope of the treaty. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo } = notesAppContext("wcit-one-side-", NOTES);

describe("an ask of one side after an 'X vs Y' lead-in", () => {
  it("takes the kind of its ask", () => {
    expect(
      analyzeQuestion("CEPT vs ETNO on sender-pays - why did CEPT knock ETNO's idea down?").kind,
    ).toBe("why");
    expect(
      analyzeQuestion(
        "the Commission vs the Parliament going into Dubai - when did the Parliament actually pass its resolution?",
      ).kind,
    ).toBe("when");
    expect(
      analyzeQuestion(
        "Russia vs the US on names and numbers - when did the Russians file their Internet proposal?",
      ).kind,
    ).toBe("when");
    expect(
      analyzeQuestion("Genachowski vs Kramer: what did Genachowski say the outcome created?").kind,
    ).toBe("fact");
  });

  it("is answered with that side's reasons", async () => {
    const answer = await answerTo(
      "Regco vs Opco on sender-pays - why did Regco reject Opco's idea?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("outside the scope of the treaty");
  });
});

describe("a lead-in of two sides whose ask compares or asks of both", () => {
  it("stays a comparison", () => {
    for (const question of [
      "Genachowski vs Kramer: how did their spin on the Dubai result differ once it was over?",
      "Genachowski vs Kramer: what was their take on the result?",
      "CEPT vs ETNO on sender-pays: who was right?",
      "Hill vs RSF on the spam article - what did each of them say?",
      "Hill vs RSF on the spam article - why did they disagree?",
    ]) {
      expect(analyzeQuestion(question).kind, question).toBe("compare");
    }
  });

  it("is answered with a sentence on each side", async () => {
    const answer = await answerTo("Regco vs Opco on sender-pays: how far apart were they?");
    expect(answer.text).toContain("outside the scope of the treaty");
    expect(answer.text).toContain("sender-pays");
  });
});
