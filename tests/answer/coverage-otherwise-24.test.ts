// The ways a question is covered another way are readers of one shape tried in order
// (coverage-otherwise.ts, health24): the first that reads the question and covers it is taken,
// and the next are not asked.
import { describe, expect, it } from "vitest";
import {
  type AssessedQuestion,
  COVERAGE_READERS,
  type CoverageReader,
  type CoverageTools,
  type CoveredBy,
  coveredOtherwise,
} from "../../src/answer/coverage-otherwise.ts";
import { analyzeQuestion } from "../../src/search/question.ts";

function asked(covered: boolean, followUp = false): AssessedQuestion {
  const question = "Why did the US refuse to sign?";
  return {
    question,
    analysis: analyzeQuestion(question),
    shape: { expected: "reason", names: [], headedNames: [], sides: [] },
    keyTerms: [],
    assessed: { covered, absentTerms: [] },
    passages: [],
    followUp,
    search: async () => [],
  };
}
const tools = {} as CoverageTools;

/** A reader that reads what `reads` says, covers where `covers` says, and records each call. */
function reader(by: CoveredBy, reads: boolean, covers: boolean, calls: string[]): CoverageReader {
  return {
    by,
    reads: () => reads,
    covers: async () => {
      calls.push(by);
      return covers ? { by } : undefined;
    },
  };
}

describe("covered another way", () => {
  it("tries the readers in order and takes the first that covers", async () => {
    const calls: string[] = [];
    const readers = [
      reader("bySide", true, false, calls),
      reader("byAsk", true, true, calls),
      reader("byEvent", true, true, calls),
    ];
    expect(await coveredOtherwise(asked(false), tools, readers)).toEqual({ by: "byAsk" });
    expect(calls).toEqual(["bySide", "byAsk"]);
  });

  it("does not ask a reader that does not read the question", async () => {
    const calls: string[] = [];
    const readers = [reader("bySide", false, true, calls), reader("byAsk", true, false, calls)];
    expect(await coveredOtherwise(asked(false), tools, readers)).toBeUndefined();
    expect(calls).toEqual(["byAsk"]);
  });

  it("reads side by side, by the first ask, ask by ask, event by event, then item by item", () => {
    expect(COVERAGE_READERS.map((r) => r.by)).toEqual([
      "bySide",
      "byAsk",
      "byEachAsk",
      "byEvent",
      "byItem",
      "byCaveat",
    ]);
  });

  it("reads a covered question only for its events, and a follow-up only side by side", () => {
    const reading = (q: AssessedQuestion) =>
      COVERAGE_READERS.filter((r) => r.reads(q)).map((r) => r.by);
    expect(reading(asked(true))).toEqual(["byEvent"]);
    expect(reading(asked(false))).toEqual(["bySide", "byAsk", "byEachAsk", "byEvent"]);
    expect(reading(asked(false, true))).toEqual(["bySide"]);
    expect(reading(asked(true, true))).toEqual([]);
  });
});
