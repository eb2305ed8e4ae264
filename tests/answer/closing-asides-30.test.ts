// A paragraph's closing aside giving way (issue #12, the thirtieth session's batch in-3422..in-3431,
// out-1132..out-1133): a best paragraph read whole ends on another subject, naming none of the
// question's required terms (`closingAsides`, extractive-aside.ts); where the answer is at its
// budget, that run gives way, whole, to the next sentence of a quoted paragraph that answers the
// question and goes straight on from a sentence the answer took (`readOnPastAsides`). A run with
// a required term, one leaned on from outside it, or a passage naming nothing asked stays.
import { describe, expect, it } from "vitest";
import { closingAsides, readOnPastAsides } from "../../src/answer/extractive-aside.ts";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { shippedEngine } from "../support/extractive-engine.ts";

/** A paragraph's sentences, as the composer reads them, with the key terms each names. */
function paragraph(
  order: number,
  keys: number[][],
  extra: Partial<Sentence>[] = [],
): [PassageView, Sentence[]] {
  const view = { order, sentences: [] as Sentence[] } as unknown as PassageView;
  view.sentences = keys.map(
    (k, index) =>
      ({
        view,
        index,
        keys: k,
        plainKeys: k,
        usable: true,
        answers: false,
        sides: [],
        words: 10,
        display: `Sentence ${order}.${index}.`,
        terms: new Set([`t${order}${index}`]),
        ...extra[index],
      }) as unknown as Sentence,
  );
  return [view, view.sentences];
}

const REQUIRED = new Set([0]);

describe("closingAsides", () => {
  it("reads the sentences after a passage's last one naming a required term as its aside", () => {
    const [, s] = paragraph(0, [[0], [0], [1], []]);
    expect(closingAsides(new Set(s), REQUIRED)).toEqual([[s[2], s[3]]]);
  });
  it("finds no aside where the last sentence taken names a required term", () => {
    const [, s] = paragraph(0, [[0], [], [0]]);
    expect(closingAsides(new Set(s), REQUIRED)).toEqual([]);
  });
  it("finds no aside in a passage naming nothing asked", () => {
    const [, s] = paragraph(0, [[1], []]);
    expect(closingAsides(new Set(s), REQUIRED)).toEqual([]);
  });
  it("keeps a run naming a side of a comparison, or leaned on from outside it", () => {
    const [, sided] = paragraph(0, [[0], []], [{}, { sides: [1] }]);
    expect(closingAsides(new Set(sided), REQUIRED)).toEqual([]);
    const [, s] = paragraph(1, [[0], [], [0]], [{}, {}, { leansOn: 1 }]);
    // (The last taken names a required term and leans on the middle one: no run after it.)
    expect(closingAsides(new Set(s), REQUIRED)).toEqual([]);
  });
  it('keeps a run leaning on the sentence before it ("He said…" after "Kramer announced…")', () => {
    const [, s] = paragraph(0, [[0], [], []], [{}, { leansOn: 0 }, { leansOn: 1 }]);
    expect(closingAsides(new Set(s), REQUIRED)).toEqual([]);
  });
});

describe("readOnPastAsides", () => {
  /** An answer of `picked` sentences within `limit` words. */
  function answer(picked: Sentence[], limit: number) {
    const set = new Set(picked);
    let words = picked.reduce((sum, s) => sum + s.words, 0);
    return {
      set,
      words: () => words,
      ctx: {
        picked: set,
        required: REQUIRED,
        relevance: (s: Sentence) => s.keys.length,
        redundant: () => false,
        take: (s: Sentence, max: number) => {
          if (set.has(s) || words + s.words > max) return false;
          set.add(s);
          words += s.words;
          return true;
        },
        drop: (s: Sentence) => {
          if (set.delete(s)) words -= s.words;
        },
        words: () => words,
        limit,
      },
    };
  }

  it("gives the aside's room to the next sentence answering the question", () => {
    const [, best] = paragraph(0, [[0], [1], []]);
    const [, other] = paragraph(1, [[0], [0]], [{}, { answers: true }]);
    const a = answer([...best, other[0] as Sentence], 40);
    readOnPastAsides(a.ctx);
    expect([...a.set]).toContain(other[1]);
    expect([...a.set]).not.toContain(best[1]);
    expect([...a.set]).not.toContain(best[2]);
    expect(a.words()).toBe(30);
  });

  it("keeps the aside for a sentence not answering the question or not going on from one taken", () => {
    const [, best] = paragraph(0, [[0], [1]]);
    const [, other] = paragraph(1, [[0], [0], [0]], [{}, {}, { answers: true }]);
    const a = answer([...best, other[0] as Sentence], 30);
    readOnPastAsides(a.ctx);
    expect([...a.set]).toEqual([...best, other[0]]);
  });

  it("takes the sentence without dropping anything where it fits", () => {
    const [, best] = paragraph(0, [[0], [1]]);
    const [, other] = paragraph(1, [[0], [0]], [{}, { answers: true }]);
    const a = answer([...best, other[0] as Sentence], 40);
    readOnPastAsides(a.ctx);
    expect([...a.set]).toEqual([...best, other[0], other[1]]);
  });
});

// On the shipped corpus: the human-rights note's "Specific textual concerns" paragraph leads and
// is read whole; it ends on Access's verdict on the final text, which names nothing asked, and
// the security note's next sentence, UNESCO's reason, takes its place.
describe("a closing aside at the budget, on the shipped corpus", () => {
  const shipped = shippedEngine("wcit-closing-asides-30-");

  it("gives UNESCO's reason in place of Access's verdict", async () => {
    const answer = await shipped.answerTo(
      "why did UNESCO object to the 'information of a sensitive nature' test in the draft security text?",
    );
    expect(answer.text).toContain("no basis in international standards");
    expect(answer.text).not.toContain("Access described the final text as mixed");
  });

  it("keeps the reasons carrying on the sentence they lean on", async () => {
    const answer = await shipped.answerTo(
      "what did Kramer give as the reasons the US would not sign on 13 December?",
    );
    expect(answer.text).toContain("He named spam, cybersecurity and Internet governance");
  });

  it("keeps an answer whose best paragraph ends on what is asked", async () => {
    const answer = await shipped.answerTo("After Dubai, how did Access describe the final text?");
    expect(answer.text).toContain("Access described the final text as mixed");
    expect(answer.text).toContain("vague provisions");
  });
});
