// Two-part questions joined as analysts join them in chat (issue #12, the twenty-eighth session's
// batch in-3136..in-3145, out-1054..out-1055): "…vote - also which delegations…?", "…, plus
// when did…?", "… + what about the European Parliament, what did it…?", "…? also, what did…?".
// Read as one ask, the second ask's party or date was judged on the first ask's window, and the
// question was refused or answered for one half. Each join now parts the asks
// (question-ask-joins.ts, `splitAsks`), so each is judged and answered from the passage that
// answers it (`laterAskUnmet`, `byAsk`, `byEachAsk`); a later ask's name is checked however common
// it is (`distinctTerms` with `names`).
import { describe, expect, it } from "vitest";
import { distinctTerms } from "../../src/answer/asks.ts";
import { laterAskUnmet } from "../../src/answer/each-ask.ts";
import type { Relevance } from "../../src/answer/relevance.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { splitAsks } from "../../src/search/question-asks.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("splitAsks: the joins analysts type", () => {
  it.each([
    [
      "what was the tally on the vote - also which delegations refused to sign?",
      ["what was the tally on the vote", " - also which delegations refused to sign?"],
    ],
    [
      "who coordinated the common proposals, plus when did the Arab group meet in Cairo?",
      ["who coordinated the common proposals", ", plus when did the Arab group meet in Cairo?"],
    ],
    [
      "how many signed the final acts + what about the Parliament, what did it resolve?",
      ["how many signed the final acts", " + what about the Parliament, what did it resolve?"],
    ],
    [
      "who chaired the summit, plus, when did it close?",
      ["who chaired the summit", ", plus, when did it close?"],
    ],
    [
      "what did the chair propose? also, what did the operators say?",
      ["what did the chair propose", "? also, what did the operators say?"],
    ],
  ])("parts %s", (question, pieces) => {
    expect(splitAsks(question)).toEqual(pieces);
  });

  it.each([
    // A dash alone before a question word restates the ask: one ask.
    "what headcount did the group send to the summit - how many delegates in all?",
    // "plus" inside a word, or between two nouns.
    "what was the surplus when the accounts closed?",
    "how many signed, the 89 plus the 55 who waited?",
    // A pointer at a party and the ask made of it are one ask.
    "what about the Russians, what did they want?",
  ])("keeps %s whole", (question) => {
    expect(splitAsks(question)).toEqual([question]);
  });
});

describe("distinctTerms: a later ask's name however common", () => {
  const term = (t: string, weight: number): KeyTerm => ({
    term: t,
    alternatives: [],
    weight,
  });
  const asks = [[term("vote", 3), term("tally", 3)], [term("us", 1.4)]];
  it("drops an ask's own terms weighing little", () => {
    expect(distinctTerms(asks)[1]).toEqual([]);
  });
  it("keeps them where one is a name the ask writes", () => {
    expect(distinctTerms(asks, [new Set(), new Set(["us"])])[1]?.map((k) => k.term)).toEqual([
      "us",
    ]);
  });
});

describe("laterAskUnmet: a later ask's party named, its ask not answered", () => {
  const term = (t: string, weight = 3): KeyTerm => ({ term: t, alternatives: [], weight });
  const TERMS: Record<string, KeyTerm[]> = {
    "how did the Chair gauge the room": [term("chair"), term("gaug"), term("room")],
    "did the Senate get it before or after the Zenda Herald's letter?": [
      term("senat"),
      term("zenda"),
      term("herald"),
      term("letter"),
    ],
    "what signature tally did the Zenda Herald give?": [
      term("signatur"),
      term("zenda"),
      term("herald"),
    ],
  };
  const words = (text: string) =>
    (text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) =>
      w === "signature" ? "signatur" : w === "gauge" ? "gaug" : w === "senate" ? "senat" : w,
    );
  const tools = {
    keyTermsFor: (ask: string) => TERMS[ask] ?? [],
    analyzeText: words,
    readText: words,
  };
  const passageSaying = (text: string) =>
    [{ passage: { id: "p1", sectionPath: ["How it passed"], text } }] as unknown as ScoredPassage[];
  const assessed = { windowPassageId: "p1" } as Relevance;
  const question =
    "how did the Chair gauge the room? separately, what signature tally did the Zenda Herald give?";
  it("is unmet where the passage names the party only", () => {
    const passages = passageSaying(
      "The Chair asked for placards to gauge the room. The Zenda Herald criticised the procedure.",
    );
    expect(laterAskUnmet(question, assessed, passages, tools)).toBe(true);
  });
  it("is met where the passage says what is asked of it", () => {
    const passages = passageSaying(
      "The Chair asked for placards to gauge the room. The Zenda Herald's signature count was 89.",
    );
    expect(laterAskUnmet(question, assessed, passages, tools)).toBe(false);
  });
  it("is met where the ask relates two parties and the passage tells one's step", () => {
    // (The other party's step, the Herald's letter, is another passage's to tell.)
    const passages = passageSaying(
      "The Chair asked for placards to gauge the room. The Senate received the text in September.",
    );
    const relating =
      "how did the Chair gauge the room? separately, did the Senate get it before or after the Zenda Herald's letter?";
    expect(laterAskUnmet(relating, assessed, passages, tools)).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The summit outcome and the signatures", [
    "**The vote that broke consensus.** During the preamble debate, Freedonia requested a vote on the access-rights sentence. The result was 77 in favour, 33 against and 8 abstentions. [1]",
    "**Signature count.** On the last day 89 member states signed the Final Acts. [2]",
  ]),
  "notes/regions.md": note("Regional positions before the summit", [
    "**Africa.** An African regional contribution gave reasons for revision, among them fraud and misuse of numbering. Sherif Guinena of Egypt coordinated the African common proposals. [1]",
    "**Arab States.** The Arab administrations set out preliminary principles, and their regional preparatory meeting followed in Cairo from 28 April to 1 May. [2]",
    "**Parliament.** On 22 November the Parliament of Graustark resolved that no single centralised body should gain regulatory authority over the network. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

// (Filler, so that a name in one passage weighs as it does in the real corpus: `distinctTerms`.)
for (const topic of ["roaming", "numbering", "energy", "accessibility", "taxation", "routing"]) {
  NOTES[`notes/${topic}.md`] = note(`Agenda item: ${topic}`, [
    `**${topic}.** Delegates discussed ${topic} in a working group, and several regulators asked for more transparency on ${topic}. [1]`,
  ]);
}

const app = notesAppContext("wcit-twopart-28-", NOTES);

describe("each ask answered from the passage answering it", () => {
  answersStatingEach(app, [
    [
      "who coordinated the African common proposals, plus when did the Arab States meet in Cairo?",
      "Guinena",
    ],
    [
      "who coordinated the African common proposals, plus when did the Arab States meet in Cairo?",
      "28 April",
    ],
    [
      "how many member states signed the Final Acts + what about the Graustark Parliament, what did it resolve in November?",
      "89",
    ],
    [
      "how many member states signed the Final Acts + what about the Graustark Parliament, what did it resolve in November?",
      "single centralised body",
    ],
  ]);
});

describe("a later ask the notes do not answer", () => {
  refusesEach(app, [
    // The vote's result is stated; no note says how Sylvania voted.
    "what was the tally on Freedonia's preamble vote - also how did Sylvania vote on it?",
    "how many member states signed the final acts + what about Sylvania, how many did it send?",
  ]);
});

describe("questions answered as before", () => {
  answersStatingEach(app, [
    ["who coordinated the African common proposals?", "Guinena"],
    ["how many member states signed the final acts?", "89"],
  ]);
});
