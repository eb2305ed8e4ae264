// The coverage window's other sentence (issue #12, the thirty-fourth session's blindmiss34): the
// window the coverage decision judged to state the question is two adjacent sentences, and an
// answer quoting one of them gives the other (`readOnInWindow`, extractive-joined.ts). "which
// outfit hosted the tarn summit, and in what building" quoted the sentence naming the summit and
// its dates, and not the next one, which names the host and the hall but leans on it ("hosted it").
// The built corpus below is answered with the hall with or without the reading (its paragraph is
// read whole as the best passage): it guards the answer, and the unit tests after it the reading.
import { describe, expect, it } from "vitest";
import { type ReadOnContext, readOnInWindow } from "../../src/answer/extractive-joined.ts";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/consultation.md": note("The public list before the Tarn summit", [
    "**The public list.** Organisations including the Harbour Union filed comments to the summit's public list in May 2011. [1] During the summit, attendees wrote to the Chair that these comments had no formal standing. [1] They also complained that the working groups were not webcast. [1]",
  ]),
  "notes/overview.md": note("The Tarn summit on roaming: overview", [
    "**The Tarn summit.** The Tarn Summit on Roaming took place in Lomé from 3 to 14 June 2011. [1] Ostria's Roaming Authority hosted it at the Lomé Congress Hall. [1] Its Director General, Anna Vell, chaired the summit. [1] Issues announced beforehand included roaming tariffs, numbering misuse and fraud. [1]",
    "**Who took part.** Ninety delegations attended the summit, and sixty signed its final text. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-blindmiss34-34-", NOTES);

describe("an answer quoting one sentence of the covering window gives the other", () => {
  it("gives the host and the hall beside the summit's dates", async () => {
    const answer = await app.answerTo(
      "which outfit actually hosted the tarn summit, and in what building",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Lomé Congress Hall");
  });

  // The corpus never says who paid for the summit: refused, as before.
  refusesEach(app, ["who paid for the tarn summit, and how much did it cost"]);
});

// The reading itself, on a passage of four sentences (only the fields it reads are filled): the
// window is sentences 0 and 1, the answer quotes sentence 0; key terms 0 ("dubai") and 1
// ("hosted") are asked, 2 ("roaming") is not.
function passage(keys: number[][]): Sentence[] {
  const texts = [
    "The conference took place in Dubai from 3 to 14 December.",
    "The regulator hosted it at the trade centre.",
    "Its director general chaired the conference.",
    "Issues announced beforehand included roaming.",
  ];
  const view = { order: 0, rank: 0, scored: { passage: { id: "p:1" } }, sentences: [] } as unknown;
  const sentences = texts.map(
    (quote, index) =>
      ({
        view,
        index,
        quote,
        display: quote,
        words: quote.split(" ").length,
        usable: true,
        keys: keys[index] ?? [],
      }) as unknown as Sentence,
  );
  (view as PassageView).sentences = sentences;
  return sentences;
}

function context(picked: Set<Sentence>): ReadOnContext {
  let words = [...picked].reduce((n, s) => n + s.words, 0);
  return {
    picked,
    required: new Set([0]),
    relevance: () => 1,
    redundant: () => false,
    take: (s, limit) => {
      if (picked.has(s) || words + s.words > limit) return false;
      picked.add(s);
      words += s.words;
      return true;
    },
    drop: (s) => {
      if (picked.delete(s)) words -= s.words;
    },
    words: () => words,
    limit: 125,
  };
}

const WINDOW =
  "The conference took place in Dubai from 3 to 14 December. The regulator hosted it at the trade centre.";

describe("readOnInWindow", () => {
  it("gives the window's other sentence when it brings an asked term the answer lacks", () => {
    const s = passage([[0], [1], [], [2]]);
    const picked = new Set([s[0] as Sentence]);
    readOnInWindow(context(picked), "p:1", WINDOW, new Set([0, 1]));
    expect([...picked].map((x) => x.index).sort()).toEqual([0, 1]);
  });

  it("gives nothing when the other sentence brings no asked term, or none of the window is quoted", () => {
    const s = passage([[0], [0, 2], [], [2]]);
    const picked = new Set([s[0] as Sentence]);
    readOnInWindow(context(picked), "p:1", WINDOW, new Set([0, 1]));
    expect(picked.size).toBe(1);
    const t = passage([[0], [1], [], [2]]);
    const other = new Set([t[3] as Sentence]);
    readOnInWindow(context(other), "p:1", WINDOW, new Set([0, 1]));
    expect([...other].map((x) => x.index)).toEqual([3]);
  });
});
