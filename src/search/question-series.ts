// A series a question names ("every letter, statement and petition", "Russia and China each"):
// its members, and whether a text is nothing but one.

import { foldQuoteMarks } from "./question-quotes.ts";

/**
 * A series the question names: three or more items ("every letter, statement and petition"), or
 * two asked of each ("Russia and China each…"). An item is at most four words.
 */
const SERIES_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&/-]*";
const SERIES_ITEM = `${SERIES_WORD}(?:\\s+${SERIES_WORD}){0,3}`;
const SERIES = new RegExp(
  `(${SERIES_ITEM})((?:,\\s+${SERIES_ITEM})*),?\\s+(?:and|or)\\s+(${SERIES_ITEM})`,
  "u",
);
/**
 * "preamble, scope, security and spam": a text that is nothing but a series of short items, the
 * parts of a topic named elsewhere ("key provisions of the new treaty text as bullets: …").
 */
export function isBareSeries(text: string): boolean {
  // (An aside after it, "(pls cite sources)", is no part of the series.)
  const folded = foldQuoteMarks(text)
    .replace(/\s*\([^()]*\)[\s.!?]*$/, "")
    .replace(/[\s.!?]+$/, "")
    .trim();
  const m = SERIES.exec(folded);
  return (
    m !== null &&
    m.index === 0 &&
    m[0].length === folded.length &&
    seriesMembers(folded).length >= 3
  );
}
export function seriesMembers(content: string): string[] {
  const m = SERIES.exec(foldQuoteMarks(content));
  if (!m) return [];
  const middle = (m[2] as string).split(/,\s+/).filter((x) => x.length > 0);
  const members = [m[1] as string, ...middle, m[3] as string];
  return members.length >= 3 || /\beach$/i.test(m[3] as string) ? members : [];
}
