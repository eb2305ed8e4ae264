// A quoted paragraph goes on to its next sentence carrying the answer asked (issue #12, the
// thirty-sixth session's quote36, `readOnFromQuotedSentences` in `extractive-joined.ts`): where the
// answer took a further passage's sentence and the room is spent, the sentence after it (or leaning
// on it) that carries the kind of answer asked takes the place of less relevant sentences, lower
// passages' first, then background, none of them carrying its own paragraph on so. The unit tests
// drive it over hand-made sentences; the built corpus guards an answer and a refusal.
import { describe, expect, it } from "vitest";
import { readOnFromQuotedSentences } from "../../src/answer/extractive-joined.ts";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

interface Made {
  words: number;
  keys?: number[];
  carries?: boolean;
  leansOn?: number;
  relevance: number;
}

/** A passage of hand-made sentences, with only the fields the reading looks at. */
function passage(order: number, made: readonly Made[]): Sentence[] {
  const view = { order, sentences: [] as Sentence[], headingKeys: [] } as unknown as PassageView;
  view.sentences = made.map(
    (m, index) =>
      ({
        view,
        index,
        display: `Sentence ${order}.${index}.`,
        quote: `Sentence ${order}.${index}.`,
        words: m.words,
        keys: m.keys ?? [],
        plainKeys: m.keys ?? [],
        contextKeys: [],
        carries: m.carries ?? false,
        usable: true,
        meta: false,
        leansOn: m.leansOn,
        relevance: m.relevance,
      }) as unknown as Sentence,
  );
  return view.sentences;
}

/** An answer holding `taken` within `limit` words, read on by `readOnFromQuotedSentences`. */
function readOn(taken: readonly Sentence[], limit: number): Set<Sentence> {
  const picked = new Set(taken);
  let words = taken.reduce((sum, s) => sum + s.words, 0);
  const relevance = (s: Sentence) => (s as unknown as Made).relevance;
  readOnFromQuotedSentences(
    {
      picked,
      required: new Set([0]),
      relevance,
      redundant: () => false,
      take: (s, max) => {
        const chain = [s].filter((c) => !picked.has(c));
        const cost = chain.reduce((sum, c) => sum + c.words, 0);
        if (words + cost > max) return false;
        for (const c of chain) picked.add(c);
        words += cost;
        return true;
      },
      drop: (s) => {
        if (picked.delete(s)) words -= s.words;
      },
      words: () => words,
      limit,
      // Every taken sentence naming no key term is background here.
      background: () => [...picked].filter((p) => p.keys.length === 0),
    },
    (s) => s.carries,
  );
  return picked;
}

describe("readOnFromQuotedSentences", () => {
  // The best passage: a sentence naming the question's term, then background.
  const best = passage(0, [
    { words: 20, keys: [0], relevance: 0.5 },
    { words: 20, relevance: 0 },
  ]);
  // A further passage: a sentence taken, then the one carrying it on with the answer asked.
  const further = passage(1, [
    { words: 10, keys: [0], relevance: 0.4 },
    { words: 15, carries: true, leansOn: 0, relevance: 0.1 },
  ]);
  const [lead, background] = best as [Sentence, Sentence];
  const [taken, next] = further as [Sentence, Sentence];

  it("takes the next sentence where it fits", () => {
    const picked = readOn([lead, background, taken], 80);
    expect(picked.has(next)).toBe(true);
    expect(picked.has(background)).toBe(true);
  });

  it("gives it the place of background less relevant than it, once the room is spent", () => {
    const picked = readOn([lead, background, taken], 50);
    expect(picked.has(next)).toBe(true);
    expect(picked.has(background)).toBe(false);
    expect(picked.has(lead)).toBe(true);
  });

  it("leaves a sentence carrying no answer, or following nothing taken, out", () => {
    const plain = passage(1, [
      { words: 10, keys: [0], relevance: 0.4 },
      { words: 15, relevance: 0.1 },
    ]);
    const picked = readOn([lead, background, plain[0] as Sentence], 50);
    expect(picked.has(plain[1] as Sentence)).toBe(false);
    expect(picked.has(background)).toBe(true);
    // The paragraph's second sentence untaken: its third follows nothing the answer holds.
    const apart = passage(1, [
      { words: 10, keys: [0], relevance: 0.4 },
      { words: 8, relevance: 0 },
      { words: 15, carries: true, relevance: 0.1 },
    ]);
    expect(readOn([lead, background, apart[0] as Sentence], 50).has(apart[2] as Sentence)).toBe(
      false,
    );
  });

  it("does not put it in place of a sentence carrying its own paragraph on so", () => {
    const carried = passage(0, [
      { words: 20, keys: [0], relevance: 0.5 },
      { words: 20, carries: true, leansOn: 0, relevance: 0 },
    ]);
    const picked = readOn([carried[0] as Sentence, carried[1] as Sentence, taken], 50);
    expect(picked.has(next)).toBe(false);
    expect(picked.has(carried[1] as Sentence)).toBe(true);
  });

  it("does not put it in place of a sentence as relevant as it", () => {
    const aside = passage(0, [
      { words: 20, keys: [0], relevance: 0.5 },
      { words: 20, relevance: 0.1 },
    ]);
    const picked = readOn([aside[0] as Sentence, aside[1] as Sentence, taken], 50);
    expect(picked.has(next)).toBe(false);
    expect(picked.has(aside[1] as Sentence)).toBe(true);
  });
});

const NOTES: Record<string, string> = {
  "notes/article-9.md": note("Junk messaging in the Lisbon code (Article 9)", [
    '**What was adopted.** Article 9 of the Lisbon code is headed "Unwanted mass messaging", avoiding the word junk. [1] The duty is soft: "should", not "must". [1] No definition of junk messaging was added. [2]',
    "**Critics.** Press freedom groups argued that states cannot filter junk messaging without reading it first. [2] A regional delegation said junk messaging is always about content. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-quote36-36-", NOTES);

// The two short notes fit the room whole: the answer is the same with or without the reading, and
// the built corpus guards it and a refusal.
describe("an answer built over the notes", () => {
  it("gives the article's heading and the strength of its duty", async () => {
    const answer = await app.answerTo("is the junk messaging article binding on states");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Unwanted mass messaging");
    expect(answer.text).toContain('"should", not "must"');
  });

  // The notes never say who drafted Article 9: refused, as before.
  refusesEach(app, ["who drafted article 9 of the lisbon code, and in which year"]);
});
