// Coverage cases a suite runs one test each: questions its engine must answer, and questions it
// must refuse, each asked as eval asks it (`ExtractiveAsks`).
import { expect, it } from "vitest";
import type { ExtractiveAsks } from "./extractive-engine.ts";

/**
 * Registers one test for each of `questions`, named by `name` as `it.each` names them, that
 * `asks` answers it: its coverage is not "none".
 */
export function answersEach(
  asks: ExtractiveAsks,
  questions: readonly string[],
  name = "answers %s",
): void {
  it.each(questions)(name, async (question) => {
    expect(await asks.coverageOf(question)).not.toBe("none");
  });
}

/**
 * Registers one test for each of `questions`, named by `name` as `it.each` names them, that
 * `asks` refuses it: its coverage is "none".
 */
export function refusesEach(
  asks: ExtractiveAsks,
  questions: readonly string[],
  name = "refuses %s",
): void {
  it.each(questions)(name, async (question) => {
    expect(await asks.coverageOf(question)).toBe("none");
  });
}

/**
 * Registers one test for each `[question, stated]` pair, named by `name` as `it.each` names them,
 * that `asks` answers the question (coverage not "none") with an answer whose text holds `stated`.
 */
export function answersStatingEach(
  asks: ExtractiveAsks,
  cases: readonly (readonly [question: string, stated: string])[],
  name = "answers %s",
): void {
  it.each(cases)(name, async (question, stated) => {
    const answer = await asks.answerTo(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain(stated);
  });
}
