// How-many questions whose count is a list of names the tagger reads only as a series (issue #12,
// the twenty-fifth session's batch in-2724..in-2733, out-936..out-937): "how many languages was
// the letter translated into?" is answered by "…translated the letter into Spanish, Thai, Urdu,
// Bangla, Chinese and French": each item of that series is one language (`NameKind.item`,
// name-kinds.ts, read by `listsCounted`, window-terms.ts), though a language's name alone
// may be a delegation's ("French") and names no language in a sentence.
import { describe, expect, it } from "vitest";
import { kindOfName } from "../../src/answer/name-kinds.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/campaign.md": note("Civil society and the Freetown conference", [
    "**The pamphlet (September 2012).** The Freetown Forum circulated a pamphlet urging ZTU Member States to open their preparations to outside experts. Partner groups translated the pamphlet into Spanish, Thai, Urdu, Bangla, Chinese and French. [1]",
    "**The charter.** The Freetown charter was signed by groups from Freedonia, Sylvania, Ruritania and Latveria, and sent to the ZTU Secretary-General in November 2012. Its language on privacy was short. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-answertype-25-", NOTES);

describe("an item of a series that is one language", () => {
  const languages = kindOfName("languages");

  it("is read where the item ends with the language's name", () => {
    const item = languages?.item;
    expect(item).toBeDefined();
    expect(item?.test("Partner groups translated the pamphlet into Spanish")).toBe(true);
    expect(item?.test(" Thai")).toBe(true);
    expect(item?.test(" and French.")).toBe(true);
  });

  it("is not read from an item naming something else", () => {
    const item = languages?.item;
    expect(item?.test(" the French delegation")).toBe(false);
    expect(item?.test(" Ruritania")).toBe(false);
    expect(item?.test(" Frenchman")).toBe(false);
  });

  it("is only for the kinds that need a series", () => {
    expect(kindOfName("countries")?.item).toBeUndefined();
  });
});

describe("how many languages a text was put into", () => {
  // The series of languages counts them, though no number stands there.
  answersStatingEach(app, [
    ["how many languages was the pamphlet translated into?", "Spanish"],
    ["how many languages did partner groups put the pamphlet into? which ones?", "Bangla"],
  ]);

  // A series of countries counts no languages: the charter's translations are never given.
  refusesEach(app, ["how many languages was the charter translated into?"]);
});
