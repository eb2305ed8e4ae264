// A sentence telling again a figure the answer already gives (sentence35): "It compared the
// figure with 1988, when 112 countries signed on the spot." after "…the ITU says 112 countries
// signed on the spot in Melbourne." Its every number (counts, years, days) is in one picked
// sentence that shares a good part of its vocabulary, so it adds nothing new and takes the room of
// a sentence that does ("A civil-society commentator added that 75 more countries signed the 1988
// text later."). A sentence with a figure of its own is never skipped: sources disagreeing on a
// count, or a second date, are what such answers need. Only a count's, a date's or a period's
// answer (`startPicking`): a reason's or a view's sentence repeating a date ("In November 2012 …
// argued that…") carries the grounds after it ("He said a treaty is too broad, rigid and slow…"),
// and skipping it for every kind lost four answers and gained none. Tuning half (3,550 q): recall
// 0.8491 unchanged, nine answers shorter with the same nuggets, two longer, no trust figure moved.
import type { Sentence } from "./extractive-view.ts";

/**
 * Vocabulary two sentences share (Jaccard of their terms) from which, with every figure of the
 * later one in the earlier one, the later one tells the same fact again.
 */
export const RESTATED_FIGURE = 0.3;

/** Citation markers ("[2]") are references, not figures. */
const MARKER = /\[\d{1,3}\]/g;
const FIGURE = /(?<![\w.])\d(?:[\d,.]*\d)?(?![\w])/g;

/** The figures a sentence states, as written ("112", "1988", "3.8"). */
export function figuresIn(text: string): string[] {
  return [...text.replace(MARKER, " ").matchAll(FIGURE)].map((m) => m[0]);
}

/**
 * `s` states only figures `p` states, in words `p` largely shares: `shared` is the Jaccard of
 * their terms, which the caller has already measured (`RESTATED_FIGURE`).
 */
export function restatesFigure(s: Sentence, p: Sentence, shared: number): boolean {
  if (shared < RESTATED_FIGURE) return false;
  const own = figuresIn(s.display);
  if (own.length === 0) return false;
  const theirs = new Set(figuresIn(p.display));
  return own.every((f) => theirs.has(f));
}
