import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import type { RankingParams } from "../../src/search/bm25f.ts";
import {
  buildForwardIndex,
  deserializeForwardIndex,
  FIELD_COUNT,
  type FieldTexts,
  invertIndex,
  serializeForwardIndex,
} from "../../src/search/inverted.ts";
import { createRanker } from "../../src/search/ranker.ts";

const PARAMS: RankingParams = { k1: 1.2, b: [0.75, 0.5, 0.75], weights: [2, 1.5, 1] };
// Words that are their own single term (no stop words, distinct stems), so the oracle can count words.
const WORDS = ["treaty", "spam", "security", "network", "internet", "dubai", "vote", "rights"];

/** The forward index of test passages p0, p1, … and a ranker over it. */
function indexOf(docs: FieldTexts[], options?: Parameters<typeof createRanker>[2]) {
  const forward = buildForwardIndex(docs.map((fields, i) => ({ key: `p${i}`, fields })));
  return { forward, ranker: createRanker(invertIndex(forward, PARAMS), undefined, options) };
}

/** BM25F written out directly from its definition: the oracle the typed-array ranker must match. */
function bruteForce(docs: FieldTexts[], query: string[], params: RankingParams) {
  const split = docs.map((d) => d.map((f) => f.split(" ").filter(Boolean)));
  const avg = [0, 1, 2].map(
    (f) => split.reduce((n, d) => n + (d[f]?.length ?? 0), 0) / docs.length || 1,
  );
  return split.map((d) => {
    let score = 0;
    for (const term of query) {
      const df = split.filter((x) => x.some((f) => f.includes(term))).length;
      if (df === 0) continue;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      let tf = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const field = d[f] ?? [];
        const count = field.filter((w) => w === term).length;
        const b = params.b[f] as number;
        tf +=
          ((params.weights[f] as number) * count) /
          (1 - b + (b * field.length) / (avg[f] as number));
      }
      score += idf * (tf / (params.k1 + tf));
    }
    return score;
  });
}

const fieldArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(" "));
const docArb = fc.tuple(fieldArb, fieldArb, fieldArb) as fc.Arbitrary<FieldTexts>;

describe("ranker", () => {
  it("matches a brute-force BM25F, best first, ties by passage number", () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 25 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 30 }),
        (docs, query, k) => {
          const { ranker } = indexOf(docs);
          const got = ranker.rank(
            query.map((word) => ({ term: stem(word), weight: 1 })),
            k,
          );
          const expected = bruteForce(docs, query, PARAMS)
            .map((score, doc) => ({ doc, score }))
            .filter((x) => x.score > 0)
            .sort((a, b) => b.score - a.score || a.doc - b.doc)
            .slice(0, k);
          expect(got.docs.length).toBe(expected.length);
          for (let i = 0; i < expected.length; i++) {
            expect(got.scores[i]).toBeCloseTo((expected[i] as { score: number }).score, 4);
          }
          // Same scores in the same order; where scores tie the lower passage number comes first.
          for (let i = 1; i < got.docs.length; i++) {
            const prev = got.scores[i - 1] as number;
            const cur = got.scores[i] as number;
            expect(prev).toBeGreaterThanOrEqual(cur);
            if (prev === cur) expect(got.docs[i - 1] as number).toBeLessThan(got.docs[i] as number);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("multiplies a boosted passage's score by its factor, and never filters", () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 25 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 24 }), { maxLength: 6 }),
        (docs, query, boostedDocs) => {
          const { ranker } = indexOf(docs);
          const inRange = boostedDocs.filter((d) => d < docs.length);
          const factors = inRange.map((d) => 1.5 + (d % 3));
          const got = ranker.rank(
            query.map((word) => ({ term: stem(word), weight: 1 })),
            docs.length,
            { docs: inRange, factors },
          );
          const expected = bruteForce(docs, query, PARAMS)
            .map((score, doc) => {
              const at = inRange.indexOf(doc);
              return { doc, score: at >= 0 ? score * (factors[at] as number) : score };
            })
            .filter((x) => x.score > 0)
            .sort((a, b) => b.score - a.score || a.doc - b.doc);
          // Every passage with a query term is still there: a boost reorders, never filters.
          expect(got.docs.length).toBe(expected.length);
          for (let i = 0; i < expected.length; i++) {
            expect(got.scores[i]).toBeCloseTo((expected[i] as { score: number }).score, 4);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("feedback ranking for k is the first k of the full feedback ranking, boosts applied", () => {
    fc.assert(
      fc.property(
        fc.array(docArb, { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (docs, query, k, boosted) => {
          const feedback = { docs: 3, terms: 3, originalWeight: 0.7, minIdf: 0, idfPower: 0.75 };
          const { forward, ranker } = indexOf(docs, { feedback });
          const terms = query.map((word) => ({ term: stem(word), weight: 1 }));
          const boostedDocs = docs.map((_, d) => d).filter((d) => d % 3 === 0);
          const boost = boosted
            ? { docs: boostedDocs, factors: boostedDocs.map((d) => 1 + (d % 2)) }
            : undefined;
          const all = ranker.rankWithFeedback(terms, docs.length, feedback, boost);
          const some = ranker.rankWithFeedback(terms, k, feedback, boost);
          expect(Array.from(some.docs)).toEqual(Array.from(all.docs).slice(0, k));
          expect(Array.from(some.scores)).toEqual(Array.from(all.scores).slice(0, k));
          // A ranker that served other queries first answers as a fresh one does.
          const fresh = createRanker(invertIndex(forward, PARAMS)).rankWithFeedback(
            terms,
            k,
            feedback,
            boost,
          );
          expect(Array.from(some.docs)).toEqual(Array.from(fresh.docs));
          for (let i = 1; i < all.docs.length; i++) {
            const prev = all.scores[i - 1] as number;
            const cur = all.scores[i] as number;
            expect(prev).toBeGreaterThanOrEqual(cur);
            if (prev === cur) expect(all.docs[i - 1] as number).toBeLessThan(all.docs[i] as number);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the same ranking after a round trip through the persisted form", () => {
    const docs: FieldTexts[] = [
      ["Spam", "", "unsolicited bulk messages spam"],
      ["Security", "Article 5A", "robustness of networks"],
      ["Überblick", "", "Dubai 2012 treaty vote"],
    ];
    const forward = buildForwardIndex(docs.map((fields, i) => ({ key: `p${i}`, fields })));
    const copy = deserializeForwardIndex(serializeForwardIndex(forward));
    expect(copy).toEqual(forward);
    const a = createRanker(invertIndex(forward, PARAMS)).rank([{ term: "spam", weight: 1 }], 5);
    const b = createRanker(invertIndex(copy, PARAMS)).rank([{ term: "spam", weight: 1 }], 5);
    expect(b).toEqual(a);
  });

  it("pseudo-relevance feedback finds a passage that shares no word with the query", () => {
    const docs: FieldTexts[] = [
      ["", "", "spam filtering of unsolicited bulk email"],
      ["", "", "spam and unsolicited bulk email across borders"],
      ["", "", "unsolicited bulk email rules"],
      ["", "", "treaty vote in dubai"],
      ["", "", "security of networks"],
    ];
    const { ranker } = indexOf(docs);
    const query = [{ term: "spam", weight: 1 }];
    expect(Array.from(ranker.rank(query, 5).docs)).toEqual([0, 1]);
    const fb = ranker.rankWithFeedback(query, 5, {
      docs: 2,
      terms: 3,
      originalWeight: 0.5,
      minIdf: 0,
      idfPower: 0,
    });
    expect(Array.from(fb.docs).slice(0, 2).sort()).toEqual([0, 1]);
    expect(Array.from(fb.docs)).toContain(2);
    expect(Array.from(fb.docs)).not.toContain(3);
  });

  it("with idfPower the expansion prefers a rarer term over a more frequent common one", () => {
    // The feedback passages (0, 1) hold "email" three times, the query's own "spam" twice and
    // "bulk" once. "email" is in most passages (low idf), "bulk" in few.
    const docs: FieldTexts[] = [
      ["", "", "spam spam email email email bulk"],
      ["", "", "spam spam email email email bulk"],
      ["", "", "email notes"],
      ["", "", "email list"],
      ["", "", "email rules"],
      ["", "", "email archive"],
      ["", "", "bulk rules"],
      ["", "", "treaty vote"],
    ];
    const { ranker } = indexOf(docs);
    const query = [{ term: "spam", weight: 1 }];
    const expand = (idfPower: number) =>
      Array.from(
        ranker.rankWithFeedback(query, 8, {
          docs: 2,
          terms: 2,
          originalWeight: 0.5,
          minIdf: 0,
          idfPower,
        }).docs,
      );
    // Plain RM3: "email" (the most frequent in the feedback passages) is an expansion term.
    expect(expand(0).slice(2).sort()).toEqual([2, 3, 4, 5]);
    // Weighted by idf²: "bulk" replaces it, and the one other passage with "bulk" is found instead.
    expect(expand(2).slice(2)).toEqual([6]);
  });
});
