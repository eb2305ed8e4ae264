import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  chunkDocument,
  citedNumbers,
  MAX_WORD_CHARS,
  resolveSourceRefs,
  sentenceSpans,
  wordPieces,
} from "../../src/corpus/chunk.ts";
import {
  buildDocumentText,
  countWords,
  normalizeText,
  type RawBlock,
} from "../../src/corpus/normalize.ts";
import { sha256 } from "../../src/store/corpus.ts";

const words = (n: number, word = "word") =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");
/** `n` sentences of 10 words each. */
const sentences = (n: number, tag = "s") =>
  Array.from({ length: n }, (_, i) => `${tag}${i} ${words(8, "w")} end.`).join(" ");

describe("normalizeText", () => {
  it("joins words hyphenated at line ends, keeps real hyphens, folds whitespace, applies NFC", () => {
    expect(normalizeText("the regu-\nlation of  tele-\r\n   communications")).toBe(
      "the regulation of telecommunications",
    );
    expect(normalizeText("CWG-\nWCIT12 and multi-stakeholder")).toBe(
      "CWG-WCIT12 and multi-stakeholder",
    );
    expect(normalizeText("  a\t\tb\n\nc\u00a0d  ")).toBe("a b c d");
    expect(normalizeText("Llanso\u0301")).toBe("Llansó");
    expect(normalizeText("Llanso\u0301").length).toBe(6);
    expect(normalizeText("soft\u00adhyphen")).toBe("softhyphen");
  });
});

describe("normalizeText (property)", () => {
  it("is idempotent and leaves no line breaks, double spaces or edge whitespace", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (a, b) => {
          for (const raw of [a, b, `${a}-\n${b}`]) {
            const once = normalizeText(raw);
            expect(normalizeText(once)).toBe(once);
            expect(once).not.toMatch(/\n| {2}/);
            expect(once.trim()).toBe(once);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("buildDocumentText", () => {
  it("joins blocks with blank lines and records paragraph offsets and heading paths", () => {
    // A lone opening H1 is the document's title: in the text, not in the heading paths.
    const doc = buildDocumentText([
      { text: "Title", heading: 1 },
      { text: "First  para." },
      { text: "Sub", heading: 2 },
      { text: "Second para.", label: "Lead" },
      { text: "Other", heading: 2 },
      { text: "Third." },
    ]);
    expect(doc.text).toBe("Title\n\nFirst para.\n\nSub\n\nSecond para.\n\nOther\n\nThird.");
    expect(
      doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end), p.headingPath, p.label]),
    ).toEqual([
      ["First para.", [], undefined],
      ["Second para.", ["Sub"], "Lead"],
      ["Third.", ["Other"], undefined],
    ]);
    const twoTops = buildDocumentText([
      { text: "Part one", heading: 1 },
      { text: "A." },
      { text: "Part two", heading: 1 },
      { text: "B." },
    ]);
    expect(twoTops.paragraphs.map((p) => p.headingPath)).toEqual([["Part one"], ["Part two"]]);
  });
});

describe("chunkDocument", () => {
  const doc = { id: "d", sources: [] };

  it("keeps passages between about 80 and 250 words on paragraph boundaries", () => {
    const blocks: RawBlock[] = Array.from({ length: 12 }, () => ({ text: sentences(6) }));
    const passages = chunkDocument(doc, buildDocumentText(blocks));
    const sizes = passages.map((p) => countWords(p.text));
    for (const n of sizes) {
      expect(n).toBeGreaterThanOrEqual(80);
      expect(n).toBeLessThanOrEqual(250);
    }
    // Paragraphs of 60 words pack two or three to a passage, never split.
    for (const n of sizes) expect(n % 60).toBe(0);
  });

  it("never crosses a PDF page or a section", () => {
    const blocks: RawBlock[] = [
      { text: sentences(3), page: 1 },
      { text: sentences(3), page: 2 },
      { text: "Section A", heading: 2 },
      { text: sentences(3) },
      { text: "Section B", heading: 2 },
      { text: sentences(3) },
    ];
    const passages = chunkDocument(doc, buildDocumentText(blocks));
    expect(passages.map((p) => [p.page, p.sectionPath])).toEqual([
      [1, []],
      [2, []],
      [undefined, ["Section A"]],
      [undefined, ["Section B"]],
    ]);
  });

  it("splits an overlong paragraph at sentences and an overlong sentence between words", () => {
    const long = sentences(60); // 600 words
    const passages = chunkDocument(doc, buildDocumentText([{ text: long }]));
    expect(passages.length).toBeGreaterThanOrEqual(3);
    for (const p of passages) {
      expect(countWords(p.text)).toBeLessThanOrEqual(250);
      expect(p.text.endsWith("end.")).toBe(true);
    }
    const runOn = words(700);
    const pieces = chunkDocument(doc, buildDocumentText([{ text: runOn }]));
    expect(pieces.map((p) => countWords(p.text))).toEqual([250, 250, 200]);
    expect(pieces.map((p) => p.text).join(" ")).toBe(runOn);
  });

  it("cuts a run of characters without a space (a megabyte of it) into bounded passages", () => {
    const blob = "x".repeat(1_000_000);
    const text = buildDocumentText([{ text: `Before the blob. ${blob} After the blob.` }]);
    const passages = chunkDocument(doc, text);
    const longest = Math.max(...passages.map((p) => p.text.length));
    // At most maxWords plus a merged short tail (30) of words of at most MAX_WORD_CHARS.
    expect(longest).toBeLessThanOrEqual((250 + 30) * (MAX_WORD_CHARS + 1));
    // Offsets still point into the text, and together the passages cover the blob.
    for (const p of passages) expect(text.text.slice(p.start, p.end)).toBe(p.text);
    expect(passages.reduce((n, p) => n + (p.text.match(/x/g)?.length ?? 0), 0)).toBe(blob.length);
  });

  it("merges a very short trailing piece into its neighbour within the same section", () => {
    const blocks: RawBlock[] = [
      { text: sentences(17) },
      { text: sentences(6) },
      { text: "Short tail here." },
    ];
    const passages = chunkDocument(doc, buildDocumentText(blocks));
    expect(passages.at(-1)?.text.endsWith("Short tail here.")).toBe(true);
    expect(passages.every((p) => countWords(p.text) >= 30)).toBe(true);
  });

  it("starts a new passage at a bold-lead sub-section and keeps its label in the section path", () => {
    const blocks: RawBlock[] = [
      { text: "Note title", heading: 1 },
      { text: `Starting point. ${sentences(6)}`, label: "Starting point" },
      { text: `The compromise. ${sentences(6)}`, label: "The compromise" },
      { text: `Tiny. ${sentences(1)}`, label: "Tiny" },
      { text: `After tiny. ${sentences(6)}`, label: "After tiny" },
    ];
    const passages = chunkDocument(doc, buildDocumentText(blocks));
    expect(passages.map((p) => p.sectionPath)).toEqual([
      ["Starting point"],
      ["The compromise"],
      // Under the label-break size, so the next sub-section joins it.
      ["Tiny"],
    ]);
    expect(passages[2]?.text).toContain("After tiny.");
  });

  it("gives each passage an id, ordinal, content hash and resolved [n] references", () => {
    const sources = [
      { n: 1, title: "One", url: "https://example.org/1" },
      { n: 2, title: "Two" },
    ];
    const blocks: RawBlock[] = [
      { text: `${sentences(9)} [2][1]` },
      { text: "Below", heading: 2 },
      { text: `${sentences(9)} [2] and [7] is not a source.` },
    ];
    const passages = chunkDocument({ id: "note-x", sources }, buildDocumentText(blocks));
    expect(passages.map((p) => [p.id, p.ordinal, p.sourceRefs])).toEqual([
      ["note-x:1", 1, [1, 2]],
      ["note-x:2", 2, [2]],
    ]);
    for (const p of passages) expect(p.contentHash).toBe(sha256(p.text));
    expect(citedNumbers("a [3] b [1] c [3]")).toEqual([3, 1]);
    expect(resolveSourceRefs("[3] [1]", sources)).toEqual([1]);
  });

  it("splits sentences and words at their boundaries", () => {
    const text = "One two. Three four five? Six.";
    expect(sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual([
      "One two.",
      "Three four five?",
      "Six.",
    ]);
    expect(wordPieces(text, 0, text.length, 2).map(([s, e]) => text.slice(s, e))).toEqual([
      "One two.",
      "Three four",
      "five? Six.",
    ]);
  });
});

describe("passage offsets (property)", () => {
  const wordArb = fc.oneof(
    fc.constantFrom(
      "ITU",
      "treaty",
      "regu-\nlation",
      "Llanso\u0301",
      "5A",
      "[1]",
      "[2]",
      "end.",
      "Why?",
      "—",
    ),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const spaceArb = fc.constantFrom(" ", "  ", "\n", "\t", " \n ", "\u00a0", "-\n");
  const paragraphArb = fc
    .array(fc.tuple(wordArb, spaceArb), { minLength: 1, maxLength: 120 })
    .map((parts) => parts.map(([w, s]) => w + s).join(""));
  const blockArb: fc.Arbitrary<RawBlock> = fc.oneof(
    { weight: 6, arbitrary: paragraphArb.map((text) => ({ text })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(paragraphArb, fc.integer({ min: 1, max: 3 }))
        .map(([text, heading]) => ({ text: text.slice(0, 40), heading })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(paragraphArb, fc.integer({ min: 1, max: 4 }))
        .map(([text, page]) => ({ text, page })),
    },
    { weight: 1, arbitrary: paragraphArb.map((text) => ({ text, label: text.slice(0, 12) })) },
  );

  it("the normalized text at a passage's offsets is the passage, in order, without overlap", () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 25 }), (blocks) => {
        const doc = buildDocumentText(blocks);
        const passages = chunkDocument({ id: "p", sources: [{ n: 1, title: "s" }] }, doc);
        let previousEnd = 0;
        for (const p of passages) {
          expect(doc.text.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          expect(p.text.trim()).toBe(p.text);
          expect(p.text.length).toBeGreaterThan(0);
          previousEnd = p.end;
        }
        // Every body word lands in exactly one passage.
        const bodyWords = doc.paragraphs.reduce(
          (n, par) => n + countWords(doc.text.slice(par.start, par.end)),
          0,
        );
        expect(passages.reduce((n, p) => n + countWords(p.text), 0)).toBe(bodyWords);
        // Normalized text has no line-end hyphens left and no runs of spaces.
        expect(doc.text).not.toMatch(/\p{Ll}-\n\p{Ll}/u);
        expect(doc.text).not.toMatch(/ {2}/);
        expect(doc.text).toBe(doc.text.normalize("NFC"));
      }),
      { numRuns: 300 },
    );
  });
});
