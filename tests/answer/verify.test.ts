import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CitationMaker,
  type DraftSentence,
  type GivenPassage,
  locateQuote,
  MIN_QUOTE_WORDS,
  MIN_SHARED_TERMS,
  normalizeForQuote,
  trimQuote,
  verifyCitations,
} from "../../src/answer/verify.ts";
import { analyze, tokenize } from "../../src/search/analyze.ts";
import type { Citation, ScoredPassage } from "../../src/types.ts";
import { scoredPassage } from "../support/fake-openai.ts";

const scored = (id: string, text: string): ScoredPassage =>
  scoredPassage(id, text, { title: `Title of ${id}` });

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

const SPAM: DraftSentence = {
  text: "Article 5B was the spam provision.",
  passage_ids: ["P2"],
  quote: "unsolicited bulk electronic communications — was the spam provision",
};

describe("verifyCitations", () => {
  it("keeps cited sentences, numbers citations by first use and attaches markers", () => {
    const result = verifyCitations(
      [
        SPAM,
        {
          text: "Article 5A asks Member States to ensure the security and robustness of networks.",
          passage_ids: ["P1", "P2"],
          quote: '"endeavour to ensure the security and robustness"',
        },
        {
          text: "CDT argued the ITU is ill-suited to regulate cybersecurity.",
          passage_ids: ["P3"],
          quote: "the ITU is ill-suited to regulate cybersecurity",
        },
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
    // A sentence is cited to the passage its quote comes from: P2 was named but verifies nothing.
    expect(result.text).toBe(
      "Article 5B was the spam provision [1]. Article 5A asks Member States to ensure the security and robustness of networks [2]. CDT argued the ITU is ill-suited to regulate cybersecurity [3].",
    );
    // Every citation's quote is the verified quote, in the passage's own wording.
    expect(result.citations.map((c) => c.quote)).toEqual([
      "unsolicited bulk electronic communications — was the spam provision",
      "endeavour to ensure the security and robustness",
      "the ITU is ill-suited to regulate cybersecurity",
    ]);
  });

  it("drops a sentence citing an id that was not given", () => {
    const result = verifyCitations(
      [
        SPAM,
        { ...SPAM, text: "Article 5B was the spam provision again.", passage_ids: ["P2", "P9"] },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(1);
    expect(result.dropped).toBe(1);
    expect(result.droppedSentences[0]).toMatchObject({ reason: "unknown-id", detail: "P9" });
    expect(result.text).toBe("Article 5B was the spam provision [1].");
  });

  it("drops a sentence whose quote is not in its passage, and one with no ids", () => {
    const result = verifyCitations(
      [
        {
          text: "CDT said the ITU is perfectly suited to cybersecurity.",
          passage_ids: ["P3"],
          quote: "the ITU is perfectly suited to regulate cybersecurity",
        },
        { ...SPAM, passage_ids: [] },
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
      [{ ...SPAM, quote: "Article 5B - on unsolicited\n bulk electronic communications -- was" }],
      given,
      cite,
    );
    // "--" is two dashes, the passage has one em dash: not the same text.
    expect(result.kept).toBe(0);
    const ok = verifyCitations(
      [
        {
          ...SPAM,
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
      [{ ...SPAM, text: "Article 5B [P2] was the spam provision [1].", passage_ids: ["p2"] }],
      given,
      cite,
    );
    expect(result.text).toBe("Article 5B was the spam provision [1].");
  });
});

describe("verifyCitations against made-up claims", () => {
  const CENSOR = "Every member state agreed to censor the Internet.";

  it("drops a sentence with no quote, even when its passage id is real", () => {
    for (const quote of [null, undefined, "", '"…"']) {
      const result = verifyCitations([{ text: CENSOR, passage_ids: ["P1"], quote }], given, cite);
      expect(result.kept).toBe(0);
      expect(result.droppedSentences[0]?.reason).toBe("no-quote");
      // Nothing is invented to stand under it.
      expect(result.citations).toEqual([]);
    }
  });

  it('drops a sentence whose quote is a trivial fragment such as "the"', () => {
    for (const quote of ["the", "Article 5A", "the security and robustness"]) {
      const result = verifyCitations(
        [
          {
            text: "Article 5A asks Member States to ensure the security and robustness of networks.",
            passage_ids: ["P1"],
            quote,
          },
        ],
        given,
        cite,
      );
      expect(result.kept).toBe(0);
      expect(result.droppedSentences[0]?.reason).toBe("quote-too-short");
    }
  });

  it("drops a made-up claim that carries a real quote from its passage", () => {
    const result = verifyCitations(
      [
        {
          text: CENSOR,
          passage_ids: ["P1"],
          quote: "endeavour to ensure the security and robustness",
        },
        // Borrowing the quote's words is not enough: most of the claim is not in the passage.
        {
          text: "Member States agreed to censor the Internet.",
          passage_ids: ["P1"],
          quote: "asks Member States to “endeavour to ensure",
        },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(0);
    expect(result.droppedSentences.map((d) => d.reason)).toEqual([
      "unrelated-quote",
      "unrelated-quote",
    ]);
  });

  it("drops a true sentence under a quote that does not say it", () => {
    const result = verifyCitations(
      [
        {
          text: "Article 5A was adopted in Dubai.",
          passage_ids: ["P1"],
          quote: "endeavour to ensure the security and robustness",
        },
      ],
      given,
      cite,
    );
    expect(result.kept).toBe(0);
    expect(result.droppedSentences[0]?.reason).toBe("unrelated-quote");
  });

  it("drops a sentence with a link, address or mention its passage does not carry", () => {
    const site = scored(
      "site:1",
      "Delegates can read the full text of the treaty on the conference website.",
    );
    const base = { passage_ids: ["P1"], quote: "read the full text of the treaty" };
    const result = verifyCitations(
      [
        {
          ...base,
          text: "Delegates can read the full text of the treaty at https://evil.example/login.",
        },
        {
          ...base,
          text: "Delegates can read the full text of the treaty by writing to help@evil.example.",
        },
        { ...base, text: "<!channel> Delegates can read the full text of the treaty online." },
        { ...base, text: "Delegates can read the full text of the treaty at evil.example today." },
      ],
      [{ id: "P1", scored: site }],
      cite,
    );
    expect(result.kept).toBe(0);
    expect(result.droppedSentences.map((d) => d.reason)).toEqual([
      "unsupported-link",
      "unsupported-link",
      "unsupported-link",
      "unsupported-link",
    ]);
  });

  it("keeps a link that its cited passage itself carries (and leaves showing it safely to the surfaces)", () => {
    const injected = scored(
      "draft:1",
      "To read the draft, log in at https://evil.example/login with your delegate account.",
    );
    const result = verifyCitations(
      [
        {
          text: "Readers are told to log in at https://evil.example/login with a delegate account.",
          passage_ids: ["P1"],
          quote: "log in at https://evil.example/login with your delegate account",
        },
      ],
      [{ id: "P1", scored: injected }],
      cite,
    );
    expect(result.kept).toBe(1);
    expect(result.text).toContain("https://evil.example/login");
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

/** A contiguous slice of the passage's words, `from` and `length` taken modulo what fits. */
function sliceOf(text: string, from: number, length: number): string {
  const words = text.split(" ");
  const start = from % words.length;
  return words.slice(start, start + 1 + (length % (words.length - start))).join(" ");
}

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
          const quote = sliceOf(text, a, b).split(" ").join(space);
          const found = locateQuote(text, quote);
          expect(found).toBeDefined();
          expect(normalizeForQuote(found ?? "")).toBe(normalizeForQuote(quote));
          // Restating the quote is kept exactly when the quote is long and meaningful enough.
          const r = verifyCitations(
            [{ text: quote, passage_ids: ["P1"], quote }],
            [{ id: "P1", scored: scored("d:1", text) }],
            cite,
          );
          const meaningful =
            tokenize(trimQuote(quote)).length >= MIN_QUOTE_WORDS &&
            new Set(analyze(quote)).size >= MIN_SHARED_TERMS;
          expect(r.kept).toBe(meaningful ? 1 : 0);
        },
      ),
    );
  });

  it("never accepts a quote that is not in the passage", () => {
    fc.assert(
      fc.property(passageTextArb, fc.stringMatching(/^[a-z]{4,10}$/), (text, word) => {
        const quote = `zq${word} ${text}`;
        fc.pre(!normalizeForQuote(text).includes(normalizeForQuote(quote)));
        const r = verifyCitations(
          [{ text, passage_ids: ["P1"], quote }],
          [{ id: "P1", scored: scored("d:1", text) }],
          cite,
        );
        expect(r.kept).toBe(0);
        expect(r.droppedSentences[0]?.reason).toBe("quote-not-found");
      }),
    );
  });

  it("never accepts a quote of fewer than MIN_QUOTE_WORDS words, however well it matches", () => {
    const letterWords = fc.array(fc.stringMatching(/^[a-z]{3,9}$/), {
      minLength: 6,
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        letterWords,
        fc.nat(),
        fc.integer({ min: 1, max: MIN_QUOTE_WORDS - 1 }),
        (ws, a, n) => {
          const text = `${ws.join(" ")}.`;
          const start = a % (ws.length - n + 1);
          const quote = ws.slice(start, start + n).join(" ");
          const r = verifyCitations(
            [{ text: `${quote}.`, passage_ids: ["P1"], quote }],
            [{ id: "P1", scored: scored("d:1", text) }],
            cite,
          );
          expect(r.kept).toBe(0);
          expect(r.droppedSentences[0]?.reason).toBe("quote-too-short");
        },
      ),
    );
  });

  it("never keeps a sentence that shares no content term with its (valid) quote", () => {
    // The quote's words use letters a–m only, the sentence's n–z only, so no stem is shared; the
    // sentence's words are in the passage too, so only the quote's relation to it can drop it.
    const quoteWords = fc.array(fc.stringMatching(/^[a-m]{3,9}$/), {
      minLength: MIN_QUOTE_WORDS,
      maxLength: 20,
    });
    const claimWords = fc.array(fc.stringMatching(/^[n-z]{3,9}$/), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(quoteWords, claimWords, fc.boolean(), (quoteWs, claim, claimFirst) => {
        const quote = quoteWs.join(" ");
        const claimText = claim.join(" ");
        const text = claimFirst ? `${claimText}. ${quote}.` : `${quote}. ${claimText}.`;
        const r = verifyCitations(
          [{ text: `${claimText}.`, passage_ids: ["P1"], quote }],
          [{ id: "P1", scored: scored("d:1", text) }],
          cite,
        );
        expect(r.kept).toBe(0);
        expect(r.citations).toEqual([]);
      }),
    );
  });
});
