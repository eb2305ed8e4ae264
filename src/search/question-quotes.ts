// Quote marks and quoted phrases: curly marks folded to plain ones, and the phrases a question
// quotes (retrieval boosts them; the instruction reader never looks inside them).

const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
/**
 * "…" anywhere; '…' only where the marks cannot be apostrophes: the opening one not after a
 * letter or digit, the closing one not before one ("Russia's 'RUC' proposal").
 */
export const QUOTED = /"([^"]*)"|(?<![\p{L}\p{N}])'([^']+?)'(?![\p{L}\p{N}])/gu;

const NON_ASCII = /[\u0080-\uffff]/;

/** Curly and other quote marks as plain ' and ", so one rule reads them all. */
export function foldQuoteMarks(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'");
}

/** The quoted phrases of a question (quote marks of any kind), trimmed, without empty ones. */
export function quotedPhrasesOf(question: string): string[] {
  if (!/["'\u00ab\u00bb\u2018-\u201f\u2032\u2033]/.test(question)) return [];
  const out: string[] = [];
  for (const m of foldQuoteMarks(question).matchAll(QUOTED)) {
    const phrase = (m[1] ?? m[2] ?? "").trim();
    if (/[\p{L}\p{N}]/u.test(phrase)) out.push(phrase);
  }
  return out;
}
