// A second, lighter reading of a question that may only add passages to the ones retrieval keeps.
// A question worded in everyday words ("who was actually running the show in Dubai") matches, by
// those words, passages that merely share its grammar, and they can push the one passage stating
// the answer out of the list. Weighing the everyday words lighter finds that passage (para38:
// nuggets in the top 5 0.9351 → 0.9406 on the tuning half), but changing the scores and order the
// answer reads lost more answers than it won: the answer's lead and its coverage checks read both.
// So the lighter reading here decides only which passage ENTERS the places the answer reads: its
// best passage there that the first reading's lack takes the last of those places, with the first
// reading's score, and the first reading's passages after it move down one (none is dropped).
import type { WeightedTerm } from "./ranker.ts";

/**
 * The weight of an everyday word in the lighter reading, as a share of its own: a passage needs
 * two of a question's everyday words to count as one topic word of the same rarity (para38's
 * reading; 0.4 to 0.6 moved the same questions there).
 */
export const LIGHT_TERM_SHARE = 0.5;

/**
 * The places a passage enters, and must hold in the lighter reading: the five the coverage
 * decision reads (`FLOOR_PASSAGES`, answer/relevance.ts). A passage added after them is read by
 * nothing (appended after the eighth, it changed no answer of the tuning half); para38 found half
 * its gain at the top 8 came at the sixth to eighth places, past them.
 */
export const LIGHT_ENTRY_PLACES = 5;

/**
 * The question's terms with its everyday words (`isLight`) weighed at `LIGHT_TERM_SHARE`;
 * undefined when it has none, or nothing but them (then both readings rank alike).
 */
export function lightenedTerms(
  terms: readonly WeightedTerm[],
  isLight: (term: string) => boolean,
): WeightedTerm[] | undefined {
  const light = terms.filter((t) => isLight(t.term)).length;
  if (light === 0 || light === terms.length) return undefined;
  return terms.map((t) => (isLight(t.term) ? { ...t, weight: t.weight * LIGHT_TERM_SHARE } : t));
}

/**
 * The passage (by number) that enters the first reading's first `LIGHT_ENTRY_PLACES`: the lighter
 * reading's best there that the first reading's lack, taken from further down the kept list
 * (`kept`, best first) or from outside it while its document has fewer than `cap` passages kept
 * (the lighter reading adds no overflow to the per-document cap); undefined when none does.
 */
export function enteringPassage(
  kept: readonly number[],
  lightFirst: readonly number[],
  groupOf: (passage: number) => number,
  cap: number | undefined,
): number | undefined {
  const first = new Set(kept.slice(0, LIGHT_ENTRY_PLACES));
  const perGroup = new Map<number, number>();
  for (const d of kept) perGroup.set(groupOf(d), (perGroup.get(groupOf(d)) ?? 0) + 1);
  for (const d of lightFirst.slice(0, LIGHT_ENTRY_PLACES)) {
    if (first.has(d)) continue;
    if (kept.includes(d) || cap === undefined || (perGroup.get(groupOf(d)) ?? 0) < cap) return d;
  }
  return undefined;
}
