// The passages a list's points come from, in the tiers it reads them: the best passage, those
// valued nearly as highly, those retrieval scored nearly as well, and the rest of those read.
import type { AnswerShape } from "./extractive-shape.ts";
import {
  FURTHER_PASSAGE_SCORE,
  FURTHER_PASSAGE_SHARE,
  type PassageView,
} from "./extractive-view.ts";
import { addedForKind } from "./list-kind.ts";

/**
 * A list of dates (a timeline) gathers its events from more places than a list of points: each
 * event is told where its story is, one passage each, and retrieval ranks the passages naming the
 * question's words in full far above the one dating a single event ("RSF dates the signing to 13
 * December…" at a third of the top score). So a timeline wants as many items as a list may have
 * and reads passages down to this share of the top score. Tuning half (604 q): 0.849 -> 0.850
 * (list 0.83), words 103 / 144 -> 103 / 145, no trust figure moved; either alone moved nothing.
 */
const TIMELINE_PASSAGE_SCORE = 0.3;

/** A list's passages by tier, each best first. */
export interface ListPassages {
  /** The passages giving points (`pointPassages`), the best first. */
  views: PassageView[];
  /** `views` after the best. */
  others: PassageView[];
  /** Scored nearly as well, though valued lower (`furtherPassages`). */
  more: PassageView[];
  /** The rest of those retrieval ranked (not those a search of the list's kind added). */
  low: PassageView[];
  /** The best retrieval score of the passages ranked (0 when none). */
  topScore: number;
}

/** The tiers of the passages read, for a list of the shape asked. */
export function listPassages(read: readonly PassageView[], shape: AnswerShape): ListPassages {
  // (The passages a search of the list's kind added, scored 0 by `withKindPassages`, are read
  // only for the kind, last.)
  const ranked = read.filter((v) => !addedForKind(v));
  const views = pointPassages(ranked);
  const topScore = Math.max(0, ...ranked.map((v) => v.scored.score));
  const more = furtherPassages(ranked, views, shape, topScore);
  return {
    views,
    others: views.slice(1),
    more,
    low: ranked.filter((view) => !views.includes(view) && !more.includes(view)),
    topScore,
  };
}

/**
 * The passages giving points: those valued nearly as highly as the best, and the one retrieval
 * ranked first, whatever its value: where the question's words meet most. "The core worry"
 * ("Digital-rights groups argued that bringing the Internet into … could threaten privacy,
 * access to information and free expression") was valued below a paragraph headed "Why it
 * became contentious" and two on what civil society did, for "talking points on why civil
 * society was worried about WCIT, 4-5 bullets", and the list filled before it was read. Tuning
 * half (1,706 q): recall 0.8458 -> 0.8466, list 0.80 -> 0.81 (one answer 0 -> 1, one off-topic
 * point exchanged for another at equal recall), no trust figure moved. Giving that passage its
 * point first, before the better-valued ones, lost another list its items (0.8458).
 */
function pointPassages(ranked: readonly PassageView[]): PassageView[] {
  const best = ranked[0]?.value ?? 0;
  return ranked.filter((v) => v.value >= FURTHER_PASSAGE_SHARE * best || v.rank === 0);
}

/**
 * A list still short of its points reads on in the passages retrieval scored nearly as well,
 * though valued lower (`FURTHER_PASSAGE_SCORE`): the paragraph setting out the grounds of a
 * draft clause ("…except where they are used to interfere in other states' internal affairs,
 * undermine their sovereignty…") ranked just below the cut-off behind one naming the clause.
 * Tuning half (574 q): 0.836 -> 0.837, list 0.783 -> 0.790, words 101 / 142, no trust figure
 * moved; the same at 0.45. Lowering the cut-off itself instead (`FURTHER_PASSAGE_SHARE` 0.5)
 * made one answer better and one worse (0.836): such a passage then took the room of the best
 * passages' second points ("three talking points" filled before the strongest source's second).
 */
function furtherPassages(
  ranked: readonly PassageView[],
  views: readonly PassageView[],
  shape: AnswerShape,
  topScore: number,
): PassageView[] {
  const share = shape.expected === "date" ? TIMELINE_PASSAGE_SCORE : FURTHER_PASSAGE_SCORE;
  return ranked.filter((v) => !views.includes(v) && v.scored.score >= share * topScore);
}
