// Which window leads a date, count or name answer when the best window lacks a required term: one
// that meets a term the best lacks, holds the asked type beside the subject and nearly as much of
// the terms' weight (`typedWindowOf`). The answer reads its passage first.
import type { KeyTerm } from "./terms.ts";

/** A window meeting a date, count or name question's demands (`typedWindowOf`). */
export interface TypedCandidate {
  passageId: string;
  share: number;
  missing: string[];
  typed: () => boolean;
}

/**
 * How much less of the key terms' weight than the best window a window may hold and still lead a
 * typed answer (`typedWindowOf`). Measured on the tuning half: see docs/answer-quality.md
 * (window24).
 */
const TYPED_WINDOW_MARGIN = 0.15;

/**
 * The passage of a window that gives the asked date, count or name where the best window lacks a
 * required term: "how soon after the conference opened did security first hit the floor in
 * Dubai?" is covered best by a paragraph on the review's revival (opening and conference words,
 * no security), while "CDT reported that security first came up on 5 December" meets the term
 * the best lacks and holds the date beside it (lacking "conference" instead). The window must
 * meet a required term the best lacks, lack no more of them than the best, hold the type beside
 * the subject (`typedAtSubject`) and be within `TYPED_WINDOW_MARGIN` of the best's share; of
 * several, the one with the most weight.
 */
export function typedWindowOf(
  candidates: readonly TypedCandidate[],
  bestPassage: string,
  bestShare: number,
  bestMissing: readonly KeyTerm[],
): string | undefined {
  if (bestMissing.length === 0) return undefined;
  const lacked = new Set(bestMissing.map((k) => k.term));
  let chosen: TypedCandidate | undefined;
  for (const c of candidates) {
    if (c.passageId === bestPassage) continue;
    if (c.missing.length > lacked.size) continue;
    if (!bestMissing.some((k) => !c.missing.includes(k.term))) continue;
    if (c.share < bestShare - TYPED_WINDOW_MARGIN) continue;
    if (chosen !== undefined && c.share <= chosen.share) continue;
    if (!c.typed()) continue;
    chosen = c;
  }
  return chosen?.passageId;
}
