import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTopKSelector } from "../../src/search/top-k.ts";

/** The oracle: every candidate with a positive score, sorted by score then number, cut at k. */
function sortedTopK(scores: Float32Array, candidates: readonly number[], k: number) {
  return candidates
    .filter((d) => (scores[d] as number) > 0)
    .sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b)
    .slice(0, Math.max(0, k));
}

// Scores drawn from a few values (many ties), a wide range, or zero (not a candidate's score).
const scoreArb = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 1.0000001, 2, 3.25),
  fc.float({ min: Math.fround(1e-6), max: Math.fround(1e6), noNaN: true }),
  fc.constant(0),
);

const caseArb = fc.array(scoreArb, { minLength: 1, maxLength: 120 }).chain((values) =>
  fc.record({
    values: fc.constant(values),
    candidates: fc.uniqueArray(fc.integer({ min: 0, max: values.length - 1 }), {
      maxLength: values.length,
    }),
    k: fc.integer({ min: 0, max: values.length + 3 }),
    boundK: fc.integer({ min: 0, max: values.length + 3 }),
    packedKeys: fc.boolean(),
  }),
);

describe("top-k selection", () => {
  it("selects what a full sort selects, ties by lower number, on both sort paths", () => {
    fc.assert(
      fc.property(caseArb, ({ values, candidates, k, boundK, packedKeys }) => {
        const scores = Float32Array.from(values);
        const selector = createTopKSelector(scores, { packedKeys });
        const n = selector.select(k, Int32Array.from(candidates), candidates.length, boundK);
        const expected = sortedTopK(scores, candidates, k);
        expect(Array.from(selector.docs.subarray(0, n))).toEqual(expected);
        expect(Array.from(selector.scores.subarray(0, n))).toEqual(
          expected.map((d) => scores[d] as number),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("bounds the boundK-th best score from below, and says 0 when there are fewer", () => {
    fc.assert(
      fc.property(caseArb, ({ values, candidates, k, boundK }) => {
        const scores = Float32Array.from(values);
        const selector = createTopKSelector(scores);
        const selectK = Math.max(1, k);
        selector.select(selectK, Int32Array.from(candidates), candidates.length, boundK);
        const all = sortedTopK(scores, candidates, candidates.length);
        if (boundK === 0 || all.length < boundK) {
          expect(selector.bound).toBe(0);
        } else {
          const kth = scores[all[boundK - 1] as number] as number;
          expect(selector.bound).toBeGreaterThan(0);
          expect(selector.bound).toBeLessThanOrEqual(kth);
          // Asked for at least as many as it selects (as the ranker asks), the bound is within one
          // bucket (about 6% of score) of the score: tight enough to cut candidates.
          if (boundK >= selectK) expect(selector.bound).toBeGreaterThan(kth * 0.93);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("stays correct across selections that reuse its scratch memory", () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 2, maxLength: 6 }), (cases) => {
        const scores = new Float32Array(130);
        const selector = createTopKSelector(scores);
        for (const { values, candidates, k, boundK } of cases) {
          scores.fill(0);
          scores.set(values);
          const n = selector.select(k, Int32Array.from(candidates), candidates.length, boundK);
          expect(Array.from(selector.docs.subarray(0, n))).toEqual(
            sortedTopK(scores, candidates, k),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it("returns nothing for k = 0, no candidates, or only zero scores", () => {
    const scores = Float32Array.from([0, 1, 2]);
    const selector = createTopKSelector(scores);
    expect(selector.select(0, Int32Array.from([1, 2]), 2)).toBe(0);
    expect(selector.select(3, new Int32Array(0), 0)).toBe(0);
    expect(selector.select(3, Int32Array.from([0]), 1, 1)).toBe(0);
    expect(selector.bound).toBe(0);
  });
});
