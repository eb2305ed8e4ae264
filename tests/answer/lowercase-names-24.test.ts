// Names typed in lower case (issue #12, the twenty-fourth session's batch in-2654..in-2663,
// out-916..out-917): a run of lower-case words that is a name of the glossary ("saudi arabia",
// "new zealand"), a name of the corpus whose words the corpus and English write as a name
// ("costa rica"), or an abbreviation written with dots ("h. res. 45") is read as that name, and
// "us" beside a place in a list ("us, uk", "russia vs us") as the United States; names whose
// words English writes plain ("best bits"), and the pronoun, stay as typed.
import { describe, expect, it } from "vitest";
import { type KnownName, withCorpusCapitals } from "../../src/search/corpus-capitals.ts";
import { buildVocabulary } from "../../src/search/corpus-vocabulary.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach } from "../support/coverage-cases.ts";
import { shippedGlossary, starterEngine } from "../support/extractive-engine.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withCorpusCapitals: names of several words typed in lower case", () => {
  const vocabulary = buildVocabulary([
    "Delegations including Costa Rica and Poland reserved their position. Saudi Arabia agreed.",
    "The resolution, H. Res. 45, passed the House. Best Bits wrote to the Council Working Group.",
    "The US delegation refused to sign. Kramer said so, and Russia proposed national control.",
    "Ahead of the July 2012 ITU Council, Indonesia urged a global legal platform.",
    "CDT's title was ITU Cybersecurity Proposals. Critics said cybersecurity was a poor fit.",
  ]);
  const glossary: KnownName[] = [
    { written: "Saudi Arabia", place: true },
    { written: "Riyadh", place: true },
    { written: "New Zealand", place: true },
    { written: "UK", place: true },
    { written: "Russia", place: true },
    { written: "US", place: true },
    { written: "Council Working Group", place: false },
  ];
  const capitals = (question: string) => withCorpusCapitals(question, () => vocabulary, glossary);

  it("reads a glossary name, a corpus name and a dotted abbreviation whole", () => {
    expect(capitals("was it saudi arabia that asked for the vote")).toBe(
      "was it Saudi Arabia that asked for the vote",
    );
    expect(capitals("did new zealand and costa rica sign")).toBe(
      "did New Zealand and Costa Rica sign",
    );
    expect(capitals("what was h. res. 45 asking for")).toBe("what was H. Res. 45 asking for");
    expect(capitals("was the meeting held in riyadh")).toBe("was the meeting held in Riyadh");
    expect(capitals("what did the council working group decide")).toBe(
      "what did the Council Working Group decide",
    );
  });

  it("leaves names of plain words, sentence openers and a title's plain words as typed", () => {
    // "best bits": English writes both words plain; "ahead of the july…": "Ahead" only opens a
    // sentence; "itu cybersecurity": the corpus writes "cybersecurity" plain.
    expect(capitals("what did best bits say")).toBe("what did best bits say");
    expect(capitals("what came ahead of the july council")).toBe(
      "what came ahead of the July council",
    );
    expect(capitals("what were the itu cybersecurity proposals")).toBe(
      "what were the ITU cybersecurity proposals",
    );
    // A name typed with a capital is left to the rest of the reading.
    expect(capitals("was it Saudi arabia")).toBe("was it Saudi arabia");
  });

  it("reads 'us' as the United States in a list of places, and as the pronoun elsewhere", () => {
    expect(capitals("the countries that walked out (us, uk etc)")).toBe(
      "the countries that walked out (US, UK etc)",
    );
    expect(capitals("russia vs us on names and numbers")).toBe("Russia vs US on names and numbers");
    expect(capitals("did the us sign")).toBe("did the US sign");
    expect(capitals("can you tell us what kramer said")).toBe("can you tell us what Kramer said");
    expect(capitals("can you tell us and russia apart")).toBe("can you tell us and Russia apart");
    expect(capitals("give us a list of what russia asked")).toBe(
      "give us a list of what Russia asked",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/vote.md": note("The vote on the access sentence", [
    "**The vote.** During the preamble debate, Ruritania requested a vote on the access sentence. The result was 70 in favour and 30 against. [1]",
    "**The wording.** Chile suggested the more precise word selectivity for the gear article. [2]",
  ]),
  "notes/observers.md": note("Observers at the conference", [
    "**Observers.** Costa Rica and Poland sent observers to the talks in Lima. [1]",
  ]),
  "notes/congress.md": note("Congress on the conference", [
    "**Congressional backing.** H. Res. 45, introduced on 30 May 2012, stated the sense of Congress that the network should stay free from government control. The House approved it unanimously. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-lowercase-names-24-", NOTES);

describe("lower-case questions naming states and documents", () => {
  it("reads a two-word state typed in lower case as typed with capitals", async () => {
    for (const typed of [
      "Was it Costa Rica that came up with the more precise word selectivity for the gear article?",
      "Did Costa Rica send observers to the talks in Lima?",
      "Which delegations sent observers besides Costa Rica?",
    ]) {
      const lower = typed.toLowerCase().replace(/\?$/, "");
      expect(await coverageOf(lower), lower).toBe(await coverageOf(typed));
    }
  });

  it("reads a resolution's dotted abbreviation whole, not as three sentences", async () => {
    const answer = await answerTo("plain english please: what was h. res. 45 asking for");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("free from government control");
  });

  it("still refuses a lower-case question the notes do not answer", async () => {
    expect(await coverageOf("when did costa rica sign the treaty after the vote")).toBe("none");
  });
});

describe("a timeline's dated sentence given for the event it names (the starter notes)", () => {
  const starter = starterEngine("wcit-lowercase-timeline-24-", shippedGlossary());
  // "The 2010 Plenipotentiary in Guadalajara then adopted Resolution 171." is Guadalajara's point,
  // though "It made the CWG the official preparatory process…", leaning on it, names the Council
  // Working Group, which the question now names as written.
  answersStatingEach(starter, [
    [
      "prep timeline before dubai, one line each: antalya, the council working group, guadalajara, the july 2012 council",
      "in Guadalajara then adopted Resolution 171",
    ],
    [
      "prep timeline before Dubai, one line each: Antalya, the Council working group, Guadalajara, the July 2012 Council",
      "in Guadalajara then adopted Resolution 171",
    ],
  ]);
});
