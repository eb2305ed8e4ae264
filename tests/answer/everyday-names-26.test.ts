// An everyday word for what a short name stands for (issue #12, the twenty-sixth session's batch
// in-2830..in-2839, out-968..out-969): "a global telecom treaty" where the note writes "the ITRs".
// The short name's long form ("International Telecommunication Regulations") says what the
// asker's word says in its commonest sense ("telecom" is "telecommunication" to WordNet), so a
// window naming the ITRs meets "telecom" (`glossaryLongFormNames`, `KeyTerm.nameWords`), but only
// as the last word it lacks, and never for "full". A word merely written inside a long form
// ("common" of "Regional Commonwealth") names nothing.
import { describe, expect, it } from "vitest";
import { glossaryLongFormNames } from "../../src/answer/glossary-terms.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { createGlossary } from "../../src/search/glossary.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const ENTRIES = [
  { id: "itrs", variants: ["ITRs", "International Telecommunication Regulations"] },
  { id: "rcc", variants: ["RCC", "Regional Commonwealth in the field of Communications"] },
];
const GLOSSARY = JSON.stringify({ description: "test glossary", entries: ENTRIES });

describe("glossaryLongFormNames and the key terms it gives", () => {
  const glossary = createGlossary(ENTRIES);
  const namesOf = glossaryLongFormNames(glossary);
  const termWeight = Object.assign((t: string) => (t.length > 0 ? 2 : undefined), {});

  it("maps a word of an acronym's long form to the entry's names", () => {
    const telecommunication = analyze("telecommunication")[0] as string;
    expect(namesOf(telecommunication)).toContainEqual(analyze("ITRs"));
    expect(namesOf(analyze("banana")[0] as string)).toEqual([]);
  });

  it("gives a word whose sense is a long form's word the entry's names, only as name words", () => {
    const keys = keyTermsOf("what did the FCC chairman say about a global telecom treaty?", {
      termWeight,
      longFormNames: namesOf,
    });
    const telecom = keys.find((k) => k.term === analyze("telecom")[0]);
    expect(telecom?.nameWords).toContainEqual(analyze("ITRs"));
    expect(telecom?.senseWords).toContainEqual(analyze("ITRs"));
  });

  it("gives a word merely written inside a long form no names", () => {
    const keys = keyTermsOf("what were the common proposals?", {
      termWeight,
      longFormNames: namesOf,
    });
    const common = keys.find((k) => k.term === analyze("common")[0]);
    expect(common).toBeDefined();
    expect(common?.nameWords).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/us.md": note("The Freedonian position", [
    "**Leadership.** In November 2012 Chairman Julius Genachowski argued that cybersecurity should be kept out of the ITRs. He said such rules are too broad, too inflexible and too slow. [1]",
  ]),
  "notes/europe.md": note("The Sylvanian bloc", [
    "**Regional body.** The Sylvanian regional body prepared common proposals on the ITRs. Its stated aim was to keep the rules high-level. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-everyday-names-26-", NOTES, {
  "glossary.json": GLOSSARY,
});

describe("a question naming the ITRs by an everyday word for their long form", () => {
  it("is answered where the window names the ITRs and meets every other word", async () => {
    const question =
      "what did Genachowski say was wrong with using a global telecom treaty for cybersecurity?";
    expect(await coverageOf(question)).toBe("partial");
    expect((await answerTo(question)).text).toContain("too slow");
  });

  it("stays refused where the window naming the ITRs lacks a name asked", async () => {
    expect(
      await coverageOf(
        "what did Kramer say was wrong with using a global telecom treaty for cybersecurity?",
      ),
    ).toBe("none");
  });
});
