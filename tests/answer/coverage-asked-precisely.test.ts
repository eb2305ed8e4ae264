// Near misses whose words a source has while it does not state what is asked (issue #12): a
// yes/no whose verb stands in the place only as a title ("the Chair"), and a list asking for its
// items' numbers where the place names the class only in passing.
import { describe, expect, it } from "vitest";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const TALKS = briefingNote("The fisheries talks in Valparaíso", [
  "**The conference.** The fisheries conference took place in Valparaíso from 3 to 14 March 2019. The harbour authority's director, Ana Ruiz, chaired it. [1]",
  "**Letters.** During the fisheries conference, unions wrote to the commissioner and the Chair about closed sessions. [2]",
]);

const STRUCTURE = briefingNote("What the fisheries accord contains", [
  "**Structure.** The secretary later listed the accord as follows: a preamble; Articles 1–9, with new Articles 4A (bycatch limits), 6B (port inspections) and 7A (observer training); two annexes; and three resolutions. [1]",
]);

// (Two notes: one passage each, as the corpus's paragraphs are.)
const OLD_PACT = briefingNote("Bycatch rules before the talks", [
  "**The existing pact.** The only binding regional fisheries instrument in 2019 was the Lima Convention on Bycatch. It was opened for signature in Lima on 3 May 2001 and entered into force on 1 July 2004. [1]",
]);

const NEW_PACT = briefingNote("After Valparaíso", [
  "**Two pacts in force at once.** The new pact replaces the 2001 one only among its parties. For signatories, the 2019 pact was to apply provisionally from 1 January 2021. [2]",
]);

const PROPOSALS = briefingNote("Regional proposals before the fisheries talks", [
  "**Northern proposals.** The northern proposals were published as Document 4 and revised in January. They included keeping the existing quota definitions, keeping the technical Guidelines voluntary, avoiding overlap with the port rules, and several items on licence fees. [1]",
  "**Working documents.** The secretariat collected the proposals into a series of working documents. WD-3 (May 2018) was a compilation of proposals. WD-7 (November 2018) reorganised them into numbered options. [2]",
]);

const ingested = notesEngine("wcit-asked-precisely-", {
  "notes/talks.md": TALKS,
  "notes/proposals.md": PROPOSALS,
  "notes/bycatch-before.md": OLD_PACT,
  "notes/structure.md": STRUCTURE,
  "notes/after-talks.md": NEW_PACT,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a yes/no question's verb", () => {
  it("never labels full a place where the asked verb is only a title ('the Chair')", async () => {
    const answer = await ingested.engine.answer(
      "Did the commissioner chair the fisheries conference?",
    );
    expect(answer.coverage).not.toBe("full");
  });

  it("still answers where the place states the verb (in-scope twin)", async () => {
    const answer = await ingested.engine.answer("Did Ana Ruiz chair the fisheries conference?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Ana Ruiz, chaired it");
  });
});

describe("a list asking for its items' numbers", () => {
  it("refuses a class named only as one item of a series of other things", async () => {
    const answer = await ingested.engine.answer(
      "Enumerate the technical Guidelines the northern proposals wanted to keep voluntary, with their numbers",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers where the place numbers the items, in the sentences after the class (twin)", async () => {
    const answer = await ingested.engine.answer(
      "List the working documents of the secretariat, with their numbers.",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("WD-3");
    expect(answer.text).toContain("WD-7");
  });
});

describe("a modifier the place contradicts", () => {
  it("does not answer 'the new pact' from a place on 'the existing pact'", async () => {
    const answer = await ingested.engine.answer("When does the new pact enter into force?");
    expect(answer.text).not.toContain("1 July 2004");
    expect(answer.text).toContain("1 January 2021");
  });

  it("does not answer 'the 2019 pact' from a place on 'the existing pact' either", async () => {
    // The old pact's passage says "in 2018" and "entered into force": every term but the year's
    // sense. A year before the noun names one pact; "The existing pact." names another.
    const answer = await ingested.engine.answer("When does the 2019 pact enter into force?");
    expect(answer.text).not.toContain("1 July 2004");
    expect(answer.text).toContain("1 January 2021");
  });
});

describe("a list whose subject is one item of a series of other things", () => {
  it("refuses the items of an article the place names only in passing", async () => {
    const answer = await ingested.engine.answer(
      "List the training duties that Article 7A places on member states.",
    );
    expect(answer.coverage).toBe("none");
  });

  it("answers a list of the series' own items (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "List the new articles that the secretary listed, with their numbers.",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("7A");
  });
});
