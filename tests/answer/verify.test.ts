import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CitationMaker,
  type DraftSentence,
  type GivenPassage,
  locateQuote,
  normalizeForQuote,
  verifyCitations,
} from "../../src/answer/verify.ts";
import type { Citation, ScoredPassage } from "../../src/types.ts";

function scored(id: string, text: string): ScoredPassage {
  return {
    passage: {
      id,
      documentId: id.split(":")[0] ?? id,
      ordinal: 0,
      sectionPath: [],
      start: 0,
      end: text.length,
      text,
      sourceRefs: [],
      contentHash: `hash-${id}`,
    },
    document: {
      id: id.split(":")[0] ?? id,
      title: `Title of ${id}`,
      kind: "text",
      path: `${id}.txt`,
      contentHash: "x",
      sources: [],
      indexedAt: "2026-01-01T00:00:00Z",
    },
    score: 1,
  };
}

const cite: CitationMaker = (s, n, quote): Citation => ({
  n,
  passageId: s.passage.id,
  documentId: s.document.id,
  title: s.document.title,
  quote,
});

const given: GivenPassage[] = [
  {
    id: "P1",
    scored: scored(
      "itrs:1",
      "Article 5A asks Member States to “endeavour to ensure the security and robustness” of international networks. It was adopted in Dubai.",
    ),
  },
  {
    id: "P2",
    scored: scored(
      "spam:1",
      "Article 5B — on unsolicited bulk electronic communications — was the spam provision.",
    ),
  },
  {
    id: "P3",
    scored: scored("cdt:4", "CDT argued the ITU is ill-suited to regulate cybersecurity."),
  },
];

describe("verifyCitations", () => {
  it("keeps cited sentences, numbers citations by first use and attaches markers", () => {
    const result = verifyCitations(
      [
        { text: "Spam was covered by Article 5B.", passage_ids: ["P2"] },
        {
          text: "Article 5A concerns network security.",
          passage_ids: ["P1", "P2"],
          quote: '"endeavour to ensure the security and robustness"',
        },
        { text: "Civil society objected.", passage_ids: ["P3"], quote: null },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(3);
    expect(result.dropped).toBe(0);
    expect(result.citations.map((c) => [c.n, c.passageId])).toEqual([
      [1, "spam:1"],
      [2, "itrs:1"],
      [3, "cdt:4"],
    ]);
    expect(result.text).toBe(
      "Spam was covered by Article 5B [1]. Article 5A concerns network security [2][1]. Civil society objected [3].",
    );
    // The quote is shown in the passage's own wording (curly quotes and all).
    expect(result.citations[1]?.quote).toBe("endeavour to ensure the security and robustness");
    // Without a model quote, the citation quotes the passage sentence that best supports the claim.
    expect(result.citations[0]?.quote).toContain("Article 5B");
  });

  it("drops a sentence citing an id that was not given", () => {
    const result = verifyCitations(
      [
        { text: "Kept.", passage_ids: ["P1"] },
        { text: "Invented.", passage_ids: ["P1", "P9"] },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(1);
    expect(result.dropped).toBe(1);
    expect(result.droppedSentences[0]).toMatchObject({ reason: "unknown-id", detail: "P9" });
    expect(result.text).toBe("Kept [1].");
  });

  it("drops a sentence whose quote is not in its passage, and one with no ids", () => {
    const result = verifyCitations(
      [
        { text: "Misquoted.", passage_ids: ["P3"], quote: "the ITU is perfectly suited" },
        { text: "Uncited.", passage_ids: [] },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(0);
    expect(result.dropped).toBe(2);
    expect(result.citations).toEqual([]);
    expect(result.droppedSentences.map((d) => d.reason)).toEqual(["quote-not-found", "no-ids"]);
  });

  it("accepts quotes that differ only in whitespace, quote marks and dashes", () => {
    const result = verifyCitations(
      [
        {
          text: "Spam.",
          passage_ids: ["P2"],
          quote: "Article 5B - on unsolicited\n bulk electronic communications -- was",
        },
      ],
      given,
      cite,
    );
    // "--" is two dashes, the passage has one em dash: not the same text.
    expect(result.kept).toBe(0);
    const ok = verifyCitations(
      [
        {
          text: "Spam.",
          passage_ids: ["P2"],
          quote: "Article 5B \u2013 on unsolicited\n   bulk electronic communications - was",
        },
      ],
      given,
      cite,
    );
    expect(ok.kept).toBe(1);
    expect(ok.citations[0]?.quote).toBe(
      "Article 5B — on unsolicited bulk electronic communications — was",
    );
  });

  it("strips citation markers the model put into the text itself", () => {
    const result = verifyCitations(
      [{ text: "Spam was covered [P2] by Article 5B [1].", passage_ids: ["p2"] }],
      given,
      cite,
    );
    expect(result.text).toBe("Spam was covered by Article 5B [1].");
  });
});

const wordArb = fc.stringMatching(/^[A-Za-z0-9'’“”"—–-]{1,8}$/);
const passageTextArb = fc.array(wordArb, { minLength: 3, maxLength: 30 }).map((ws) => ws.join(" "));

const sentenceArb = (ids: string[]): fc.Arbitrary<DraftSentence> =>
  fc.record({
    text: fc.stringMatching(/^[A-Za-z ]{1,30}\.$/),
    passage_ids: fc.array(fc.constantFrom(...ids, "P99", "x"), { maxLength: 3 }),
    quote: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  });

describe("verifyCitations properties", () => {
  it("keeps only sentences with known ids, counts every sentence, numbers citations 1..n in first use", () => {
    fc.assert(
      fc.property(
        fc.array(passageTextArb, { minLength: 1, maxLength: 5 }),
        fc.array(sentenceArb(["P1", "P2", "P3", "P4", "P5"]), { maxLength: 8 }),
        (texts, sentences) => {
          const g = texts.map((t, i) => ({ id: `P${i + 1}`, scored: scored(`d:${i}`, t) }));
          const ids = g.map((x) => x.id);
          const r = verifyCitations(sentences, g, cite);
          expect(r.kept + r.dropped).toBe(sentences.length);
          expect(r.citations.map((c) => c.n)).toEqual(r.citations.map((_, i) => i + 1));
          const givenIds = new Set(g.map((x) => x.scored.passage.id));
          for (const c of r.citations) expect(givenIds.has(c.passageId)).toBe(true);
          // Markers in the text appear in first-use order and never name a missing citation.
          const markers = [...r.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
          const firstUse = markers.filter((n, i) => markers.indexOf(n) === i);
          expect(firstUse).toEqual(r.citations.map((c) => c.n));
          const mustDrop = sentences.filter(
            (s) => s.passage_ids.length === 0 || s.passage_ids.some((id) => !ids.includes(id)),
          ).length;
          const droppedForIds = r.droppedSentences.filter(
            (d) => d.reason === "no-ids" || d.reason === "unknown-id",
          ).length;
          expect(droppedForIds).toBe(mustDrop);
        },
      ),
    );
  });

  it("finds every contiguous slice of a passage as a quote, however its whitespace is written", () => {
    fc.assert(
      fc.property(
        passageTextArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(" ", "\n", "  \t"),
        (text, a, b, space) => {
          const words = text.split(" ");
          const from = a % words.length;
          const to = from + 1 + (b % (words.length - from));
          const quote = words.slice(from, to).join(space);
          const found = locateQuote(text, quote);
          expect(found).toBeDefined();
          expect(normalizeForQuote(found ?? "")).toBe(normalizeForQuote(quote));
          const r = verifyCitations(
            [{ text: "Claim.", passage_ids: ["P1"], quote }],
            [{ id: "P1", scored: scored("d:1", text) }],
            cite,
          );
          // A quote made only of quote marks trims to nothing and counts as no quote: kept either way.
          expect(r.kept).toBe(1);
        },
      ),
    );
  });

  it("never accepts a quote that is not in the passage", () => {
    fc.assert(
      fc.property(passageTextArb, fc.stringMatching(/^[a-z]{4,10}$/), (text, word) => {
        fc.pre(!normalizeForQuote(text).includes(`zq${word}`));
        const r = verifyCitations(
          [{ text: "Claim.", passage_ids: ["P1"], quote: `zq${word}` }],
          [{ id: "P1", scored: scored("d:1", text) }],
          cite,
        );
        expect(r.kept).toBe(0);
        expect(r.droppedSentences[0]?.reason).toBe("quote-not-found");
      }),
    );
  });
});
