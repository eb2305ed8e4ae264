// The Slack-habit wrappers benchmark (bench/wrappers.ts): which questions it asks, that a wrapper
// keeps the question's words, and how it counts what wrapping cost. No answer is scored here.
import { describe, expect, it } from "vitest";
import {
  bareSet,
  selectWrappers,
  WRAPPERS,
  wrappedSet,
  wrapperCost,
} from "../../bench/wrappers.ts";
import type { QuestionOutcome } from "../../src/answer/eval.ts";
import { type EvalSet, parseEvalSet } from "../../src/answer/eval-set.ts";

const inScope = (id: string, split: "tune" | "heldout", extra: object = {}) => ({
  id,
  split,
  inScope: true,
  kind: "fact",
  question: `What did delegation ${id} propose?`,
  nuggets: [["a"], ["b"]],
  acceptableDocuments: ["note-1"],
  ...extra,
});
const SET: EvalSet = parseEvalSet({
  questions: [
    inScope("in-1", "tune"),
    inScope("in-2", "heldout"),
    inScope("in-3", "tune", { history: [{ question: "What is TD-64?", answer: "A draft [1]." }] }),
    { id: "out-1", split: "tune", inScope: false, question: "What did Mars propose?" },
    inScope("in-4", "tune"),
  ],
});

const outcome = (id: string, answered: boolean, nuggetRecall: number) =>
  ({ id, answered, nuggetRecall }) as QuestionOutcome;

describe("the wrappers benchmark", () => {
  it("asks only the tuning half's in-scope first asks, never the held-out half", () => {
    expect(bareSet(SET).questions.map((q) => q.id)).toEqual(["in-1", "in-4"]);
  });

  it("wraps every question, keeping its words and everything scored", () => {
    const bare = bareSet(SET);
    for (const [name, wrap] of Object.entries(WRAPPERS)) {
      const wrapped = wrappedSet(bare, wrap).questions;
      expect(
        wrapped.map((q) => q.id),
        name,
      ).toEqual(["in-1", "in-4"]);
      for (const [i, q] of wrapped.entries()) {
        const original = bare.questions[i];
        expect(q.question, name).not.toBe(original?.question);
        expect(q.question.toLowerCase(), name).toContain("delegation in-");
        expect(q.nuggets, name).toEqual(original?.nuggets);
      }
    }
  });

  it("counts answers refused once wrapped, and answers that lost nuggets", () => {
    const bare = [outcome("in-1", true, 1), outcome("in-4", true, 0.5), outcome("in-5", false, 0)];
    const wrapped = [
      outcome("in-1", false, 0),
      outcome("in-4", true, 0.25),
      outcome("in-5", true, 1),
    ];
    expect(wrapperCost(bare, wrapped)).toEqual({
      questions: 3,
      bareRecall: 0.5,
      wrappedRecall: 1.25 / 3,
      newlyRefused: 1,
      lessRecall: 1,
      newlyRefusedIds: ["in-1"],
      lessRecallIds: ["in-4"],
    });
  });

  it("turns only a question mark into '?!': a closing remark stays a remark", () => {
    const emphatic = WRAPPERS["'?!' and thanks"];
    expect(emphatic?.("Who chaired the conference?")).toBe(
      "Who chaired the conference?! Thanks so much!!",
    );
    expect(emphatic?.("who ran the show in Dubai? venue and chair, quick bullets")).toBe(
      "who ran the show in Dubai? venue and chair, quick bullets! Thanks so much!!",
    );
  });

  it("runs the wrappers named by any part of their name, or all of them", () => {
    expect(Object.keys(selectWrappers(WRAPPERS, []))).toEqual(Object.keys(WRAPPERS));
    expect(Object.keys(selectWrappers(WRAPPERS, ["GREETING"]))).toEqual([
      "greeting",
      "greeting the bot",
    ]);
    expect(Object.keys(selectWrappers(WRAPPERS, ["apology", " lines "]))).toEqual([
      "apology",
      "lines",
    ]);
    expect(Object.keys(selectWrappers(WRAPPERS, ["no such habit"]))).toEqual([]);
  });
});
