// A timeline framed by a period ("key dates on the road to Dubai", "from the run-up through the
// aftermath") asks for the dated events of a stretch of the story, and the notes tell those events
// in their own words: "In 2009 the Council adopted Resolution 1312…" names no word of "the road to
// Dubai", though the note it stands in is titled "The road to Dubai: …". Read as a list's points
// must be (naming what is asked), such a timeline kept one or two dates.
import type { Sentence } from "./extractive-view.ts";

/**
 * Share of the top retrieval score a passage needs for its dated sentences to fill a timeline
 * that is still short: the note is about the stretch asked, and retrieval says the passage is too.
 */
export const DATED_FILL_SCORE = 0.5;

/**
 * A dated sentence that fills a short timeline though it names none of the question's words: it
 * gives a date, its note's title names a word of the question its own headings do not (the title
 * says the whole note is about that stretch), and retrieval scored its passage at least
 * `DATED_FILL_SCORE` of the top passage.
 */
export function fillsShortTimeline(s: Sentence, topScore: number): boolean {
  return (
    s.usable &&
    s.carries &&
    s.contextKeys.some((k) => !s.view.headingKeys.includes(k)) &&
    s.view.scored.score >= DATED_FILL_SCORE * topScore
  );
}
