// A paragraph tells an act in its opening and names, in a later sentence leaning back on it, who
// did it or did not (issue #12, the thirtieth session's batch in-3386..in-3395, out-1120..out-1121):
// "Did Australia sign the Final Acts?" meets "89 Member States signed the Final Acts" in the
// opening and "the 55 included countries that firmly refused (the US, UK, Canada, Australia…)"
// three sentences later, and no window of two sentences holds both. For a yes/no question such a
// window now reads the opening's words of the act (`openingActCarried`, set-member-act.ts), and
// `assessRelevance` (relevance.ts) takes that reading only where it covers the question.
import { describe, expect, it } from "vitest";
import { openingActCarried } from "../../src/answer/set-member-act.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const key = (term: string, verb = false): KeyTerm =>
  ({ term, alternatives: [], weight: 3, verb }) as KeyTerm;

/** The opening signs the protocol; the fifth sentence names members of "the 19". */
const PASSAGE = {
  spans: [
    { text: "Signing day." },
    { text: "On 9 March 2019, the closing day, 41 delegations signed the Harbour Protocol." },
    { text: "Some 60 delegations were accredited, so 19 did not sign there." },
    { text: "Observers counted 41 of 70 delegations attending." },
    { text: "Press reports said the 19 included Norway, Chile and others." },
  ],
  sentences: [
    ["sign", "day"],
    ["9", "march", "2019", "close", "day", "41", "deleg", "sign", "harbour", "protocol"],
    ["60", "deleg", "accredit", "19", "sign"],
    ["observ", "count", "41", "70", "deleg", "attend"],
    ["press", "report", "19", "includ", "norwai", "chile"],
  ],
};

describe("openingActCarried", () => {
  const demands = (question: string, checksVerb = true) => ({
    question,
    checksVerb,
    keyTerms: [key("norwai"), key("sign", true), key("harbour"), key("protocol")],
  });

  it("lends the opening's act and object to a later sentence naming the asked party", () => {
    const carried = openingActCarried(demands("Did Norway sign the Harbour Protocol?"), PASSAGE, 3);
    expect([...(carried ?? [])].sort()).toEqual(["harbour", "protocol", "sign"]);
  });

  it("lends nothing to a question that is no yes/no, or to a window overlapping the opening", () => {
    const question = "Did Norway sign the Harbour Protocol?";
    expect(openingActCarried(demands(question, false), PASSAGE, 3)).toBeUndefined();
    expect(openingActCarried(demands(question), PASSAGE, 1)).toBeUndefined();
  });

  it("lends nothing where the party's sentence does not lean back on the paragraph", () => {
    const plain = {
      ...PASSAGE,
      spans: [...PASSAGE.spans.slice(0, 4), { text: "Norway hosted a reception." }],
      sentences: [...PASSAGE.sentences.slice(0, 4), ["norwai", "host", "recept"]],
    };
    expect(openingActCarried(demands("Did Norway sign the Harbour Protocol?"), plain, 3)).toBe(
      undefined,
    );
  });

  it("lends nothing where the later sentence does not name the asked party", () => {
    expect(
      openingActCarried(demands("Did Peru sign the Harbour Protocol?"), PASSAGE, 3),
    ).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/signing.md": note("The closing session and who signed", [
    "**Signing day.** On 9 March 2019, the closing day, 41 delegations signed the Harbour Protocol. According to the secretariat, 60 delegations were present and duly accredited to sign, so 19 did not sign there. Observers counted 41 of 70 delegations attending the closing plenary, which ran late into the evening after a long week of drafting in the committee rooms. Press reports said the 19 included countries that refused outright (Norway, Chile and others) and countries still checking with their capitals (such as Kenya and Ghana at that stage). [1]",
    "**Tariff chapter.** Peru proposed the tariff chapter, which drew the most comment from delegates over the two weeks of the meeting. Its roaming clause was softened on the last night, after small operators and consumer groups asked for transparent retail prices and a cap on wholesale rates between neighbouring countries. The final wording asks members to encourage cooperation on prices rather than set them, and it leaves the choice of measures to each national regulator, which several delegations had insisted on from the start. [2]",
  ]),
  "notes/text.md": note("What the Harbour Protocol contains", [
    "**Structure.** The Harbour Protocol has a preamble, ten articles and two annexes. Delegations that signed it may still file reservations. [1]",
    "**Later signatures.** The secretariat said the Harbour Protocol stays open for signature, and several delegations said they would sign it after consulting at home. [2]",
    "**Scope.** The Harbour Protocol covers roaming, numbering and tariffs, and its signatories agreed to review it in 2024. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const asks = notesAppContext("wcit-set-member-act-30-", NOTES);

describe("a party named in a later sentence of the signing paragraph", () => {
  answersStatingEach(asks, [
    // (The answer shows the party's sentence, not only "41 delegations signed the Harbour Protocol".)
    ["Did Norway sign the Harbour Protocol?", "refused outright (Norway, Chile"],
    ["Did Kenya sign the Harbour Protocol?", "still checking with their capitals"],
  ]);
  // (A party the signing paragraph does not name, and an act that paragraph does not tell of a
  // party it names.)
  refusesEach(asks, ["Did Peru sign the Harbour Protocol?", "Did Ghana sign the roaming clause?"]);
});
