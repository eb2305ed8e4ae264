// A further passage's answering sentence (issue #12, the thirtieth session's batch
// in-3448..in-3457, out-1142..out-1143): in the room an answer has left, a passage among the
// first five retrieved, valued at least half the best, gives its sentence carrying the answer
// asked and naming every required term (two or more), though it names no question word the
// answer lacks or retrieval scored its passage low (`takeAnsweringSentences`,
// extractive-answering.ts). Lists, comparisons and yes-no answers, lower passages, sentences not
// answering, redundant ones and those past the budget stay out.
import { describe, expect, it } from "vitest";
import { takeAnsweringSentences } from "../../src/answer/extractive-answering.ts";
import type { AnswerShape } from "../../src/answer/extractive-shape.ts";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { shippedEngine } from "../support/extractive-engine.ts";

/** A passage at retrieval rank `rank`, valued `value`, with one sentence per entry of `keys`. */
function passage(
  rank: number,
  value: number,
  keys: number[][],
  extra: Partial<Sentence>[] = [],
): PassageView {
  const view = { rank, value, order: rank, sentences: [] as Sentence[] } as unknown as PassageView;
  view.sentences = keys.map(
    (k, index) =>
      ({
        view,
        index,
        keys: k,
        contextKeys: [],
        usable: true,
        answers: false,
        carries: false,
        sides: [],
        words: 10,
        display: `Sentence ${rank}.${index}.`,
        terms: new Set([`t${rank}${index}`]),
        ...extra[index],
      }) as unknown as Sentence,
  );
  return view;
}

const REASON = { expected: "reason", sides: [] } as unknown as AnswerShape;
const ANSWERING = { answers: true, carries: true };

/** Runs the reading on `ranked` with the best passage's sentences taken, within `limit` words. */
function read(ranked: PassageView[], shape: AnswerShape = REASON, limit = 125) {
  const picked = new Set<Sentence>(ranked[0]?.sentences ?? []);
  let words = [...picked].reduce((sum, s) => sum + s.words, 0);
  takeAnsweringSentences({
    ranked,
    shape,
    picked,
    required: new Set([0, 1]),
    relevance: (s) => s.keys.length / 3,
    redundant: (s) => s.display.includes("same"),
    take: (s) => {
      if (picked.has(s) || words + s.words > limit) return false;
      picked.add(s);
      words += s.words;
      return true;
    },
  });
  return picked;
}

describe("takeAnsweringSentences", () => {
  it("takes a further passage's answering sentence naming no new question word", () => {
    const best = passage(0, 1, [[0, 1, 2]]);
    const further = passage(1, 0.7, [[2], [0, 1]], [{}, ANSWERING]);
    const picked = read([best, further]);
    expect(picked.has(further.sentences[1] as Sentence)).toBe(true);
    expect(picked.has(further.sentences[0] as Sentence)).toBe(false);
  });

  it("leaves a sentence that does not answer, or names too few required terms", () => {
    const best = passage(0, 1, [[0, 1, 2]]);
    const further = passage(2, 0.7, [[0, 1], [0]], [{ carries: true }, ANSWERING]);
    expect([...read([best, further])]).toEqual(best.sentences);
  });

  it("reads only the first five passages retrieved, valued at least half the best", () => {
    const best = passage(0, 1, [[0, 1, 2]]);
    const low = passage(1, 0.4, [[0, 1]], [ANSWERING]);
    const late = passage(5, 0.9, [[0, 1]], [ANSWERING]);
    expect([...read([best, low, late])]).toEqual(best.sentences);
  });

  it("keeps to the budget and leaves out what the answer says already", () => {
    const best = passage(0, 1, [[0, 1, 2]]);
    const further = passage(1, 0.9, [[0, 1]], [ANSWERING]);
    expect([...read([best, further], REASON, 15)]).toEqual(best.sentences);
    const same = passage(1, 0.9, [[0, 1]], [{ ...ANSWERING, display: "the same point." }]);
    expect([...read([best, same])]).toEqual(best.sentences);
  });

  it("leaves lists, comparisons, yes-no answers and counts to their own readings", () => {
    const best = passage(0, 1, [[0, 1, 2]]);
    const further = passage(1, 0.9, [[0, 1]], [ANSWERING]);
    for (const shape of [
      { expected: "description", sides: [], list: {} },
      { expected: "both-sides", sides: [[0], [1]] },
      { expected: "yes-no", sides: [] },
      { expected: "number", sides: [] },
    ]) {
      expect([...read([best, further], shape as unknown as AnswerShape)]).toEqual(best.sentences);
    }
  });
});

// On the shipped corpus, answers that must hold: Genachowski's verdict on the outcome (asked by
// name, its paragraph leads) and the spam article's heading.
describe("answers that stay, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-answering-further-30-");

  it("gives the FCC chairman's own verdict on the outcome", async () => {
    const answer = await shipped.answerTo(
      "why was Genachowski at the FCC unhappy with what came out of Dubai?",
    );
    expect(answer.text).toContain("new layer of international Internet regulation");
  });

  it("still answers the spam article's name with its heading", async () => {
    const answer = await shipped.answerTo("What was the spam article finally called?");
    expect(answer.text).toContain("Unsolicited bulk electronic communications");
  });
});
