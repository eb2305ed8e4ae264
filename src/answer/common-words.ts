// How common a word of a question is: the question's filler (question-words.ts), English words too
// common to carry a topic (stopwords-iso), everyday words and the familiar words of common English
// (SUBTLEX-US), each as index terms, and so whether a question's capitalised first word is a name.
// `keyTermsOf` (terms.ts) weighs and marks a question's terms by them.

import { createRequire } from "node:module";
import { STOP_WORDS, tokenize } from "../search/analyze.ts";
import { commonestWordTerms, EVERYDAY_WORDS, englishWordFrequencies } from "../search/english.ts";
import { QUESTION_FILLER } from "../search/question-words.ts";
import { isNameWord } from "./person-names.ts";
import type { Analyze } from "./terms.ts";

const fillerWords = new Set(QUESTION_FILLER);

/**
 * The words of a question that carry its topic, as written (folded, not stemmed): the index's stop
 * words and the question filler (search/question-words.ts) dropped. For comparing questions with each other; matching
 * against the corpus uses `keyTermsOf`.
 */
export function questionWords(question: string): string[] {
  return tokenize(question).filter((w) => !STOP_WORDS.has(w) && !fillerWords.has(w));
}

let fillerTerms: Set<string> | undefined;

export function isFiller(term: string, analyzeText: Analyze): boolean {
  fillerTerms ??= new Set(QUESTION_FILLER.flatMap((w) => analyzeText(w)));
  return fillerTerms.has(term);
}

// English words too common to carry a question's topic: stopwords-iso's English list (about 1,300
// words: "think", "actually", "get", "made", "other"…), as index terms. Only used to weigh a
// question's terms; the index keeps Lucene's 33 stop words, as the BM25 baselines do.
const require = createRequire(import.meta.url);

const genericWords: readonly string[] = (require("stopwords-iso") as { en: string[] }).en;

const genericWordSet: ReadonlySet<string> = new Set(genericWords);

/** Whether a word (any case) is a common English word rather than a name: "One", "After", "Most". */
export function isCommonWord(word: string): boolean {
  return genericWordSet.has(word.toLowerCase());
}

const genericTermsByAnalyzer = new WeakMap<Analyze, Set<string>>();

export function isGeneric(term: string, analyzeText: Analyze): boolean {
  let terms = genericTermsByAnalyzer.get(analyzeText);
  if (!terms) {
    terms = new Set(genericWords.flatMap((w) => analyzeText(w)));
    genericTermsByAnalyzer.set(analyzeText, terms);
  }
  return terms.has(term);
}

/** Words of everyday English (`EVERYDAY_WORDS` in english.ts), as index terms. */
export const isEveryday = (term: string, analyzeText: Analyze): boolean =>
  commonestWordTerms(EVERYDAY_WORDS, analyzeText).has(term);

/**
 * Words of common English: the 4,000 most frequent in SUBTLEX-US, as index terms (any form of the
 * word among them: "handling" for "handle"). Everyday speech and informal writing ("knock", "junk",
 * "boss", "quiet", "push") lie well inside; the jargon, names and technical words a question about
 * something the corpus lacks turns on ("auction", "spectrum", "ratified") lie beyond. On the tuning
 * half (bench/wcit/README.md) every count from 2,000 to 6,000 answers the same questions; 1,000
 * refuses one more in scope, and at 10,000 an out-of-scope question is answered.
 */
const FAMILIAR_WORDS = 4000;

/** Whether an index term is a word of common English (see `FAMILIAR_WORDS`). */
export const isFamiliarTerm = (term: string, analyzeText: Analyze): boolean =>
  commonestWordTerms(FAMILIAR_WORDS, analyzeText).has(term);

let familiarWords: Set<string> | undefined;

/**
 * Whether a word as written (any case, accents folded, a plural's "s" dropped) is one of the
 * `FAMILIAR_WORDS` commonest: "States" is ("state"), "Touré" is not, though its stem is "tour".
 */
export function isFamiliarWord(word: string): boolean {
  familiarWords ??= new Set(
    englishWordFrequencies()
      .slice(0, FAMILIAR_WORDS)
      .map((e) => e.word.toLowerCase()),
  );
  const folded = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return familiarWords.has(folded) || familiarWords.has(folded.replace(/s$/, ""));
}

/**
 * "Google's campaign against the treaty" (what is left of "Draft a paragraph on Google's
 * campaign…"): a capitalised first word that is no common English word is a name too. Not a
 * familiar English word that the tagger does not take for a name: "Reasons for RSF saying…"
 * opens with the noun asking for reasons, which, read as a name, weighed as much as "RSF" and was
 * required of the place answering.
 */
export function openingName(question: string): string[] {
  const first = /^\s*(\p{Lu}[\p{L}\p{M}]*)/u.exec(question)?.[1];
  return first &&
    !isCommonWord(first) &&
    !fillerWords.has(first.toLowerCase()) &&
    (!isFamiliarWord(first) || isNameWord(first))
    ? [first]
    : [];
}
