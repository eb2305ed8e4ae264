// A kind of group qualified by a country ("which Peruvian groups", "Chilean shipping firms") is
// answered only where a sentence of the answer's passages ties a group to that country; a country
// named only in a list of countries or as its government answers nothing of its groups.
import { describe, expect, it } from "vitest";
import { groupCountriesAsked, groupCountryUntied } from "../src/answer/country-groups.ts";
import { createGlossary } from "../src/search/glossary.ts";
import type { ScoredPassage } from "../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const ENTRIES = [
  { id: "chile", variants: ["Chile"], demonyms: ["Chilean"] },
  { id: "peru", variants: ["Peru"], demonyms: ["Peruvian", "Lima"] },
  { id: "portugal", variants: ["Portugal"], demonyms: ["Portuguese"] },
  { id: "norway", variants: ["Norway"], demonyms: ["Norwegian"] },
  { id: "latin-america", variants: ["Latin America"], demonyms: ["Latin American"] },
  { id: "us", variants: ["United States"], alsoFinds: ["US"], demonyms: ["American"] },
];
const glossary = createGlossary(ENTRIES);

const NOTES = {
  "notes/code.md": note("The harbour code", [
    "**The harbour code.** In March 2015 the Transit Policy Forum circulated a voluntary harbour code urging port states to keep night landings open. Early endorsers came from countries including Chile, Peru, Portugal, Ghana and Norway. Partner groups translated the code into Spanish, Portuguese, Quechua and French. [1]",
    "**Holding out.** Peru and Norway stayed outside the harbour code, saying their ports were already regulated. [2]",
  ]),
  "notes/chile.md": note("Chile's night-landing proposal", [
    "**Chile.** Chile filed its night-landing proposal on 4 April 2015. Chilean port unions and shipping firms had objected to an earlier draft of it. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-trust46-46-", NOTES, {
  "glossary.json": JSON.stringify({ entries: ENTRIES }),
});

const passage = (text: string) => ({ passage: { text } }) as unknown as ScoredPassage;

describe("a kind of group a question qualifies by a country", () => {
  const asked = (q: string) => groupCountriesAsked(q, glossary).map((c) => c.id);

  it("is read from a demonym, a possessive or a group's noun from the country", () => {
    expect(asked("which peruvian groups endorsed the code")).toEqual(["peru"]);
    expect(asked("did any Chilean digital rights activists object")).toEqual(["chile"]);
    expect(asked("what did Norway's think tanks say")).toEqual(["norway"]);
    expect(asked("did ngos from Portugal sign it")).toEqual(["portugal"]);
    expect(asked("what did US companies want")).toEqual(["us"]);
  });

  it("is not a delegation, a government, a bloc led by it, a region, or a capital", () => {
    expect(asked("what did the peruvian delegation say about the code")).toEqual([]);
    expect(asked("the Chile-led group of port states - what did it file")).toEqual([]);
    expect(asked("which Latin American civil-society voice praised it")).toEqual([]);
    expect(asked("what did lima's groups think")).toEqual([]);
    expect(asked("what did the groups tell us companies")).toEqual([]);
  });

  it("is tied by a sentence naming a group of the country, not by a list of countries", () => {
    const untied = (q: string, text: string) => groupCountryUntied(q, [passage(text)], glossary);
    const q = "which peruvian ngos endorsed the harbour code";
    expect(untied(q, "Early endorsers came from countries including Chile, Peru and Norway.")).toBe(
      "peru",
    );
    expect(
      untied(
        "which portuguese groups translated it",
        "Partner groups translated the code into Spanish, Portuguese, Quechua and French.",
      ),
    ).toBe("portugal");
    expect(untied(q, "Peru stayed outside the harbour code.")).toBe("peru");
    expect(untied(q, "Peruvian civil society groups endorsed the code early.")).toBeUndefined();
    expect(untied(q, "Several groups from Peru endorsed it.")).toBeUndefined();
    expect(untied(q, "HRP Peru said the code went too far.")).toBeUndefined();
    expect(
      untied(q, "Peru backed the code, which the Harbour Rights Project saw as a first step."),
    ).toBeUndefined();
    expect(untied("what did the forum want", "Peru stayed outside.")).toBeUndefined();
  });
});

describe("answered through the engine", () => {
  // (Without the check, run so with `groupCountryUntied` made to return undefined, the first two
  // are answered `partial` from the code's paragraph and fail.)
  it("refuses a country's groups where the notes name the country only in a list", async () => {
    expect(
      await coverageOf("which peruvian groups were among the early endorsers of the harbour code"),
    ).toBe("none");
  }, 60_000);

  it("refuses a country's groups where the notes name only its government", async () => {
    expect(await coverageOf("why did norwegian groups stay outside the harbour code")).toBe("none");
  }, 60_000);

  it("answers where the notes name a group of that country", async () => {
    expect(
      await coverageOf("did any chilean shipping firms object to an earlier draft of the proposal"),
    ).not.toBe("none");
  }, 60_000);
});
