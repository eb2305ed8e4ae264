// A list's answer reads on past the passages the coverage decision read: the next best of the same
// retrieval, with more of them from one document than retrieval's cap of three, so a list whose
// items are a note's fourth and fifth paragraphs gives them.
import { describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import {
  ANSWER_PASSAGES,
  LIST_ANSWER_PASSAGES,
  LIST_PER_DOCUMENT_CAP,
} from "../../src/answer/limits.ts";
import { capPerDocument } from "../../src/search/top-k.ts";
import type { Retrieve, ScoredPassage } from "../../src/types.ts";
import { makeDocument, makePassage, overlapRetrieve } from "./fixtures.ts";

const note = makeDocument({ id: "spam-note", title: "The spam article" });
const objections = [
  "Reporters Without Borders objected that the spam article means looking at content.",
  "The Czech delegation objected that the spam article regulates bulk messaging content.",
  "A public commenter objected that the spam article's definition was unworkable.",
  "Kramer objected that the spam article could lead to control of political speech.",
  "Benton objected that the spam article treats a form of content as telecom.",
];
const others = Array.from({ length: 8 }, (_, i) => {
  const document = makeDocument({ id: `other-${i}`, title: `Other note ${i}` });
  return {
    passage: makePassage(
      document,
      0,
      `Delegates in Dubai discussed the spam article on item ${i}.`,
    ),
    document,
    score: 1,
  };
});
const corpus: ScoredPassage[] = [
  ...objections.map((text, i) => ({
    passage: makePassage(note, i, text),
    document: note,
    score: 1,
  })),
  ...others,
];

/** Overlap retrieval with the per-document cap of real retrieval; records each call. */
function cappedRetrieve() {
  const calls: { k: number; perDocumentCap?: number }[] = [];
  const ranked = overlapRetrieve(corpus);
  const retrieve: Retrieve = async (query, k, options) => {
    calls.push({
      k,
      ...(options?.perDocumentCap ? { perDocumentCap: options.perDocumentCap } : {}),
    });
    const all = await ranked(query, corpus.length);
    return capPerDocument(all, k, (s) => s.document.id, options?.perDocumentCap);
  };
  return { retrieve, calls };
}

describe("a list's further passages", () => {
  it("reads the note's fourth and fifth paragraphs, which retrieval's cap left out", async () => {
    const { retrieve, calls } = cappedRetrieve();
    const engine = createAnswerEngine({ retrieve });
    const answer = await engine.answer("List the objections to the spam article");
    expect(answer.coverage).not.toBe("none");
    expect(calls).toEqual([
      { k: ANSWER_PASSAGES },
      { k: LIST_ANSWER_PASSAGES, perDocumentCap: LIST_PER_DOCUMENT_CAP },
    ]);
    // The first passages stay as retrieval gave them; the further ones follow.
    const first = await retrieve("List the objections to the spam article", ANSWER_PASSAGES);
    expect(answer.passages.slice(0, ANSWER_PASSAGES).map((p) => p.passage.id)).toEqual(
      first.map((p) => p.passage.id),
    );
    expect(answer.passages.length).toBeGreaterThan(ANSWER_PASSAGES);
    expect(first.some((p) => p.passage.text.includes("Kramer"))).toBe(false);
    expect(answer.text).toContain("Kramer objected");
    expect(answer.text).toContain("Benton objected");
  });

  it("is not read for a question asking one thing, nor for one not covered", async () => {
    const one = cappedRetrieve();
    await createAnswerEngine({ retrieve: one.retrieve }).answer(
      "What did Kramer object to in the spam article?",
    );
    expect(one.calls).toEqual([{ k: ANSWER_PASSAGES }]);
    const none = cappedRetrieve();
    const refused = await createAnswerEngine({ retrieve: none.retrieve }).answer(
      "List the objections to the roaming caps",
    );
    expect(refused.coverage).toBe("none");
    expect(none.calls).toEqual([{ k: ANSWER_PASSAGES }]);
  });
});
