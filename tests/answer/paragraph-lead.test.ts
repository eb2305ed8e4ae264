// Issue #12: a question about one of several named things is led by the section headed with that
// name, not by the note's introduction naming it only in a series of names. A real corpus,
// ingested into a real SQLite file.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const NOTES: Record<string, string> = {
  "notes/regions.md": briefingNote("Who proposed what: the regions", [
    "**How common proposals are prepared.** ITU members prepare common proposals through six regional groupings: CITEL (the Americas), CEPT (Europe), the African Telecommunications Union, the Arab States group, the RCC and the Asia-Pacific Telecommunity. Each grouping prepares common proposals and tables them before the conference. [1]",
    "**CEPT.** CEPT prepared the European Common Proposals in a working group that met in Copenhagen over eighteen months. It agreed positions article by article, each needing the support of ten administrations. [2]",
    "**Arab States.** The Arab administrations prepared their common proposals at meetings in Cairo, agreeing a set of principles a year before the conference. [1]",
    "**CITEL.** The Inter-American proposals were published as Document 10 and revised in October 2012. [1]",
  ]),
  "notes/spam.md": briefingNote("Spam and Article 5B", [
    "**What was adopted.** Article 5B says Member States should endeavour to prevent unsolicited bulk electronic communications from spreading. [1]",
    "**Critics after Dubai.** Reporters Without Borders argued that governments cannot block this traffic without first looking at content. [2]",
  ]),
  // Other topics, so that the regional groupings' names are as rare as in a real corpus.
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
  "notes/outcome.md": briefingNote("The Dubai outcome", [
    "**Signature count.** On 14 December 2012, 89 Member States signed the Final Acts. [1]",
    "**Key provisions.** The preamble adds a commitment on human-rights obligations. [2]",
  ]),
};

const ingested = notesEngine("wcit-paragraph-lead-", NOTES);

describe("a question naming one of several things listed together", () => {
  it("is led by the section headed with that name, not the introduction listing it", async () => {
    const answer = await ingested.answerTo("How did CEPT prepare its common proposals?");
    expect(answer.text).toMatch(/^CEPT prepared the European Common Proposals/);
    expect(answer.text).not.toMatch(/^ITU members prepare common proposals/);
  });

  it("is led by the section headed with a name of two words too", async () => {
    const answer = await ingested.answerTo(
      "How did the Arab States prepare their common proposals?",
    );
    expect(answer.text).toMatch(/^The Arab administrations prepared their common proposals/);
  });
});
