// A count asked after a premise that states figures of its own: "touré had mobile subs going from
// 4.3m to 6bn+ - what number did he give for internet users", "how many of the million-plus
// petition signatures came from inside the us". A sentence whose only counts are the premise's
// figures, written the source's way ("about 4.3 million … to over six billion", "more than one
// million petition signatures"), restates what the asker already gave; it does not tell the count
// asked (`countsBeyondPremise`).

import { NUMBER_WORDS } from "../search/question-words.ts";
import { carriesAnswer, MONTHS } from "./evidence.ts";

/**
 * Number words a figure may be written in, by value ("six billion", "four months"): the shared
 * small numbers (not "one", read only before a magnitude, nor "couple" and "pair", which count no
 * figure), and the tens and "hundred" a figure is also written in.
 */
const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...Object.entries(NUMBER_WORDS).filter(([w]) => w !== "one" && w !== "couple" && w !== "pair"),
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
]);

/** A magnitude written after a figure, in full or as the shorthand askers type ("1m+", "6bn"). */
const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["bn", 1e9],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);

/**
 * A figure: digits ("35,000", "4.3") with a shorthand magnitude ("4.3m", "6bn+", "35k"), or a
 * number word ("six", and "one" only before a magnitude: "one million"), either followed by a
 * magnitude word; or a magnitude word alone ("the million-signature petition"). Not a part of a
 * name or a code ("TD-62", "5.4", "C-109": no letter, dot or hyphen before it).
 */
const FIGURE = new RegExp(
  `(?<![\\w.,'’-])(?:(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)(k|mn|m|bn)?|(${[...NUMBER_WORD_VALUES.keys()].join("|")}|one|a)(?=[\\s-]+(?:thousand|million|billion)\\b)|(${[...NUMBER_WORD_VALUES.keys()].join("|")}))?(?:[\\s-]*\\b(thousand|million|billion)s?)?(?:\\+|-plus)?(?![\\w]|[.,]\\d)`,
  "gi",
);
const YEAR = /^(?:18[5-9]\d|19\d\d|20\d\d)$/;

/** A month as written in full or clipped ("December", "dec", "sept"). */
const MONTH = `(?:${MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
/**
 * A day of a date, or a range of days, beside its month ("7-8 December", "on 14 dec", "Sept 13"):
 * it dates the premise and counts nothing. (Read as figures, "the bloc rewrite that leaked around
 * 7-8 December" stated a 7, and the answer's "Around 7–8 December…" restated it.)
 */
const DAYS = new RegExp(
  `\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}(?!\\w)|\\b${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\b`,
  "gi",
);

interface Figure {
  value: number;
  start: number;
  end: number;
}

/** The figures a text writes, with their value and place (years left out: they date, not count). */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, digits, short, wordBefore, word, magnitude] = m;
    if (
      whole.trim() === "" ||
      (digits === undefined &&
        wordBefore === undefined &&
        word === undefined &&
        magnitude === undefined)
    )
      continue;
    const value = figureValue(digits, short, wordBefore ?? word, magnitude);
    if (
      value === undefined ||
      (digits !== undefined && short === undefined && magnitude === undefined && YEAR.test(digits))
    )
      continue;
    out.push({ value, start: m.index, end: m.index + whole.length });
  }
  return out;
}

function figureValue(
  digits: string | undefined,
  short: string | undefined,
  word: string | undefined,
  magnitude: string | undefined,
): number | undefined {
  const base =
    digits !== undefined
      ? Number(digits.replace(/,/g, ""))
      : word !== undefined
        ? (NUMBER_WORD_VALUES.get(word.toLowerCase()) ?? 1)
        : 1;
  if (Number.isNaN(base)) return undefined;
  const scale = (s: string | undefined) =>
    s === undefined ? 1 : (MAGNITUDES.get(s.toLowerCase()) ?? 1);
  return base * scale(short) * scale(magnitude);
}

/** Whether two figures are the same count (to a part in a thousand: "4.3m" is "4.3 million"). */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 1e-3;
}

/**
 * Whether a sentence's counts are all figures the question states: with those blanked, no count
 * is left ("Touré used growth statistics (mobile subscriptions up from about 4.3 million in 1988
 * to over six billion)" for a question stating "4.3m to 6bn+").
 */
export function countsOnlyRestated(stated: readonly number[], sentence: string): boolean {
  let rest = sentence;
  let restated = false;
  for (const f of figuresIn(sentence).reverse()) {
    if (!stated.some((v) => sameFigure(v, f.value))) continue;
    rest = `${rest.slice(0, f.start)} ${rest.slice(f.end)}`;
    restated = true;
  }
  return restated && !carriesAnswer(rest, "number");
}

/**
 * Whether a how-many question's count is told beyond the figures its premise states: some
 * sentence naming what the question names (`namesAsked`) carries a count that is not only those
 * figures restated. (Not a count of another thing in a sentence beside it: "It raised three
 * problems…" next to the petition's "more than one million signatures".) A question stating no
 * figure is left to the other checks.
 */
export function countsBeyondPremise(
  question: string,
  sentences: readonly string[],
  namesAsked: (sentence: string) => boolean,
): boolean {
  const stated = figuresIn(question.replace(DAYS, " ")).map((f) => f.value);
  if (stated.length === 0) return true;
  return sentences.some(
    (s) => carriesAnswer(s, "number") && namesAsked(s) && !countsOnlyRestated(stated, s),
  );
}
