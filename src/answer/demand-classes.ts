// The class of the items a question asks for: the class a list request names first ("Enumerate the
// freedoms…"), the plural a what/which question asks ("What reservations…"), a list asking its
// items' numbers, and the nouns that name no class. Read by `readQuestionDemands`
// (`coverage-demands.ts`); `SERIES_OF_ITEMS` by `window-terms.ts` and `window-term-coverage.ts`.

import { questionContent } from "../search/question.ts";
import { askedThing } from "./asked-thing.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/**
 * The class a list's items belong to, as the list request names it first: "Enumerate THE
 * FREEDOMS…", "Itemise EVERY SAFEGUARD…". Sources name the items ("curb anonymity, free expression
 * and privacy"), seldom their class: in a window setting out a series, the class is not counted
 * among the terms it lacks (its weight still is, so such an answer is seldom "full"). Tuning half
 * (739 q): recall 0.864 -> 0.866, wrong refusals 26 -> 25 of 589, out-of-scope refused 128 of 150
 * and answered "full" 1 unchanged; the class is found in 14 in-scope list questions and 1 near
 * miss of the tuning half. Without the series the figures were the same.
 */
const LIST_ITEM_CLASS =
  /^(?:the|every|each|all(?: of)?(?: the)?)\s+(?:(?:main|key|other|different|various|specific|individual)\s+)?(?:\p{Lu}[\p{L}-]*\s+(?=\p{Ll}[\p{L}-]*(?<![sui])s(?:[\s,?.]|$)))?([a-z][a-z-]*[a-z])(?=[\s,?.]|$)/u;
/** Items in a series: "anonymity, free expression and privacy". */
export const SERIES_OF_ITEMS = 3;
export function listItemClass(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  // "the freedoms", "every safeguard": a plural after "the" (not "the spam article").
  return classNamedFirst(
    question,
    required,
    analyzeText,
    LIST_ITEM_CLASS,
    (m) => /^(?:every|each)\b/.test(m[0]) || /[^sui]s$/.test(m[1] as string),
  );
}

/**
 * Whether texts write a plural noun or its singular as a word ("reservations", "reservation"; not
 * "reserved"): the sources then name that class in the asker's word.
 */
export function writtenIn(texts: readonly string[], plural: string): boolean {
  const singular = plural.replace(/s$/i, "");
  const word = new RegExp(`(?<![\\p{L}-])(?:${plural}|${singular})(?![\\p{L}-])`, "iu");
  return texts.some((text) => word.test(text));
}

/**
 * Nouns, as index terms, that name no class of their own: "what things…", "which ones…", "the
 * main points".
 */
export const VAGUE_CLASSES =
  /^(?:thing|ones?|on|stuff|aspect|detail|fact|bit|other|point|takeaw(?:ay|ai)|highlight|line)s?$/i;

/**
 * "What RESERVATIONS did signatories attach…?", "Which Internet PROVISIONS…": the plural noun a
 * "what/which" question asks for (not a count, "how many"; not a capitalised name), as a key
 * term: the question asks for its items.
 */
export function pluralAsked(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm | undefined {
  const thing = askedThing(question);
  if (!thing || thing.counted || !/^\p{Ll}[\p{L}-]*[^sui]s$/u.test(thing.word)) {
    return undefined;
  }
  const terms = new Set(analyzeText(thing.word));
  return keyTerms.find((k) => k.asked === true && terms.has(k.term));
}

/**
 * The required term of the class a list request names first (`pattern`'s group 1, in the
 * question's content), where `accept` takes the match.
 */
export function classNamedFirst(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
  pattern: RegExp,
  accept: (m: RegExpExecArray) => boolean = () => true,
): KeyTerm | undefined {
  const m = pattern.exec(questionContent(question).content);
  if (!m || !accept(m)) return undefined;
  const terms = new Set(analyzeText(m[1] as string));
  return required.find((k) => terms.has(k.term));
}

/**
 * The plural a list request names first, past up to three modifiers: "the ITU-T
 * RECOMMENDATIONS…", "the 74 DOCUMENTS…", "the energy-efficiency OBLIGATIONS…".
 */
export const LISTED_PLURAL =
  /^(?:the|every|each|all(?: of)?(?: the)?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?([\p{L}-]*\p{L}(?<![sui])s)(?=[\s,?.]|$)/iu;

/**
 * Nouns that ask for figures, whatever they count: "What STATISTICS did Touré cite at the
 * opening?", "the ITU's big population STAT after the talks" (chat shorthand "stats" is read as
 * "statistics"). Sources write the figures ("4.3 million", "3.8 billion people"), seldom the noun:
 * any count a window gives meets it (`givesFigures`, window-terms.ts). Not "figures" or
 * "numbers", which also name people ("civil-society figures") and documents ("by number").
 */
export const FIGURE_NOUNS = ["statistic", "statistics"];

/**
 * "Enumerate the ITU-T Recommendations …, with their numbers", "List the documents by number": a
 * list asking for its items' numbers (see `itemsNumbered`, window-list-items.ts).
 */
export const NUMBERS_ASKED =
  /\b(?:with|by|and|plus|giving)\s+(?:their|its|the)?\s*(?:(?!an?\s)[\p{L}-]+\s+)?numbers?\b/iu;
