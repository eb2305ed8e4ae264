// Joined questions of two or three parts with one ask over them all, in the shapes pair44's sides
// and parts44's noun phrases left unread (join45): dated things set together by a tail ("did A, B
// and C all land in the same month", "A and B - same month? dates pls", "A, B and C - were all
// three in different years? dates pls"), and statements asked for their reasons at the end ("the
// czechs explained X, and kroes was still uneasy after Y - why, in each case", "…- what was each
// one's reasoning"). Each part gets its own ask (a date: "when was A"; a reason: "why A"), for
// `byEachAsk` (coverage-otherwise.ts) to judge alone: a part not covered leaves the whole
// question not covered. The tail itself (same month or not, which reason) is what the parts'
// facts answer when stated side by side; no place is asked to state a verdict over them.

import { splitSentences } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import { carriesAnswer } from "./evidence.ts";
import { ITEM_BREAK, MAX_ITEMS } from "./naming-lead.ts";
import type { SidedAsks } from "./side-asks.ts";
import type { Analyze } from "./terms.ts";

/** A part is a name, a short phrase naming an act, or one clause: not a paragraph. */
const MAX_PART_WORDS = 14;
/** The least a stated part needs to tell something: a doer, a verb and what it did. */
const MIN_CLAUSE_WORDS = 3;

/** A piece that opens as a question of its own. */
export const QUESTION_OPENING = /^(?:what|which|who|whom|whose|when|where|why|how)\b/i;
const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");
/** A piece without the joining punctuation before it and the closing punctuation after it. */
export const clean = (text: string) =>
  text
    .replace(/^[\s,;:]+/u, "")
    .replace(/[\s?!.,;:]+$/u, "")
    .trim();

/**
 * A comparison of dates: "same month", "different years", "a few weeks apart", or one date they
 * are all asked to fall in ("all land in november 2012"). A tail over the parts that asks only
 * this is answered by each part's date, stated; no verdict over them is given.
 */
const DATES_SET_TOGETHER =
  /\b(?:same|different|separate)\s+(?:day|week|month|year)s?\b|\b(?:days?|weeks?|months?|years?)\s+apart\b|\b(?:in|by|during)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+)?(?:'\d\d|\d{4})\b/i;
/**
 * The words a tail comparing dates is made of besides the comparison: pronouns for the parts,
 * counts of them, verbs of taking place, and the asker's request for the dates ("dates pls").
 */
const DATE_TAIL_WORD =
  /^(?:were|was|are|is|did|do|does|they|those|these|them|it|all|any|two|three|both|of|in|at|the|a|few|couple|same|different|separate|days?|weeks?|months?|years?|apart|or|not|each|dates?|pls|please|plz|need|give|gimme|me|exact|rough|thx|thanks|land|landed|fall|fell|happen|happened|come|came|out|go|went|sit|sat)$/i;

/** Where named parts and the one ask over them meet: a colon, a semicolon or a spaced dash. */
const JOIN = /^\s*([^:;?!]+?)\s*(?::|;|\s[-–—]\s|\s?[–—]\s?)\s*(.+?)\s*$/u;

/**
 * "did A, B and C all land in the same month", "were A and B all in different years": the parts
 * are the subject before "all", the rest a comparison of their dates. Group 1 the parts, group 2
 * the rest.
 */
const ALL_AT_ONE_TIME =
  /^\s*(?:so\s+|ok\s+)?(?:did|were|was|are|do)\s+(.+?)\s+all(?:\s+(?:two|three|of\s+them))?\s+(.+)$/i;

/** A month or a year in a tail's date ("november", "2012", "'12"). */
const DATE_WORD = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|'?\d{2,4})$/i;

/** Whether a tail asks only how the parts' dates compare, and their dates. */
function comparesDatesOnly(tail: string): boolean {
  const wordsOfTail = words(tail.replace(/[?!.,]/g, " "));
  return (
    DATES_SET_TOGETHER.test(tail) &&
    wordsOfTail.every((w) => DATE_TAIL_WORD.test(w) || DATE_WORD.test(w))
  );
}

/** Parts as asks written with `question` before each, or undefined where a part is no part. */
function partsAsked(question: string, parts: readonly string[], asClauses = false) {
  const trimmed = parts.map(clean);
  if (trimmed.length < 2 || trimmed.length > MAX_ITEMS) return undefined;
  const least = asClauses ? MIN_CLAUSE_WORDS : 1;
  const fits = (part: string) =>
    words(part).length >= least &&
    words(part).length <= MAX_PART_WORDS &&
    !QUESTION_OPENING.test(part);
  if (!trimmed.every(fits)) return undefined;
  return { items: trimmed, asks: trimmed.map((part) => `${question} ${part}?`) };
}

/**
 * Two or three dated things set together by a comparison of their dates, before the parts ("did
 * A, B and C all land in the same month") or after them ("A and B - same month? dates pls"):
 * "when was A?", "when was B?", ….
 */
export function datesOfParts(question: string): SidedAsks | undefined {
  const all = ALL_AT_ONE_TIME.exec(question);
  if (all && comparesDatesOnly(all[2] as string))
    return partsAsked("when was", (all[1] as string).split(ITEM_BREAK));
  const joined = JOIN.exec(question);
  if (!joined || !comparesDatesOnly(joined[2] as string)) return undefined;
  return partsAsked("when was", (joined[1] as string).split(ITEM_BREAK));
}

/** `datesOfParts`' asks, marked as asking each part's date (`partDatedThere` checks them). */
function datedParts(question: string): SidedAsks | undefined {
  const parts = datesOfParts(question);
  return parts && { ...parts, dated: true };
}

/**
 * Whether the passage covering a part asked for its date (a `datesOfParts` part) holds a sentence
 * that both gives a date and names the part: every number of its name ("62" of "td-62", "21" of
 * "doc 21") and one more of its words. A noun phrase asks no verb, so the one-ask checks ask
 * no act to be dated (window-act-date.ts), and "when was brazil's own proposal?" passes on a
 * paragraph that dates the Budapest Convention and says elsewhere that Brazil stayed out of it;
 * "when was td-62?" on the WCITLeaks paragraph, which names TD-62 in an undated sentence. Where
 * the part's own sentence gives no date, the place does not date it.
 */
export function partDatedThere(
  part: string,
  passage: ScoredPassage | undefined,
  analyzeText: Analyze,
): boolean {
  if (passage === undefined) return false;
  const terms = analyzeText(part).filter((t) => t.length >= 3 || /\d/.test(t));
  const numbers = terms.filter((t) => /\d/.test(t));
  const words = terms.filter((t) => !/\d/.test(t));
  return splitSentences(passage.passage.text).some(({ text }) => {
    if (!carriesAnswer(text, "date")) return false;
    const said = new Set(analyzeText(text));
    const named = words.length === 0 || words.some((t) => said.has(t));
    return named && numbers.every((t) => said.has(t));
  });
}

/**
 * A tail asking the reason of each part and nothing else: "why, in each case", "what was the
 * reasoning each time", "what was each one's reasoning", "what's each one's actual reason".
 */
const REASON_WORD = /\b(?:why|reasons?|reasoning|rationale|thinking)\b/i;
const EACH_PART = /\b(?:each|both)\b/i;
const REASON_TAIL_WORD =
  /^(?:why|what|what's|whats|was|were|is|are|the|reasons?|reasoning|rationale|thinking|behind|in|each|case|time|one|one's|ones|both|of|them|their|it|for|actual|actually|exactly|pls|please|then)$/i;

/** Whether a tail asks the reason of each part, in words of nothing else. */
function asksReasonOfEach(tail: string): boolean {
  const wordsOfTail = words(tail.replace(/[?!.,]/g, " ").replace(/’/g, "'"));
  return (
    REASON_WORD.test(tail) &&
    EACH_PART.test(tail) &&
    wordsOfTail.every((w) => REASON_TAIL_WORD.test(w))
  );
}

/**
 * A clause that leaves its act to the clause before it ("and so did cdt's paper", "and the eu
 * did too"): a reason asked of it alone names no act, so the question is not read.
 */
const ELLIPTICAL =
  /^(?:so|neither|nor)\s+(?:did|does|do|was|were|is|are|has|have|had)\b|\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:too|as\s+well)$/i;

/** Where one stated part ends and the next begins: a comma or semicolon with "and", "yet", "but". */
const CLAUSE_BREAK = /\s*[,;]\s*(?:and|yet|but|while|whereas)\s+|\s*;\s*/i;

/**
 * Two or three things told as statements, then a tail asking the reason of each ("the czechs
 * explained X, and kroes was still uneasy after Y - why, in each case"): "why A?", "why B?".
 * A lead that asks on its own (a question word first) is `splitAsks`' to read.
 */
export function reasonsOfParts(question: string): SidedAsks | undefined {
  const joined = JOIN.exec(question);
  if (!joined || !asksReasonOfEach(joined[2] as string)) return undefined;
  const lead = joined[1] as string;
  if (QUESTION_OPENING.test(lead.trim())) return undefined;
  const parts = lead.split(CLAUSE_BREAK).map(clean);
  if (parts.some((part) => ELLIPTICAL.test(part))) return undefined;
  return partsAsked("why", parts, true);
}

/** The asks of a joined question of two or three parts (see the head of this file). */
export function partAsks(question: string): SidedAsks | undefined {
  return datedParts(question) ?? reasonsOfParts(question);
}
