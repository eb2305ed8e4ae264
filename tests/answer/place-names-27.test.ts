// A country named by its capital or its people's word where the glossary lists neither (issue #12,
// the twenty-seventh session's batch in-2992..in-3001, out-1016..out-1017): "what was Stockholm
// pushing for?" where the note writes "Sweden". WordNet gives each glossary country its national
// capital and its natives' names (`placeNamesOf`, `withPlaceNames`, src/search/place-names.ts),
// added as demonyms when the glossary is loaded; a demonym typed meets the entry's other demonyms
// too ("Prague's line" is "the Czech delegation said…", glossary-terms.ts
// `glossaryAlternatives`). A country the corpus never names stays refused when typed by its capital
// ("Oslo").
import { describe, expect, it } from "vitest";
import { glossaryAlternatives } from "../../src/answer/glossary-terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { createGlossary } from "../../src/search/glossary.ts";
import { placeNamesOf, withPlaceNames } from "../../src/search/place-names.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("placeNamesOf", () => {
  it("gives a country's national capital, also one WordNet files under a region of it", () => {
    expect(placeNamesOf(["Sweden"]).capitals).toContain("Stockholm");
    expect(placeNamesOf(["Czech Republic"]).capitals).toContain("Prague");
    // Jakarta is a part of Java, and "capital of Indonesia".
    expect(placeNamesOf(["Indonesia"]).capitals).toContain("Jakarta");
  });

  it("does not give a capital of another country inside the place", () => {
    // The Korean peninsula holds North Korea, whose capital is not South Korea's.
    expect(placeNamesOf(["Republic of Korea", "South Korea", "Korea"]).capitals).not.toContain(
      "Pyongyang",
    );
  });

  it("gives the natives' names, not a people living there among others nor a common word", () => {
    expect(placeNamesOf(["Australia"]).peoples).toContain("Aussie");
    expect(placeNamesOf(["France"]).peoples).not.toContain("Basque");
    // "pole" is also a rod.
    expect(placeNamesOf(["Poland"]).peoples).not.toContain("Pole");
  });

  it("gives nothing for a name WordNet does not have as a place", () => {
    expect(placeNamesOf(["Freedonia"])).toEqual({ capitals: [], peoples: [] });
  });
});

describe("withPlaceNames", () => {
  it("adds to a country's demonyms only names the glossary does not have", () => {
    const [sweden, us, itu] = withPlaceNames([
      { id: "sweden", variants: ["Sweden"], demonyms: ["Swedish"] },
      { id: "us", variants: ["United States"], demonyms: ["American", "Washington"] },
      { id: "itu", variants: ["ITU", "International Telecommunication Union"] },
    ]);
    expect(sweden?.demonyms).toEqual(["Swedish", "Stockholm"]);
    expect(us?.demonyms?.filter((d) => d === "Washington")).toHaveLength(1);
    expect(itu?.demonyms).toBeUndefined();
  });
});

describe("a demonym's alternatives", () => {
  const glossary = createGlossary([
    { id: "us", variants: ["United States"], demonyms: ["American", "Washington"] },
  ]);
  const alternativesIn = (question: string, word: string) =>
    glossaryAlternatives(analyze(question), glossary, question)(analyze(word)[0] as string);

  it("gives a capital the entry's names and its other demonyms", () => {
    const alternatives = alternativesIn("What did Washington want?", "Washington");
    expect(alternatives).toContainEqual(analyze("United States"));
    expect(alternatives).toContainEqual(analyze("American"));
  });

  it("gives a people's word the entry's names only", () => {
    const alternatives = alternativesIn("What did the Americans want?", "Americans");
    expect(alternatives).toContainEqual(analyze("United States"));
    expect(alternatives).not.toContainEqual(analyze("Washington"));
  });
});

const GLOSSARY = JSON.stringify({
  description: "test glossary",
  entries: [
    { id: "sweden", variants: ["Sweden"], demonyms: ["Swedish"] },
    { id: "czech-republic", variants: ["Czech Republic"], demonyms: ["Czech"] },
    { id: "norway", variants: ["Norway"], demonyms: ["Norwegian"] },
  ],
});

const NOTES: Record<string, string> = {
  "notes/council.md": note("The Council's policy group", [
    "**Convention talk.** Ahead of the July Council, Indonesia urged work towards a global legal platform for a cybersecurity convention. Sweden pushed instead for the policy group to be open to all stakeholders. [1]",
  ]),
  "notes/spam.md": note("Bulk messaging after the conference", [
    "**Critics.** The Czech delegation said bulk messaging is always about content, and that governments should not regulate it through a treaty. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-place-names-27-", NOTES, {
  "glossary.json": GLOSSARY,
});

describe("a country named by its capital", () => {
  it("is met by the country's name", async () => {
    const question = "What was Stockholm pushing for in the Council's policy group?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("open to all stakeholders");
  });

  it("is met by the country's adjective", async () => {
    const question = "What was Prague's line on bulk messaging?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("always about content");
  });

  it("stays refused where the corpus never names the country", async () => {
    expect(await coverageOf("What was Oslo pushing for in the Council's policy group?")).toBe(
      "none",
    );
    expect(await coverageOf("What was Oslo's line on bulk messaging?")).toBe("none");
  });
});
