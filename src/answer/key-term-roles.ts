// What a key term's weight and marks make of it: whether a text must hold it to answer the
// question (`isRequired`), whether it is the corpus's own topic or near it, what a term the corpus
// never has weighs, and what a required term a text lacks costs.

import type { KeyTerm } from "./terms.ts";

/**
 * Below this weight (an IDF under 1: the term is in over a third of the passages) a term is the
 * corpus's own topic ("ITRs", "WCIT" here): any passage may leave it unsaid.
 */
const TOPIC_TERM_WEIGHT = 1;

/** Whether a text must hold the term to answer the question: not a common word, not context, not the corpus's topic. */
export const isRequired = (key: KeyTerm): boolean =>
  !key.generic &&
  !key.classAsked &&
  !key.fromContext &&
  !key.predicate &&
  !key.unknown &&
  key.weight >= TOPIC_TERM_WEIGHT;

/** A term of the corpus's own topic ("ITRs", "WCIT"): not generic, but in over a third of the passages. */
export const isTopicTerm = (key: KeyTerm): boolean =>
  !key.generic && !key.fromContext && key.weight < TOPIC_TERM_WEIGHT;

/**
 * Below this weight (BM25's IDF under ln 3) a word is in about a third of the passages or more:
 * next to the corpus's topic, its everyday word for it ("treaty" beside "ITRs").
 */
export const NEAR_TOPIC_TERM_WEIGHT = Math.log(3);

/** A required term nearly as common as the corpus's topic ("treaty"): often left unsaid. */
export const isNearTopicTerm = (key: KeyTerm): boolean =>
  isRequired(key) && key.weight < NEAR_TOPIC_TERM_WEIGHT;

/**
 * A near-topic word that titles none of the corpus's documents ("treaty", where the notes are
 * titled by their subjects: "Security in the ITRs", "Internet governance at WCIT-12"): the notes'
 * own word for the whole subject they all treat, not one of the subjects they are about ("internet",
 * "security" title notes). A place may leave it unsaid as it may the topic itself.
 */
export const isBackdropTerm = (key: KeyTerm): boolean =>
  isNearTopicTerm(key) && key.untitled === true;

/** Weight of a term the corpus has never seen: as informative as the rarest term can be. */
export const UNSEEN_TERM_WEIGHT = 6;

/**
 * Most a common English word weighs, seen or not: "actually" or "think" never occurs in the corpus
 * and would otherwise weigh as much as "lasagne" does.
 */
export const GENERIC_TERM_WEIGHT = 1;

/** What a word the corpus never uses and that names nothing weighs ("brawl", "lasagne"). */
export const UNKNOWN_WORD_WEIGHT = 3;

/**
 * What a required term the text lacks costs: its weight, or no more than a common word's for an
 * everyday word.
 */
export function missingWeight(key: KeyTerm): number {
  return key.everyday ? Math.min(key.weight, GENERIC_TERM_WEIGHT) : key.weight;
}

/** The weightiest of some key terms (the first of equal ones), or `undefined` for none. */
export function weightiest(terms: readonly KeyTerm[]): KeyTerm | undefined {
  return terms.reduce<KeyTerm | undefined>(
    (a, k) => (!a || k.weight > a.weight ? k : a),
    undefined,
  );
}
