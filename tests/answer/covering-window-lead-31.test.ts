// The covering window keeps its lead (issue #12, the thirty-first session's batch in-3538..in-3547,
// out-1172..out-1173): the passage whose window the coverage decision found covering the question
// leads the answer when it names every term the question requires and the passage the composer
// put first does not (`leadWithCoveringWindow`, extractive-window-lead.ts), where a leading move
// took the lead from the window's passage, valued best, for a passage valued far below it. A lead
// naming every required term, valued close to the window's passage or first by value, a window
// missing a required term, or no window leaves the order as it was.
import { describe, expect, it } from "vitest";
import type { PassageView, Sentence } from "../../src/answer/extractive-view.ts";
import { leadWithCoveringWindow } from "../../src/answer/extractive-window-lead.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

/**
 * A passage `id` valued `value`, with one sentence per entry of `keys` and the key terms its
 * headings name.
 */
function passage(
  id: string,
  value: number,
  keys: number[][],
  headingKeys: number[] = [],
  usable = true,
) {
  const view = {
    scored: { passage: { id } },
    value,
    headingKeys,
    sentences: [] as Sentence[],
  } as unknown as PassageView;
  view.sentences = keys.map(
    (k, index) => ({ view, index, keys: k, usable }) as unknown as Sentence,
  );
  return view;
}

const ids = (ranked: PassageView[]) => ranked.map((v) => v.scored.passage.id);

describe("leadWithCoveringWindow", () => {
  it("gives the window's passage back the lead a move took for a passage missing a required term", () => {
    const lead = passage("us:5", 0.8, [[1], [0, 1]], [1]);
    const window = passage("outcome:4", 1.15, [[1, 2, 3], [0]], [1]);
    const ranked = [lead, window, passage("other:1", 0.9, [[2]])];
    leadWithCoveringWindow(ranked, "outcome:4", new Set([0, 2, 3]), "outcome:4");
    expect(ids(ranked)).toEqual(["outcome:4", "us:5", "other:1"]);
  });

  it("counts the window passage's headings among what it names", () => {
    const ranked = [passage("a:1", 0.5, [[0]]), passage("b:2", 1, [[0]], [2])];
    leadWithCoveringWindow(ranked, "b:2", new Set([0, 2]), "b:2");
    expect(ids(ranked)).toEqual(["b:2", "a:1"]);
  });

  it("keeps a lead valued above the window's passage or close to it", () => {
    for (const value of [0.8, 1.2]) {
      const ranked = [passage("a:1", value, [[0]]), passage("b:2", 1, [[0, 2]])];
      leadWithCoveringWindow(ranked, "b:2", new Set([0, 2]), "b:2");
      expect(ids(ranked)).toEqual(["a:1", "b:2"]);
    }
  });

  it("keeps a lead the window's passage never had: valued first by itself", () => {
    const ranked = [passage("a:1", 0.5, [[0]]), passage("b:2", 1, [[0, 2]])];
    leadWithCoveringWindow(ranked, "b:2", new Set([0, 2]), "a:1");
    expect(ids(ranked)).toEqual(["a:1", "b:2"]);
  });

  it("keeps a lead whose heading names a key term the window's headings do not", () => {
    const ranked = [passage("arab:4", 0.5, [[1]], [0]), passage("groups:3", 1, [[0, 2]])];
    leadWithCoveringWindow(ranked, "groups:3", new Set([0, 2]), "groups:3");
    expect(ids(ranked)).toEqual(["arab:4", "groups:3"]);
  });

  it("keeps a lead that names every required term", () => {
    const ranked = [passage("a:1", 0.5, [[0], [2]]), passage("b:2", 1, [[0, 2]])];
    leadWithCoveringWindow(ranked, "b:2", new Set([0, 2]), "b:2");
    expect(ids(ranked)).toEqual(["a:1", "b:2"]);
  });

  it("keeps the order when the window's passage misses a required term too", () => {
    const ranked = [passage("a:1", 0.5, [[0]]), passage("b:2", 1, [[2]])];
    leadWithCoveringWindow(ranked, "b:2", new Set([0, 2, 3]), "b:2");
    expect(ids(ranked)).toEqual(["a:1", "b:2"]);
  });

  it("reads no unusable sentence (a heading, a note on the corpus) as naming a term", () => {
    const ranked = [passage("a:1", 0.5, [[0]]), passage("b:2", 1, [[0, 2]], [], false)];
    leadWithCoveringWindow(ranked, "b:2", new Set([0, 2]), "b:2");
    expect(ids(ranked)).toEqual(["a:1", "b:2"]);
  });

  it("does nothing without a window, with no required term, or with the window first", () => {
    const make = () => [passage("a:1", 0.5, [[0]]), passage("b:2", 1, [[0, 2]])];
    for (const [window, required] of [
      [undefined, new Set([0, 2])],
      ["b:2", new Set<number>()],
      ["a:1", new Set([0, 2])],
      ["gone:9", new Set([0, 2])],
    ] as const) {
      const ranked = make();
      leadWithCoveringWindow(ranked, window, required, window);
      expect(ids(ranked)).toEqual(["a:1", "b:2"]);
    }
  });
});

const NOTES: Record<string, string> = {
  "notes/delegation.md": note("The Northland delegation at the conference", [
    "**Refusal to sign.** On the evening of 13 March 2031 the Northland envoy announced that Northland could not sign the revised rules in their current form. He said the rules should stay high-level and should not reach content. He named spam and security as the dividing issues. Delegations including the UK, Syldavia, Carpania and Ostrava then either declared they would not sign or reserved their position. The UK delegate said the UK would not sign a text reaching content. [1]",
  ]),
  "notes/outcome.md": note("The conference outcome: what the rules contain and who signed", [
    "**Signature count.** On 14 March 2031, the last day, 80 Member States signed the Final Acts. According to the secretariat, 130 delegations were present and accredited to sign, so 50 did not sign on the spot. News reports said the 50 included countries that firmly refused (Northland, the UK and others) and countries still consulting their capitals (for example Carpania at that stage). [1]",
    "**Key provisions.** The preamble adds a commitment on human rights. A new article asks Member States to endeavour to ensure network robustness. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-covering-window-31-", NOTES);

describe("an answer led by the covering window", () => {
  it("keeps an answer the window's passage already leads", async () => {
    const answer = await app.answerTo("did the UK sign the Final Acts or not?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("firmly refused");
    expect(answer.text).not.toContain("reserved their position");
  });

  it("still refuses what neither passage tells", async () => {
    expect(await app.coverageOf("on what date did the UK ratify the Final Acts later?")).toBe(
      "none",
    );
  });
});
