// A list asked by a kind noun of the asker's own ("which outfits did it name?"), where the notes
// never use the word and name only organisations of the kind (issue #12, the thirty-third
// session's batch in-3778..in-3787, out-1234..out-1235): a point naming one of the kind names what
// is asked where nothing else does (`namesKindWhereNothingElse`, extractive-passages.ts), so a
// follow-up whose own words are only the kind noun is answered with the names; where the
// question's own words name points, the kind's names bring in nothing.
import { describe, expect, it } from "vitest";
import { namesKindWhereNothingElse } from "../../src/answer/extractive-passages.ts";
import type { AnswerShape } from "../../src/answer/extractive-shape.ts";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { ORGANISATION } from "../../src/answer/name-kinds.ts";
import type { KeyTerm } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const CHARTER = briefingNote("The harbour charter and its backers", [
  "**The Norland text.** Norland's text said the harbour code had grown up under the Harbour Pilots Union, the Coastal Trade Council and the Tarn Maritime Institute, outside the charter. [1]",
  "**Translations.** Partner groups translated the charter into three languages before the vote. [2]",
  "**The vote.** The charter passed on 4 May after a long debate on quotas. [1]",
]);

const ingested = notesEngine("wcit-kinds33-33-", {
  "notes/charter.md": CHARTER,
  "notes/other.md": UNRELATED_AGENDA_NOTE,
});

const TEXT_THREAD = [
  {
    question: "what did norland's text say about where the harbour code grew up?",
    answer: "Norland's text said the harbour code had grown up outside the charter. [1]",
  },
];

describe("a list asked by the asker's kind noun", () => {
  it("is answered with the names of the kind in a follow-up naming nothing else", async () => {
    const answer = await ingested.engine.answer(
      "which outfits did it name? need them for a footnote",
      {
        history: TEXT_THREAD,
      },
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Harbour Pilots Union");
  });
});

/** A passage view holding only what the reading looks at: each sentence's text and `namesAsked`. */
function viewOf(...sentences: [display: string, namesAsked: boolean][]): PassageView {
  return {
    sentences: sentences.map(([display, namesAsked]) => ({ display, namesAsked }) as Sentence),
  } as PassageView;
}

const OUTFIT: KeyTerm = { term: "outfit", alternatives: [], weight: 3, kind: ORGANISATION };
const PILOTS = "The text named the Harbour Pilots Union and the Coastal Trade Council.";
const VOTE = "The charter passed on 4 May after a long debate on quotas.";
const LIST = { list: {} } as AnswerShape;

describe("reading the asker's kind noun where nothing else names what is asked", () => {
  it("takes a sentence naming one of the kind as naming what is asked", () => {
    const view = viewOf([PILOTS, false], [VOTE, false]);
    namesKindWhereNothingElse([view], [OUTFIT], new Set([0]), LIST, analyze);
    expect(view.sentences.map((s) => s.namesAsked)).toEqual([true, false]);
  });

  it("reads nothing where a sentence names the question's own words", () => {
    const view = viewOf([PILOTS, false], [VOTE, true]);
    namesKindWhereNothingElse([view], [OUTFIT], new Set([0]), LIST, analyze);
    expect(view.sentences.map((s) => s.namesAsked)).toEqual([false, true]);
  });

  it("reads nothing for an answer that is no list, or a kind noun read from the thread", () => {
    const plain = viewOf([PILOTS, false]);
    namesKindWhereNothingElse([plain], [OUTFIT], new Set([0]), {} as AnswerShape, analyze);
    expect(plain.sentences[0]?.namesAsked).toBe(false);
    const thread = viewOf([PILOTS, false]);
    namesKindWhereNothingElse([thread], [OUTFIT], new Set(), LIST, analyze);
    expect(thread.sentences[0]?.namesAsked).toBe(false);
  });

  it("does not count the names the question gives", () => {
    const view = viewOf([PILOTS, false]);
    const given: KeyTerm[] = [
      OUTFIT,
      { term: "harbour", alternatives: [], weight: 2 },
      { term: "pilot", alternatives: [], weight: 2 },
      { term: "union", alternatives: [], weight: 2 },
      { term: "coastal", alternatives: [], weight: 2 },
      { term: "trade", alternatives: [], weight: 2 },
      { term: "council", alternatives: [], weight: 2 },
    ];
    namesKindWhereNothingElse([view], given, new Set([0]), LIST, analyze);
    expect(view.sentences[0]?.namesAsked).toBe(false);
  });
});
