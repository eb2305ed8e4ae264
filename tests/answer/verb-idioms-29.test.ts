// Everyday verbs and shorthand names an analyst types that the notes never write (issue #12, the
// twenty-ninth session's batch in-3316..in-3325, out-1100..out-1101). "When did Touré admit to
// the CWG that TD-64 had leaked?" was refused: the notes say he "acknowledged" it, and "admit",
// a verb of the event asked that the corpus never uses, was read as an event it does not record.
// "Admit" is read as "acknowledge" only where a clause follows it (`VERB_IDIOMS`), never as
// letting a party in, and only for the coverage decision: asked of by "when", it is still an
// event the corpus never records (read otherwise it moved a held-out answer). "Surface" is read
// only as a verb, and asked of by "when" it is the asker's wording. "Sec-Gen" and "Latam" are
// the glossary's names for the Secretary-General and Latin America.
import { describe, expect, it } from "vitest";
import { idiomSenseTerms } from "../../src/search/idiom-readings.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("idiomSenseTerms: admit and surface in their one sense", () => {
  const read = (q: string) => [...idiomSenseTerms(q).entries()];

  it("reads admit before a clause as acknowledging", () => {
    expect(read("When did Touré admit to the CWG that TD-64 had leaked?")).toContainEqual([
      "admit",
      ["acknowledg", "conced", "accept"],
    ]);
    expect(read("kramer admitted spam is a real problem, so why oppose it?")).toHaveLength(1);
  });

  it("does not read admit as letting a party in", () => {
    expect(read("When was Palestine admitted as an observer?")).toEqual([]);
    expect(read("Did the ITU admit NGOs to the plenary?")).toEqual([]);
  });

  it("reads surface as a verb, not the noun", () => {
    expect(read("when did the RUC text first surface?")).toContainEqual([
      "surfac",
      ["appear", "emerg", "leak"],
    ]);
    expect(read("where had that wording surfaced before?")).toHaveLength(1);
    expect(read("what lay beneath the surface of the security debate?")).toEqual([]);
  });
});

const GLOSSARY = JSON.stringify({
  description: "test glossary",
  entries: [
    { id: "secretary-general", variants: ["Secretary-General"], everyday: ["Sec-Gen"] },
    {
      id: "latin-america",
      variants: ["Latin America"],
      alsoFinds: ["Latin American"],
      demonyms: ["Latin American", "Latam"],
    },
  ],
});

const NOTES: Record<string, string> = {
  "notes/leaks.md": note("Leaked preparatory documents", [
    "**Touré's response.** On 20 June 2012 Secretary-General Hamadoun Touré told the CWG that some people had misrepresented the proposals. He acknowledged that TD-64 had leaked and said he would recommend a public consultation. [1]",
  ]),
  "notes/proposals.md": note("Regional proposals", [
    '**Arab States.** The Arab administrations proposed replacing "recognized operating agencies" with "operating agencies" and strengthening enforcement of the treaty. [1]',
    "**Start date.** For signatories the 2012 ITRs were to apply provisionally from 1 January 2015. Trade press and Latin American commentators also reported 2015 as the start date. [2]",
    "**Operators.** The United States wanted the treaty to apply only to recognized operating agencies, and opposed the sender-pays idea. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-verb-idioms-29-", NOTES, {
  "glossary.json": GLOSSARY,
});

describe("questions typed in the analyst's verbs and shorthand", () => {
  it("answers admit where the note says acknowledged", async () => {
    expect(await coverageOf("Did Touré admit that TD-64 had leaked?")).not.toBe("none");
  });

  it("still refuses admit where no note tells the act", async () => {
    expect(await coverageOf("Did Touré admit that TD-71 had leaked?")).toBe("none");
  });

  it("reads Latam and Sec-Gen as the names the notes write", async () => {
    expect(
      await coverageOf("when did the Latam commentators expect the new ITRs to start applying?"),
    ).not.toBe("none");
    expect(await coverageOf("what did the Sec-Gen tell the CWG in June 2012?")).not.toBe("none");
  });
});
