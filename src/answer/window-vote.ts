// A vote asked of (issue #12, nearmiss26): "was Resolution 171 put to a vote, and what was the
// count?" is answered only by a place that tells of a vote on what is asked, not by one telling
// that a body adopted it, nor by a vote on something else beside it. Read by `judgeWindow`
// (coverage-window.ts); the question is read by `readQuestionDemands` (coverage-demands.ts).

import {
  DEMONSTRATIVES,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  pointingWords,
  THING_PRONOUNS,
} from "../search/pointing-words.ts";
import { isCommonWord } from "./common-words.ts";
import type { QuestionDemands } from "./question-demands.ts";
import type { Window, WindowReader } from "./window-reading.ts";

/**
 * Whether a question asks whether, or how, something was voted: "put to a vote", "adopted by a
 * formal vote", "voted on", "what was the tally", "went to a vote".
 */
export function asksVote(question: string): boolean {
  return VOTE_ASKED.test(question);
}
const VOTE_ASKED =
  /\b(?:put\s+to\s+(?:a\s+)?vote|(?:was|were)\s+(?:there\s+)?(?:a\s+)?(?:formal\s+)?vote|voted\s+(?:on|through|down)|vote\s+(?:count|tally)|(?:tally|count)\s+of\s+(?:the\s+)?vote|by\s+(?:a\s+)?(?:formal\s+)?(?:vote|ballot|show\s+of\s+hands)|(?:go|goes|went|gone)\s+to\s+a\s+vote|what\s+was\s+the\s+(?:vote|tally)|a\s+formal\s+vote)\b/i;

/**
 * Whether a window asked for a vote tells of one: a sentence writing a vote ("a vote", "voted",
 * a show of placards, "unanimously", a tally "77 to 33", "397 to 0", "8 abstentions") that is not
 * a vote on another thing. A sentence writing "a vote on…" and none of the question's own words
 * tells of a vote on something else ("Iran asked for a vote on adding a sentence…", asked of
 * Tunisia's wording), and so does the next sentence where it points back to it ("It passed 77 to
 * 33…"). "The 2010 Plenipotentiary then adopted Resolution 171" tells of no vote.
 */
export function voteTold(d: QuestionDemands, reader: WindowReader, w: Window): boolean {
  if (!d.voteAsked) return true;
  const own = [...d.questionTerms].filter((t) => !voteWords(reader).has(t) && !isCommonWord(t));
  // (From the sentence before the window: a window may open on "It passed 77 to 33…".)
  const spans = w.passage.spans.slice(Math.max(0, w.at - 1), w.at + w.spans.length);
  let otherBefore = false;
  for (const [j, { text }] of spans.entries()) {
    const vote = VOTE_TOLD.test(text);
    const terms = new Set(reader.analyzeText(text));
    const other: boolean =
      vote &&
      ((VOTE_ON.test(text) && !own.some((t) => terms.has(t))) ||
        (otherBefore && POINTS_BACK.test(text)));
    if (vote && !other && (j > 0 || w.at === 0)) return true;
    otherBefore = other;
  }
  return false;
}
const VOTE_TOLD =
  /\b(?:vot(?:e|es|ed|ing)|ballot|placards|show\s+of\s+hands|unanimous(?:ly)?|abstentions?|\d+\s*(?:to|[–-])\s*\d+(?!\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))|\d+\s+in\s+favou?r)\b/i;
const VOTE_ON = /\bvote\s+on\b/i;
/**
 * A sentence opening on what the one before told (pointing-words.ts): its subject, a thing's
 * pronoun or a singular demonstrative ("It passed 77 to 33…", "That was…"), or "the" and a word
 * for a vote's result; not a person's pronoun (a person casts no tally), a possessive or an
 * object form, nor "these" or "those".
 */
const POINTS_BACK = new RegExp(
  String.raw`^[\s"“(]*(?:${pointingWords(
    [...THING_PRONOUNS, ...DEMONSTRATIVES],
    [...OBJECT_PRONOUNS, ...POSSESSIVES, "these", "those"],
  )}|the\s+(?:result|vote|tally|count))\b`,
  "i",
);
let voteStems: { reader: WindowReader; stems: ReadonlySet<string> } | undefined;
/** The index terms of the words asking a vote, which a sentence's own words are not. */
function voteWords(reader: WindowReader): ReadonlySet<string> {
  if (voteStems?.reader !== reader) {
    voteStems = {
      reader,
      stems: new Set(
        reader.analyzeText("vote voted voting tally count ballot formal put adopted consensus"),
      ),
    };
  }
  return voteStems.stems;
}
