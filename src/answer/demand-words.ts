// The question's own words as the coverage decision reads them: its names and numbers, its
// acronyms, the unseen terms that stand together, and whether index terms state one of its key
// terms. Read by `readQuestionDemands` (`coverage-demands.ts`).

import { type Analyze, containsTerm, type KeyTerm, writtenWords } from "./terms.ts";

/**
 * The question's unseen terms that stand beside another unseen term, in one word or the next
 * ("geostationary orbit slots", "deep packet inspection", "junk-mail"): together they name a thing
 * the corpus does not hold. A lone one ("the draft rulebook", "a pact") is the asker's word for
 * what a source says otherwise (see `termCoverage`).
 */
export function unseenTogether(
  question: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): Set<string> {
  const unseen = new Set(keyTerms.filter((k) => k.unseen === true).map((k) => k.term));
  const words = writtenWords(question).map((w) => analyzeText(w).filter((t) => unseen.has(t)));
  const together = new Set<string>();
  words.forEach((terms, i) => {
    const beside = [...(words[i - 1] ?? []), ...(words[i + 1] ?? [])];
    if (terms.length > 1 || (terms.length > 0 && beside.length > 0)) {
      for (const t of terms) together.add(t);
    }
  });
  return together;
}

/** A word written in capitals only (a plural "s" aside): "US", "EU", "ROAs". */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:s)?(?![\p{L}\p{N}])/gu;

/** The question's acronyms: each one's index terms, with the acronym folded (plural aside). */
export function acronymsOf(question: string, analyzeText: Analyze): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const [word] of question.matchAll(ACRONYM)) {
    const folded = word.replace(/s$/, "").toLowerCase();
    for (const t of analyzeText(word)) acronyms.set(t, folded);
  }
  return acronyms;
}

/** A word the question capitalises, or one with a digit: a name or a number. */
export const NAME_OR_NUMBER = /\p{Lu}[\p{L}\p{M}\p{N}'-]*|[\p{L}-]*\d[\p{L}\p{N}./-]*/gu;

/** Whether index terms state one of the question's own key terms (not a kind it asks for). */
export function givenBy(keyTerms: readonly KeyTerm[]): (terms: readonly string[]) => boolean {
  const own = keyTerms.filter((k) => k.kind === undefined);
  return (terms) => {
    const held = new Set(terms);
    return held.size > 0 && own.some((k) => containsTerm(held, k));
  };
}
