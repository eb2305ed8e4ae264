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
