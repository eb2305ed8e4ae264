// The evaluation set's schema, on fixture sets written to temporary files (the shipped set's shape
// is checked in tests/bench/eval-set.test.ts).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  EvalSetError,
  loadEvalSet,
  MAX_NUGGETS,
  MIN_NUGGETS,
  QUESTION_KINDS,
} from "../../src/answer/eval-set.ts";
import { makeTempDir, removeDir } from "../support/corpus-builder.ts";

const dir = makeTempDir("wcit-evalset-");
afterAll(() => removeDir(dir));

let written = 0;
function writeSet(content: unknown): string {
  const file = path.join(dir, `set-${++written}.json`);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const inScope = (overrides: Record<string, unknown> = {}) => ({
  id: "in-1",
  split: "tune",
  inScope: true,
  kind: "when",
  question: "When was WCIT-12 held?",
  nuggets: [["December 2012"], ["Dubai"]],
  acceptableDocuments: ["note-1"],
  ...overrides,
});

const outOfScope = (overrides: Record<string, unknown> = {}) => ({
  id: "out-1",
  split: "heldout",
  inScope: false,
  question: "How do I make a lasagne?",
  ...overrides,
});

describe("loadEvalSet", () => {
  it("reads a valid set, follow-ups with their history", () => {
    const set = loadEvalSet(
      writeSet({
        questions: [
          inScope(),
          inScope({
            id: "in-2",
            history: [{ question: "Who led the US delegation?", answer: "Terry Kramer." }],
            question: "did they sign?",
            kind: "yes-no",
          }),
          outOfScope(),
        ],
      }),
    );
    expect(set.questions.map((q) => q.id)).toEqual(["in-1", "in-2", "out-1"]);
    expect(set.questions[1]?.history?.[0]?.answer).toBe("Terry Kramer.");
    expect(set.questions[2]?.nuggets).toEqual([]);
  });

  it("names the file when it is missing or not JSON", () => {
    expect(() => loadEvalSet(path.join(dir, "missing.json"))).toThrow(
      /Cannot read the evaluation set .*missing\.json: file not found/,
    );
    expect(() => loadEvalSet(writeSet("{ not json"))).toThrow(/not valid JSON/);
  });

  it("rejects an in-scope question without nuggets, naming the question by id", () => {
    const file = writeSet({ questions: [inScope({ id: "in-7", nuggets: undefined })] });
    expect(() => loadEvalSet(file)).toThrow(EvalSetError);
    expect(() => loadEvalSet(file)).toThrow(
      `question "in-7" nuggets: an in-scope question needs ${MIN_NUGGETS} to ${MAX_NUGGETS} nuggets (it has 0)`,
    );
  });

  it("rejects too many nuggets, an empty nugget, and a nugget phrase that is a sentence", () => {
    const six = [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]];
    expect(() => loadEvalSet(writeSet({ questions: [inScope({ nuggets: six })] }))).toThrow(
      /question "in-1" nuggets: .* \(it has 6\)/,
    );
    expect(() =>
      loadEvalSet(writeSet({ questions: [inScope({ nuggets: [["Dubai"], []] })] })),
    ).toThrow(/question "in-1" nuggets\.1: a nugget needs at least one phrase/);
    const sentence = "the conference took place in Dubai in December";
    expect(() =>
      loadEvalSet(writeSet({ questions: [inScope({ nuggets: [["Dubai"], [sentence]] })] })),
    ).toThrow(/question "in-1" nuggets\.1\.0: a phrase of more than 6 words/);
  });

  it("rejects an unknown kind and an in-scope question without one", () => {
    expect(() => loadEvalSet(writeSet({ questions: [inScope({ kind: "opinion" })] }))).toThrow(
      new RegExp(`question "in-1" kind: kind must be one of ${QUESTION_KINDS.join(", ")}`),
    );
    expect(() => loadEvalSet(writeSet({ questions: [inScope({ kind: undefined })] }))).toThrow(
      /question "in-1" kind: an in-scope question needs a kind/,
    );
  });

  it("rejects a bad or missing split", () => {
    expect(() => loadEvalSet(writeSet({ questions: [inScope({ split: "test" })] }))).toThrow(
      /question "in-1" split: split must be one of tune, heldout/,
    );
    expect(() => loadEvalSet(writeSet({ questions: [outOfScope({ split: undefined })] }))).toThrow(
      /question "out-1" split: split must be one of tune, heldout/,
    );
  });

  it("rejects duplicate ids", () => {
    const file = writeSet({ questions: [inScope(), inScope({ split: "heldout" })] });
    expect(() => loadEvalSet(file)).toThrow(/duplicate id "in-1"/);
  });

  it("rejects nuggets, documents or a suggestion on an out-of-scope question", () => {
    const file = writeSet({
      questions: [outOfScope({ nuggets: [["x"], ["y"]], acceptableDocuments: ["d"] })],
    });
    expect(() => loadEvalSet(file)).toThrow(/question "out-1" nuggets: an out-of-scope question/);
    expect(() => loadEvalSet(file)).toThrow(/question "out-1" acceptableDocuments: an out-of/);
    expect(() => loadEvalSet(writeSet({ questions: [outOfScope({ suggested: true })] }))).toThrow(
      /question "out-1" suggested: an out-of-scope question cannot be suggested/,
    );
  });

  it("rejects an in-scope question without documents, and fields it does not know", () => {
    expect(() =>
      loadEvalSet(writeSet({ questions: [inScope({ acceptableDocuments: [] })] })),
    ).toThrow(/question "in-1" acceptableDocuments: an in-scope question needs at least one/);
    // The old name of the field: a set written for the old runner fails loudly, not silently.
    expect(() =>
      loadEvalSet(writeSet({ questions: [inScope({ expectedDocuments: ["note-1"] })] })),
    ).toThrow(/question "in-1".*expectedDocuments/);
  });

  it("rejects an empty set", () => {
    expect(() => loadEvalSet(writeSet({ questions: [] }))).toThrow(/the set has no questions/);
  });
});
