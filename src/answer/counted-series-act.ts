// Whether a series a how-many question would count (`listsCounted`, window-terms.ts) stands in a
// sentence telling the act the question counts (`seriesTellsAskedAct`), not another act of the
// same kind of items.

import { splitAsks } from "../search/question-asks.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";

const COUNTS = /\bhow\s+many\b|\bnumber\s+of\b/i;

/**
 * The ask of a question that counts (`splitAsks`): the first one asking "how many" or "the number
 * of", up to a second count in it, else the whole question. "How many countries are on the early-signer list, and into how
 * many languages did partners translate it?" counts the countries in its first ask; the second
 * ask's "translate" is not the act the list of countries must tell.
 */
export function countingAsk(question: string): string {
  const ask = splitAsks(question).find((a) => COUNTS.test(a)) ?? question;
  const first = COUNTS.exec(ask);
  if (first === null) return ask;
  const after = first.index + first[0].length;
  const second = COUNTS.exec(ask.slice(after));
  // (A second count in the same piece is a second ask: "…on the list, and into how many…".)
  return second === null ? ask : ask.slice(0, after + second.index);
}

/**
 * Whether a sentence whose series of names would answer a how-many question by its length tells
 * the act asked: one of the question's verbs that the corpus writes somewhere (not from the
 * conversation before, not a common word) stands in the sentence. (One, not each: "How many
 * governments joined the US in refusing to sign?" is answered by "…countries that firmly refused
 * (the US, UK, Canada, Australia and others)", which tells the refusal, not the joining.) "How many countries had
 * ratified the Budapest Convention by the time WCIT-12 opened?" is not answered by "…in September
 * 2011 it joined China, Tajikistan and Uzbekistan in asking the UN…": those countries asked the UN
 * for something; the sentence says nothing of ratifying. A verb the corpus never writes ("team
 * up") is the asker's wording for an act the source may tell otherwise, and decides nothing.
 * Given `askTerms` (the terms of the ask that counts, `countingAsk`, read once a question as
 * `QuestionDemands.countingAskTerms`), only that ask's verbs decide.
 */
export function seriesTellsAskedAct(
  keyTerms: readonly KeyTerm[],
  sentenceTerms: readonly string[],
  askTerms?: ReadonlySet<string>,
): boolean {
  const verbs = keyTerms.filter(
    (k) =>
      k.verb === true &&
      !k.fromContext &&
      !k.generic &&
      !k.unseen &&
      !k.phrasal &&
      (askTerms === undefined || containsTerm(askTerms, k)),
  );
  if (verbs.length === 0) return true;
  const said = new Set(sentenceTerms);
  return verbs.some((k) => containsTerm(said, k));
}
