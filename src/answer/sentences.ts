// Sentences of a passage, with offsets, for the extractive answer and for citation quotes.
// Intl.Segmenter does the splitting; the repairs below undo the splits it gets wrong on our corpus
// (a bold lead-in's closing "**", note markers like "[2][3]" after the full stop, "Art. 5A").

export interface SentenceSpan {
  /** Offsets into the text that was split: `text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
  /** The sentence as written, trimmed, trailing `[n]` markers included. */
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * Abbreviations after which a full stop does not end the sentence: legal and document references
 * (Art., Res., Con., Doc., No.), titles (Amb., Sen.), months, Latin (e.g., i.e., cf.), and initials
 * ("H. Con. Res. 127", "J. R. Smith"). A sentence that really ends in a single capital ("Plan B.")
 * is rare in this field; a citation cut in two ("Res. 127" without "H. Con.") is not.
 */
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:Art|Arts|No|Nos|Rev|Res|Con|Cong|Sess|Doc|Docs|Mr|Mrs|Ms|Dr|St|Amb|Sen|Rep|Gov|Gen|Prof|Hon|Dept|vs|cf|para|paras|p|pp|Vol|Fig|Sec|Ch|Jr|Sr|Inc|Ltd|Corp|approx|ca|e\.g|i\.e|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|\p{Lu})\.\s*$/u;
/** A dotted acronym ("U.S.", "U.N.") at the end of a piece: an abbreviation, unless a sentence follows. */
const DOTTED_ACRONYM_AT_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
/** Words that open sentences: after "the U.S." they start a new one ("…from the U.S. The UK…"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  "A An And As At But By During For From He Her His However If In It Its Meanwhile Moreover Nor On Only Or She Since So Some That The Their Then There These They This Those Thus To Under Unlike We When Where While Yet".split(
    " ",
  ),
);
/** What may follow a sentence end and still belong to it: closing emphasis, brackets, quote marks. */
const LEADING_CLOSERS = /^(?:\*\*|__|[*_)\]"”’])+/;
/** Note markers (`[2]`, `[2][3]`) that a sentence carries after its full stop. */
const LEADING_MARKERS = /^(?:\s*\[\d{1,3}\])+/;
const TRAILING_MARKERS = /(?:\s*\[\d{1,3}\])+\s*$/;
const ANY_MARKER = /\s*\[\d{1,3}\]/g;

/** Splits text into sentences; every span's text is the trimmed slice at its offsets. */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(text)) {
    raw.push({ start: segment.index, end: segment.index + segment.segment.length });
  }
  const merged: { start: number; end: number }[] = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    if (!previous) {
      merged.push({ ...piece });
      continue;
    }
    const previousText = text.slice(previous.start, previous.end);
    const pieceText = text.slice(piece.start, piece.end);
    const paragraphEnded = /\n\s*$/.test(previousText);
    if (!paragraphEnded && shouldJoin(previousText, pieceText)) {
      previous.end = piece.end;
      continue;
    }
    // Move closers and note markers that open this piece back onto the sentence they end.
    const moved = paragraphEnded ? 0 : leadingTailLength(pieceText);
    if (moved > 0) {
      previous.end = piece.start + moved;
      if (moved < pieceText.length) merged.push({ start: piece.start + moved, end: piece.end });
      continue;
    }
    merged.push({ ...piece });
  }
  const spans: SentenceSpan[] = [];
  for (const { start, end } of merged) {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed === "") continue;
    spans.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
  }
  return spans;
}

function shouldJoin(previousText: string, pieceText: string): boolean {
  if (ABBREVIATION_AT_END.test(previousText)) return true;
  // A sentence never starts in lower case; the segmenter broke inside one (e.g. after "U.S.").
  if (/^\s*[a-z]/.test(pieceText)) return true;
  // "The U.S. Congress", "the U.N. Charter": a name goes on after the acronym.
  if (DOTTED_ACRONYM_AT_END.test(previousText)) {
    const next = /^\s*([\p{L}]+)/u.exec(pieceText)?.[1];
    return next !== undefined && !SENTENCE_OPENERS.has(next);
  }
  return false;
}

/** Length of the closers, markers and spaces at the start of a piece that belong to the previous sentence. */
function leadingTailLength(pieceText: string): number {
  let length = 0;
  for (;;) {
    const rest = pieceText.slice(length);
    const closer = LEADING_CLOSERS.exec(rest) ?? LEADING_MARKERS.exec(rest);
    if (!closer || closer[0].length === 0) break;
    length += closer[0].length;
  }
  if (length === 0) return 0;
  const after = pieceText.slice(length);
  return length + (after.length - after.trimStart().length);
}

/** Removes the `[n]` note markers that end a sentence and returns their numbers. */
export function stripTrailingMarkers(sentence: string): { text: string; refs: number[] } {
  const match = TRAILING_MARKERS.exec(sentence);
  if (!match) return { text: sentence, refs: [] };
  const refs = [...match[0].matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
  return { text: sentence.slice(0, match.index).trimEnd(), refs };
}

/**
 * The sentence as shown in an answer: note markers removed (they would read as our own citation
 * markers), Markdown emphasis and link syntax dropped. The words stay as written.
 */
export function displaySentence(sentence: string): string {
  return sentence
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(ANY_MARKER, "")
    .replace(/\*\*|__/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True for bits that are not claims: headings and bold lead-ins, reference-list lines, bare
 * markers, link lists, credit lines, and anything too short to say something on its own.
 */
export function isFragment(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (/^\[\d{1,3}\]/.test(trimmed)) return true;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  if (/^(?:\*\*|__)[^*_]+(?:\*\*|__)$/.test(trimmed)) return true;
  if (/https?:\/\/|www\.|<http/i.test(trimmed)) return true;
  if (/©|\bcopyright\b/i.test(trimmed)) return true;
  const shown = displaySentence(stripTrailingMarkers(trimmed).text);
  if (!/[a-z]/.test(shown)) return true;
  const words = shown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "CEPT prepared European Common Proposals." says something; "See below." does not.
  if (words.length < 4) return true;
  // A heading: no closing punctuation and short.
  if (!/[.!?:;"”’)]$/.test(shown) && words.length < 12) return true;
  return false;
}

// Sentences that lean on the one before: an opening pronoun ("It concluded…", "These included…")
// or a connective that answers an earlier sentence ("On the other hand, …", "However, …").
const OPENING_REFERENT =
  /^(?:(?:none|some|all|each|many|most|few|both|one|neither|either|any) of (?:these|those|them|this|it|which)|he|she|it|its|they|their|them|this|these|those|his|her|such|however|moreover|furthermore|instead|rather|nevertheless|but|yet|thus|therefore|still|also|likewise|similarly|otherwise|on the other hand|in addition|by contrast|even so|as a result|in response|in turn|the latter|the former|the same)\b/i;

/** "the 55", "the two", "the latter": a noun phrase whose meaning is in an earlier sentence. */
const NUMBER_REFERENCE = /\b[Tt]he (\d+)\b(?!\s*(?:%|per ?cent))/g;

/** Whether a sentence opens by pointing back at the sentence before it. */
export function opensWithReferent(sentence: string): boolean {
  return OPENING_REFERENT.test(sentence.replace(/^[\s"“'‘(*_]+/, ""));
}

/** Numbers a sentence refers back to with "the N" ("the 55 included…"). */
export function numbersReferredTo(sentence: string): string[] {
  return [...sentence.matchAll(NUMBER_REFERENCE)].map((m) => m[1] as string);
}

/** Whether a sentence mentions the number `n` (not as part of a longer number). */
export function mentionsNumber(sentence: string, n: string): boolean {
  return new RegExp(`(?<![\\d.,])${n}(?![\\d])`).test(sentence);
}

/**
 * A sentence that only announces what follows ("CDT's objections, as reported, were these.", "It
 * listed the following:"): nothing on its own, and the sentences after it stand by themselves.
 */
export function pointsForward(sentence: string): boolean {
  return /(?:\b(?:these|the following|as follows|follows)\s*[.:]|:)\s*$/i.test(sentence.trim());
}

/**
 * A sentence about the document collection rather than the subject ("This corpus does not
 * document…", "these notes"): a caveat worth keeping beside an answer, never an answer itself.
 */
export function isAboutTheCorpus(sentence: string): boolean {
  return /\b(?:this|the|these|our) (?:corpus|briefing notes?|notes?)\b/i.test(sentence);
}

/** Whether a sentence is only a heading of its passage ("Two treaties in force at once."). */
export function isSectionLabel(sentence: string, sectionPath: readonly string[]): boolean {
  const bare = (s: string) =>
    s
      .replace(/[*_]/g, "")
      .replace(/[\s.:;!?]+$/, "")
      .trim()
      .toLowerCase();
  const shown = bare(sentence);
  return shown !== "" && sectionPath.some((heading) => bare(heading) === shown);
}
