// Extractive answer shape, second round (issue #12): lists whose items name only themselves, how
// answers that read on into the next paragraph, and questions about what is known. Each case runs
// the real engine on a real corpus (the starter fixture, or notes the corpus builder writes).
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, starterEngine, starterGlossary } from "../support/extractive-engine.ts";

const RATIFICATION = note("After the conference: entry into force", [
  "**Provisional application.** The revised treaty was to apply provisionally from 2015 for the states that signed it. Each signatory still had to complete its own approval at home. [1]",
  "**Signatures on the last day.** On the final day 89 countries signed the revised treaty, and 55 of the delegations accredited to sign did not. [2]",
  "**Unverified here.** This corpus did not verify how many states have since ratified the revised treaty. Treat any current count as unknown until it is checked against the union's records. [1]",
]);

const SECURITY = note("Security at the conference", [
  "**In the hall.** A security article first came up on 5 December, late in a long debate on the quality of service that operators owe each other across borders. Delegations split between those who wanted no security language at all and those who wanted it at the centre of the treaty. [1]",
  "**The way through.** The British delegation suggested the narrower word robustness, meaning networks that keep working when cables are cut or equipment fails. Delegations wary of security language accepted it because it spoke of transport between operators, not of what the messages carried over the networks say. [2]",
]);

/** The starter notes (a frozen copy of corpus/), and a small corpus written for these cases. */
const starter = starterEngine("wcit-extractive-round2-");
const written = notesEngine(
  "wcit-extractive-round2-",
  {
    "notes/ratification.md": RATIFICATION,
    "notes/security.md": SECURITY,
    "notes/agenda.md": UNRELATED_AGENDA_NOTE,
  },
  { idPrefix: "note-", glossary: starterGlossary() },
);

describe("extractive answers, round 2", () => {
  it("a list keeps the later sentences of its best paragraph, which name only the items", async () => {
    const answer = await starter.engine.answer(
      "Which big players stayed out of the Council of Europe cybercrime convention?",
    );
    expect(answer.coverage).not.toBe("none");
    // The paragraph is about the convention; its items ("Russia refused…", "Brazil and India…")
    // do not repeat the question's words, and are what was asked.
    expect(answer.text).toContain("Russia refused to join");
    expect(answer.text).toContain("Brazil and India also stayed outside the Convention.");
    expect(answer.text.split("\n").every((line) => line.startsWith("- "))).toBe(true);
  });

  it("a how question whose best paragraph only sets the scene reads on into the next", async () => {
    const answer = await written.engine.answer(
      "How did the drafters get a security article past the delegations that wanted no security language at all?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(/^A security article first came up on 5 December/);
    expect(answer.text).toContain("The British delegation suggested the narrower word robustness");
  });

  it("'do we know…?' is answered by the line saying it is not confirmed", async () => {
    const answer = await written.engine.answer(
      "do we know how many countries have ratified the revised treaty since then?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toMatch(
      /^This corpus did not verify how many states have since ratified the revised treaty\. \[1\]/,
    );
    expect(answer.text).toContain("unknown");
  });

  it("a line about what the corpus did not verify stays out of an answer not asking about it", async () => {
    const answer = await written.engine.answer("How many states ratified the revised treaty?");
    expect(answer.text).not.toContain("This corpus did not verify");
  });
});

describe("analyzeQuestion: questions about what is known", () => {
  it.each([
    "do we know how many countries have ratified the 2012 ITRs?",
    "Does the corpus have the verbatim text of the resolution?",
    "Is it confirmed that Germany signed later?",
    "has anyone verified the page count of the paper?",
    "Can we confirm who drafted the paper?",
  ])("%s asks whether something is known", (question) => {
    expect(analyzeQuestion(question).asksIfKnown).toBe(true);
  });

  it.each([
    "Did the UK sign the new ITRs in Dubai?",
    "Does the text mention content?",
    "How many countries signed in Dubai?",
    "Is the treaty binding?",
    "Did they say anything about security?",
    "Do they have a position on spam?",
  ])("%s asks about the world, not about what is known", (question) => {
    expect(analyzeQuestion(question).asksIfKnown).toBe(false);
  });
});
