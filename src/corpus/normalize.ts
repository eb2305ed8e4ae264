// Text normalization and the document text that passage offsets point into. Loaders hand over
// blocks (headings and paragraphs, with page or section); this module normalizes each block and
// joins them, remembering where every block landed, so a passage is always an exact slice.

/** One structural piece of a loaded file, before normalization. */
export interface RawBlock {
  text: string;
  /** Heading level (1 = top); absent for paragraphs. */
  heading?: number;
  /** 1-based PDF page. */
  page?: number;
  /** A bold lead (`**The compromise.**`) that labels this paragraph as a sub-section. */
  label?: string;
}

/** A paragraph of the normalized document text, with where it sits in the document. */
export interface TextParagraph {
  start: number;
  end: number;
  page?: number;
  /** Heading path, outermost first; excludes the paragraph's own label. */
  headingPath: string[];
  label?: string;
}

export interface DocumentText {
  /** Blocks joined with blank lines; every offset below indexes into this string. */
  text: string;
  /** Body paragraphs in order (headings are part of `text` but not of any paragraph). */
  paragraphs: TextParagraph[];
}

const LINE_END_HYPHEN = /(\p{L})-[ \t]*\r?\n\s*(\p{Ll})/gu;
/** A hyphen that belongs to the word (`CWG-` before `WCIT12`): keep it, drop the line break. */
const LINE_END_COMPOUND = /(\p{L}|\p{N})-[ \t]*\r?\n\s*(?=\p{Lu}|\p{N})/gu;
const SOFT_HYPHEN = /\u00ad/g;
const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/**
 * Normalizes one block of text: Unicode NFC, words hyphenated across a line end joined
 * (`regu-\nlation` → `regulation`, but `CWG-\nWCIT12` keeps its hyphen), soft hyphens dropped,
 * whitespace folded to single spaces, trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(SOFT_HYPHEN, "")
    .replace(LINE_END_HYPHEN, "$1$2")
    .replace(LINE_END_COMPOUND, "$1-")
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

/**
 * Builds the document's normalized text from its blocks: each non-empty block normalized and
 * separated from the next by a blank line, headings tracked into each paragraph's heading path.
 */
export function buildDocumentText(blocks: RawBlock[]): DocumentText {
  const parts: string[] = [];
  const paragraphs: TextParagraph[] = [];
  const headings: { level: number; text: string }[] = [];
  const titleBlock = documentTitleHeading(blocks);
  let offset = 0;
  for (const block of blocks) {
    const text = normalizeText(block.text);
    if (text === "") continue;
    if (parts.length > 0) offset += 2;
    const start = offset;
    parts.push(text);
    offset += text.length;
    // The document's own title is not a section: citations show the title already.
    if (block === titleBlock) continue;
    if (block.heading !== undefined) {
      while (headings.length > 0 && (headings.at(-1)?.level ?? 0) >= block.heading) headings.pop();
      headings.push({ level: block.heading, text });
      continue;
    }
    const paragraph: TextParagraph = {
      start,
      end: offset,
      headingPath: headings.map((h) => h.text),
    };
    if (block.page !== undefined) paragraph.page = block.page;
    const label = block.label === undefined ? "" : normalizeText(block.label);
    if (label) paragraph.label = label;
    paragraphs.push(paragraph);
  }
  return { text: parts.join("\n\n"), paragraphs };
}

/** A lone level-1 heading that opens the document is its title, not a section. */
function documentTitleHeading(blocks: RawBlock[]): RawBlock | undefined {
  const first = blocks.find((b) => normalizeText(b.text) !== "");
  if (first?.heading !== 1) return undefined;
  const h1s = blocks.filter((b) => b.heading === 1 && normalizeText(b.text) !== "");
  return h1s.length === 1 ? first : undefined;
}

/** Word count as chunking measures it. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}
