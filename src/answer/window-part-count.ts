// A count of a part of a whole the question counts (issue #12, nearmiss26): "how many of the 89
// countries that signed were African states?" is answered only by a number of that part, not by
// the whole's count. Read by `judgeWindow` (coverage-window.ts); the whole's count is read by
// `readQuestionDemands` (coverage-demands.ts).

import { MONTHS } from "./evidence.ts";
import type { KeyTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";

/**
 * "How many of the 89 countries…", "of the 77 votes for…, how many…", "how many of the 55 that
 * held off…": the count of the whole a count question takes a part of, written in digits after
 * "of the" ("of all", "of those", "of these").
 */
export function wholeCountOf(question: string): number | undefined {
  const m = WHOLE_COUNTED.exec(question);
  return m ? Number((m[1] as string).replace(/,/g, "")) : undefined;
}
const WHOLE_COUNTED =
  /\bof\s+(?:the|all|those|these)\s+(?:(?:more\s+than|over|some|about|around|roughly)\s+)?(\d{1,3}(?:,\d{3})?)(?:-odd|\+)?\s+\p{L}/iu;

/**
 * Whether a window gives the count of the part asked (`wholeCount` being the whole's): it meets
 * every required term (a term it misses, "African", "European", is what picks the part out, so a
 * window without it counts the whole or another part), and one of its sentences states a number
 * below the whole's that is no year or day of a date, or says none. "89 Member States signed…,
 * so 55 did not sign on the spot" gives no part of the 55 that signed later, nor of the 89 that
 * were African.
 */
export function partCounted(
  wholeCount: number | undefined,
  w: Window,
  missing: readonly KeyTerm[],
): boolean {
  if (wholeCount === undefined) return true;
  if (missing.length > 0) return false;
  return w.spans.some(({ text }) => NONE.test(text) || numbersIn(text).some((n) => n < wholeCount));
}

/**
 * The numbers a sentence states, less years, the days of dates and the numbers of named items
 * ("Article 19", "Committee 5").
 */
function numbersIn(text: string): number[] {
  const undated = text.replace(DATED_DAY, " ").replace(YEAR, " ");
  const found: number[] = [];
  for (const m of undated.matchAll(NUMBER)) {
    const digits = m[1];
    found.push(
      digits !== undefined
        ? Number(digits.replace(/,/g, ""))
        : NUMBER_WORDS.indexOf((m[2] as string).toLowerCase()) + 2,
    );
  }
  return found;
}
const DATED_DAY = new RegExp(
  String.raw`\b\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}\b`,
  "gi",
);
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;
/** Counts in words, from two ("one" is as often a pronoun). */
const NUMBER_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.-]|\p{Lu}[\p{L}.]*\s)(?:(\d{1,3}(?:,\d{3})*(?:\.\d+)?)|(${NUMBER_WORDS.join("|")}))(?![\p{L}\p{N}]|-[\p{L}])`,
  "giu",
);
/** "No EU Member State signed", "none of them": a count of nought. */
const NONE = /\b(?:none\s+of|not\s+one|no\s+(?:single\s+)?\p{Lu})/u;
