// The question words and auxiliaries the ask readers share (`QUESTION_WORD`, `AUXILIARY`,
// question-words.ts, health33): the same words as each reader wrote out before, and the readings
// built on them unchanged, "am" read by `splitAsks` only.
import { describe, expect, it } from "vitest";
import { gappedAsks } from "../../src/answer/gapped-asks.ts";
import { splitAsks } from "../../src/search/question-asks.ts";
import { ASKING_OPENING, ASKING_WORD } from "../../src/search/question-lead-ins.ts";
import { ASKING_LEAD } from "../../src/search/question-leads.ts";
import { AUXILIARY, QUESTION_WORD } from "../../src/search/question-words.ts";

const whole = (source: string) => new RegExp(`^${source}$`, "i");

describe("the shared question words and auxiliaries", () => {
  it("holds the nine question words and the fifteen auxiliaries, not 'am'", () => {
    const asking = ["what", "which", "who", "whom", "whose", "where", "why", "how", "when"];
    for (const word of asking) expect(whole(QUESTION_WORD).test(word)).toBe(true);
    const auxiliaries = ["did", "does", "do", "is", "are", "was", "were", "has", "have", "had"];
    const modals = ["can", "could", "should", "would", "will"];
    for (const word of [...auxiliaries, ...modals]) expect(whole(AUXILIARY).test(word)).toBe(true);
    for (const word of ["am", "might", "may", "whether", "that", "doing"]) {
      expect(whole(QUESTION_WORD).test(word) || whole(AUXILIARY).test(word)).toBe(false);
    }
  });

  it("opens an ask on the same words as before", () => {
    expect(ASKING_OPENING.test("what's the deal with Article 5A")).toBe(true);
    expect(ASKING_OPENING.test("should the ITRs cover spam")).toBe(true);
    expect(ASKING_OPENING.test("am I right that Canada refused")).toBe(false);
    expect(ASKING_LEAD.test("who's behind it")).toBe(true);
    expect(ASKING_LEAD.test("Article 5A")).toBe(false);
    expect(ASKING_WORD.test("someone asked whom it bound")).toBe(true);
    expect(ASKING_WORD.test("somehow it passed")).toBe(false);
  });

  it("keeps 'am' as an ask of its own for splitAsks", () => {
    expect(splitAsks("When was the treaty signed, and am I right that Canada refused?")).toEqual([
      "When was the treaty signed",
      ", and am I right that Canada refused?",
    ]);
  });

  it("reads a gapped ask as before, and none after an auxiliary or a question word", () => {
    expect(gappedAsks("when did ETNO file C-109, and India its doc 21?")).toEqual([
      "when did ETNO file C-109",
      "when did India file its doc 21",
    ]);
    expect(gappedAsks("what did China table at the CWG meeting, and did the US?")).toEqual([]);
    expect(gappedAsks("what did China table at the CWG meeting, and over what stretch?")).toEqual(
      [],
    );
    // (Its opening reads no "whose", as before.)
    expect(gappedAsks("whose doc did China table at the CWG meeting, and the US?")).toEqual([]);
  });
});
