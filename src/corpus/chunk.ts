// Cuts a document's normalized text into passages: the units of retrieval and citation. Passages
// follow paragraph and sentence boundaries, aim for about 80–250 words, and never cross a PDF page
// or a heading, so every passage has exactly one page or section to cite.
import { sha256 } from "../store/corpus.ts";
import { splitSentences } from "../text.ts";
import type { Passage, SourceRef } from "../types.ts";
import type { DocumentText, TextParagraph } from "./normalize.ts";

export interface ChunkOptions {
  /** A passage that has reached this size closes at the next paragraph that would overfill it. */
  minWords: number;
  /** Paragraphs are added while the passage stays under this size (once it has `minWords`). */
  targetWords: number;
  /** Hard ceiling, except for a short trailing piece merged into its neighbour. */
  maxWords: number;
  /** A labelled sub-section (bold lead) starts a new passage once the current one has this many. */
  labelBreakWords: number;
  /** A last piece of a section shorter than this joins the passage before it. */
  tailWords: number;
}

const DEFAULT_CHUNK_OPTIONS: ChunkOptions = {
  minWords: 80,
  targetWords: 180,
  maxWords: 250,
  labelBreakWords: 30,
  tailWords: 30,
};

interface Unit {
  start: number;
  end: number;
  words: number;
  /** First unit of a paragraph (as opposed to a sentence piece of a long one). */
  paragraphStart: boolean;
  /** The bold-lead label of the paragraph this unit belongs to. */
  label?: string;
  /** Set on the first unit of a labelled paragraph: a sub-section begins here. */
  opensLabel: boolean;
}

interface Segment {
  page?: number;
  headingPath: string[];
  units: Unit[];
}

/**
 * Sentence spans of `text[start, end)`, trimmed: the one sentence splitter's (src/text.ts), so a
 * long paragraph is never cut inside "H. Con. Res. 127".
 */
export function sentenceSpans(text: string, start: number, end: number): [number, number][] {
  return splitSentences(text.slice(start, end)).map((s) => [start + s.start, start + s.end]);
}

/**
 * Longest run of non-space characters that counts as one word when sizing passages. A longer run
 * (a megabyte without a space, base64, a minified line) counts as one word per this many
 * characters and may be cut inside, so no passage grows past about maxWords × this. Real words,
 * and the URLs of the starter corpus, are shorter.
 */
export const MAX_WORD_CHARS = 80;

/** Words of `text` as passages are sized: runs of non-space, a long run counting per MAX_WORD_CHARS. */
const WORD = new RegExp(`\\S{1,${MAX_WORD_CHARS}}`, "g");

function chunkWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Splits `text[start, end)` into pieces of at most `maxWords` words, cut between words. */
export function wordPieces(
  text: string,
  start: number,
  end: number,
  maxWords: number,
): [number, number][] {
  const pieces: [number, number][] = [];
  let pieceStart = -1;
  let pieceEnd = -1;
  let n = 0;
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const ws = start + (m.index ?? 0);
    if (n === maxWords) {
      pieces.push([pieceStart, pieceEnd]);
      n = 0;
    }
    if (n === 0) pieceStart = ws;
    pieceEnd = ws + m[0].length;
    n++;
  }
  if (n > 0) pieces.push([pieceStart, pieceEnd]);
  return pieces;
}

function paragraphUnits(text: string, p: TextParagraph, maxWords: number): Unit[] {
  const words = chunkWords(text.slice(p.start, p.end));
  const spans: [number, number][] =
    words <= maxWords
      ? [[p.start, p.end]]
      : sentenceSpans(text, p.start, p.end).flatMap(([s, e]) =>
          chunkWords(text.slice(s, e)) > maxWords ? wordPieces(text, s, e, maxWords) : [[s, e]],
        );
  return spans.map(([start, end], i) => {
    const unit: Unit = {
      start,
      end,
      words: chunkWords(text.slice(start, end)),
      paragraphStart: i === 0,
      opensLabel: i === 0 && p.label !== undefined,
    };
    if (p.label !== undefined) unit.label = p.label;
    return unit;
  });
}

function segmentsOf(doc: DocumentText, maxWords: number): Segment[] {
  const segments: Segment[] = [];
  let key = "";
  for (const p of doc.paragraphs) {
    const pKey = JSON.stringify([p.page ?? null, p.headingPath]);
    let segment = segments.at(-1);
    if (!segment || pKey !== key) {
      segment = { headingPath: p.headingPath, units: [] };
      if (p.page !== undefined) segment.page = p.page;
      segments.push(segment);
      key = pKey;
    }
    segment.units.push(...paragraphUnits(doc.text, p, maxWords));
  }
  return segments;
}

function packSegment(units: Unit[], o: ChunkOptions): Unit[][] {
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  let words = 0;
  for (const unit of units) {
    if (current.length > 0) {
      const overfull = words + unit.words > o.maxWords;
      const newSubsection = unit.opensLabel && words >= o.labelBreakWords;
      const fullEnough =
        unit.paragraphStart && words >= o.minWords && words + unit.words > o.targetWords;
      if (overfull || newSubsection || fullEnough) {
        groups.push(current);
        current = [];
        words = 0;
      }
    }
    current.push(unit);
    words += unit.words;
  }
  if (current.length > 0) groups.push(current);
  const last = groups.at(-1);
  const beforeLast = groups.at(-2);
  if (last && beforeLast && last.reduce((n, u) => n + u.words, 0) < o.tailWords) {
    beforeLast.push(...last);
    groups.pop();
  }
  return groups;
}

/** The `[n]` numbers a text cites, in order of first appearance. */
export function citedNumbers(text: string): number[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) seen.add(Number(m[1]));
  return [...seen];
}

/** `[n]` numbers that resolve against a document's sources, ascending. */
export function resolveSourceRefs(text: string, sources: SourceRef[]): number[] {
  const known = new Set(sources.map((s) => s.n));
  return citedNumbers(text)
    .filter((n) => known.has(n))
    .sort((a, b) => a - b);
}

/** Passages of one document; `normalized.slice(p.start, p.end) === p.text` for every one. */
export function chunkDocument(
  document: { id: string; sources: SourceRef[] },
  doc: DocumentText,
  options: Partial<ChunkOptions> = {},
): Passage[] {
  const o = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const passages: Passage[] = [];
  for (const segment of segmentsOf(doc, o.maxWords)) {
    for (const group of packSegment(segment.units, o)) {
      const first = group[0];
      const last = group.at(-1);
      if (!first || !last) continue;
      const text = doc.text.slice(first.start, last.end);
      const ordinal = passages.length + 1;
      const passage: Passage = {
        id: `${document.id}:${ordinal}`,
        documentId: document.id,
        ordinal,
        sectionPath: first.label ? [...segment.headingPath, first.label] : [...segment.headingPath],
        start: first.start,
        end: last.end,
        text,
        sourceRefs: resolveSourceRefs(text, document.sources),
        contentHash: sha256(text),
      };
      if (segment.page !== undefined) passage.page = segment.page;
      passages.push(passage);
    }
  }
  return passages;
}
