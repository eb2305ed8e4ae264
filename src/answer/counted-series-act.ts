// Whether a series a how-many question would count (`listsCounted`, window-terms.ts) stands in a
// sentence telling the act the question counts (`seriesTellsAskedAct`), not another act of the
// same kind of items.

import { containsTerm, type KeyTerm } from "./terms.ts";

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
 */
export function seriesTellsAskedAct(
  keyTerms: readonly KeyTerm[],
  sentenceTerms: readonly string[],
): boolean {
  const verbs = keyTerms.filter(
    (k) => k.verb === true && !k.fromContext && !k.generic && !k.unseen && !k.phrasal,
  );
  if (verbs.length === 0) return true;
  const said = new Set(sentenceTerms);
  return verbs.some((k) => containsTerm(said, k));
}
