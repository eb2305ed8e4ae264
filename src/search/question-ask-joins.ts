// How an analyst joins a second ask to the first in chat (twopart28), beside the comma, "and" and
// question mark that `splitAsks` (question.ts) always read: a dash ("…vote - also which
// delegations…?"), "plus" or "+" ("…, plus when did the Arab States…?", "… + what about the
// European Parliament, what did it…?"), and a joining adverb with a comma after a question mark
// ("…propose? also, what did Kramer say…?", "…? separately, what tally did RSF give?"). Read
// as one sentence, the second ask's party or date was judged on the first ask's window.

import { AUXILIARY, QUESTION_WORD } from "./question-words.ts";

/**
 * Words (with a comma or not) that say a later ask follows, before its question word: "and",
 * "also", "plus", "separately"… ("…? also, what…", "…, and separately how…").
 */
export const JOIN_WORDS = "(?:and|but|or|also|plus|then|separately|secondly|additionally)";
/** One or two join words before an ask, each followed by spaces or a comma: "and also", "also,". */
export const JOINS_BEFORE_ASK = String.raw`(?:${JOIN_WORDS}\b[\s,]+){1,2}`;

/**
 * The cuts `splitAsks` reads besides its own (`ASK_CUT`), as a regular-expression source with
 * two groups:
 * - a dash between spaces and a join word before a question word or an auxiliary opening a
 *   yes/no ("…vote - also which delegations…", "…vote - and who walked out…", "…ever say it
 *   outright - and did he own up to the leak", as ", and did…" is cut); group 1 holds the join
 *   word. (Not a dash alone: "what headcount did CEPT send to Dubai - how many delegates in
 *   all?" asks one thing twice, and split, its count was read as a sequel and answered from
 *   CEPT's 48 members.)
 * - "plus" or "+" before a question word, after a comma or not ("…WCIT, plus when did…",
 *   "…in Dubai + what about…"); group 2 holds it. (Only before a question word: "the 89 plus the
 *   55 who did not sign" joins two nouns.)
 */
export const JOIN_CUT = String.raw`\s+[-–—]+\s+(and|also|plus)\b[\s,]+(?=(?:${QUESTION_WORD}|${AUXILIARY})\b)|[,;]?\s*(\bplus|\+)[\s,]+(?:(?:also|then|separately)[\s,]+)?(?=${QUESTION_WORD}\b)`;

/**
 * A piece that only points at a party or a thing to ask about ("+ what about the European
 * Parliament", "plus how about NTIA's Larry Strickling"): the ask it introduces follows after a
 * comma ("…, what did it resolve in November?"), and the two are one ask, asked of that party.
 */
export function pointsAtOnly(piece: string): boolean {
  return POINTER.test(piece);
}
const POINTER = new RegExp(
  String.raw`^[^\p{L}]*(?:${JOIN_WORDS}\b[\s,]+)*(?:what|how)\s+about\s+[^,;?]+$`,
  "iu",
);

/**
 * Whether a later piece of a question is set apart from the one before as an ask of its own (not
 * an apposition): it follows a question mark or opens with a join word, after a dash or not
 * ("? also, what…", ", and how…", " - also which…", " + what about…").
 */
export function setApartAsAsk(piece: string): boolean {
  return SET_APART.test(piece);
}
const SET_APART =
  /^\s*[?+]|^[\s,;]*(?:and|also|plus|separately|secondly|additionally)\b|^\s*[-–—]+\s+(?:and|also|plus)\b/iu;

/**
 * What joins a later ask to the one before, at its start, as `ownAsks` takes it off: punctuation,
 * a dash or "+", and its join words ("? also, ", " - and ", ", plus ").
 */
export const LEADING_JOIN =
  /^[\s,;:?!.+–—-]*(?:(?:and|but|or|also|plus|separately|secondly|additionally)\b[\s,]+){0,2}/i;
