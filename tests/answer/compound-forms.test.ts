// Compounds typed another way than the corpus writes them (issue #12): "cyber security" or
// "cyber-security" where the notes write "cybersecurity", "nonbinding" where they write
// "non-binding". Retrieval, the coverage decision and the answer read the corpus's form, and the
// answer says what it read; a question the corpus does not answer is still refused.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const SECURITY = briefingNote("Security in the fisheries accord", [
  "**The cybersecurity clause.** Norway wanted cybersecurity kept out of the accord, because port inspections were a matter for each state. The final cybersecurity clause was dropped on 4 May. [1]",
  "**The resolution.** A non-binding resolution on port radio was adopted instead. Chile said a non-binding text could not oblige any port to act. [2]",
]);

const ingested = notesEngine("wcit-compounds-", {
  "notes/security.md": SECURITY,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a compound typed another way than the corpus writes it", () => {
  it("answers 'cyber security' from the passages on cybersecurity, saying what it read", async () => {
    for (const typed of ["cyber security", "cyber-security"]) {
      const answer = await ingested.answerTo(
        `Why did Norway want ${typed} kept out of the accord?`,
      );
      expect(answer.coverage).not.toBe("none");
      expect(answer.corrections).toEqual([{ from: typed, to: "cybersecurity" }]);
      expect(answer.text).toContain("port inspections");
    }
  });

  it("answers 'nonbinding' from the passages on what is non-binding", async () => {
    const answer = await ingested.answerTo("Was the port radio resolution nonbinding?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.corrections).toEqual([{ from: "nonbinding", to: "non-binding" }]);
    expect(answer.text).toContain("non-binding");
  });

  it("still refuses what the corpus does not hold, typed the same way", async () => {
    const answer = await ingested.answerTo(
      "Which cyber-security standards did Peru adopt in 2019?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("reads nothing where the question writes the compound as the corpus does", async () => {
    const answer = await ingested.answerTo(
      "Why did Norway want cybersecurity kept out of the accord?",
    );
    expect(answer.corrections ?? []).toEqual([]);
    expect(answer.coverage).not.toBe("none");
  });
});
