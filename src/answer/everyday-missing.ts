// Two everyday words of the asker's that the answering place words otherwise.
//
// Terms are weighed by how seldom the corpus uses them (IDF), and the notes are written in the
// field's register: an everyday English word they seldom write ("version", "dealings", "cover")
// weighs nearly as much as a rare name. A question typed in Slack ("if a country skipped the 2012
// VERSION, which rulebook covers its DEALINGS with one that joined it?") then lacks two such words
// in the very paragraph that answers it ("relations between a 2012 party and a non-party continue
// under the 1988 rules"), and the count of missing terms refuses it although their weight is
// within the rule. A word of common English the notes use often ("security", "article",
// "conference") is their own vocabulary: where a place lacks it, the place is about something
// else, so it is never spared this way. Nor is the head of a compound whose modifier the place
// meets ("the HLEG's idea of model cybercrime LAWS" where the place says the Budapest Convention
// was endorsed "as a model" in the HLEG's discussions): the place names the modifier, in another
// thing.

import { analyze } from "../search/analyze.ts";
import type { KeyTerm } from "./terms.ts";

/**
 * Least weight (corpus IDF) of an everyday word that the notes seldom use: about a word in one
 * passage of seven. "security" (1.3), "article" (1.1) or "conference" (1.7) weigh less.
 */
export const SELDOM_IN_NOTES_WEIGHT = 2;

/**
 * Whether the required terms a window lacks are exactly two words of common English
 * (`plainCommonWord`: SUBTLEX-US's commonest, no name or number) that the notes seldom use: the
 * asker's wording, spared the count of missing terms (not their weight) in `termCoverage`
 * (window-terms.ts).
 */
export function onlyEverydayPairMissing(
  missing: readonly KeyTerm[],
  plainCommonWord: (k: KeyTerm) => boolean,
  question?: string,
  met?: (k: KeyTerm) => boolean,
  required: readonly KeyTerm[] = [],
): boolean {
  if (
    missing.length !== 2 ||
    !missing.every((k) => plainCommonWord(k) && k.weight >= SELDOM_IN_NOTES_WEIGHT)
  ) {
    return false;
  }
  if (question === undefined || met === undefined) return true;
  const metTerms = new Set(required.filter(met).map((k) => k.term));
  return !missing.some((k) => headOfMetCompound(question, k.term, metTerms));
}

/**
 * Whether `term` stands in `question` right after a word whose term is among `metTerms` (the
 * head of a compound whose modifier a place meets: "cybercrime laws").
 */
export function headOfMetCompound(
  question: string,
  term: string,
  metTerms: ReadonlySet<string>,
): boolean {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.some((word, i) => {
    if (i === 0 || !analyze(word).includes(term)) return false;
    const before = analyze(words[i - 1] ?? "");
    return before.length > 0 && before.every((t) => metTerms.has(t));
  });
}
