// What an analyst's framing says around the ask: a lead-in naming what the answer is for ("numbers
// sanity check: …", "quick count for a footnote: …", "date check for our timeline box - …") and a
// closing hedge about the asker's own memory or a colleague's summary ("… or have i got that
// wrong", "going from memory, so correct me if i'm off", "that's how a colleague summed it up").
// Neither names anything the sources hold; read as content, their words ("check", "count", "box",
// "wrong", "memory", "colleague") were required of the passages and refused answers the sources
// give. Read by shape, not as fixed phrases: a lead-in made only of words for a use, a medium or a
// kind of answer, with a noun of use or medium at its head; a closing clause in the first person
// that doubts the asker's memory, or reports how someone close to the asker put it. A source or a
// party the question names ("per cisco", "per rsf") is no framing and stays.

import {
  ANSWER_MEDIA,
  MEDIUM_TOPICS,
  OCCASION_TOPICS,
  TOPICS_ONLY_LEAD,
} from "./question-requests.ts";
import { alt } from "./question-words.ts";

/**
 * What an answer is put to or into: a use ("check", "count", "prep") or a medium ("slide",
 * "footnote", "caption", "box", "sidebar", "call"). The head of a framing lead-in. The media an
 * answer is also given at or written for after "for" are `OCCASION`'s (question-requests.ts):
 * `ANSWER_MEDIA`, and `OCCASION_TOPICS` and `MEDIUM_TOPICS`, which are topics too and make no
 * framing lead-in alone (`TOPICS_ONLY_LEAD`). ("timeline", "explainer", "brief" are also formats a
 * request asks for, `FORMAT_NOUN`: there the answer's look, here where it goes.)
 */
const USE_OR_MEDIUM = alt([
  "checks?",
  "counts?",
  "tall(?:y|ies)",
  "headcounts?",
  "fodder",
  "prep",
  "footnotes?",
  "endnotes?",
  "captions?",
  "sidebars?",
  "box(?:es)?",
  "charts?",
  "graphics?",
  "infographics?",
  "timelines?",
  // (Before "briefings?", `OCCASION_TOPICS`, which holds "brief" as its start.)
  "briefs?",
  "explainers?",
  "blurbs?",
  ...ANSWER_MEDIA,
  ...OCCASION_TOPICS,
  ...MEDIUM_TOPICS,
]);
/**
 * Words for the kind of answer or its haste, before the head: "numbers sanity check", "quick count",
 * "names check", "date check", "rough headcount".
 */
const ANSWER_KIND = alt([
  "quick",
  "rough",
  "fast",
  "final",
  "last-minute",
  "double",
  "sanity",
  "reality",
  "spot",
  "numbers?",
  "names?",
  "dates?",
  "figures?",
  "facts?",
  "stats?",
  "one-line",
  "two-line",
  "short",
  "tiny",
  "little",
]);
const FRAMING_WORD_SOURCE = `(?:${ANSWER_KIND}|${USE_OR_MEDIUM})`;
const LEAD_DETERMINER = alt(["a", "an", "the", "my", "our", "this", "that", "one", "tomorrow's"]);
/** Where a framing lead-in ends: before a colon or a spaced dash. */
const LEAD_END = "(?=\\s*(?::|\\s[—–-])\\s)";
/**
 * A framing lead-in before a colon or a dash: kind words and uses, a use or medium at its head, and
 * where it goes ("for a footnote", "for our timeline box", "on one slide"). Every word is one of
 * those: "spam sanity check:" names the spam article and is no framing. Nor is a lead-in made only
 * of media that are topics too (`TOPICS_ONLY_LEAD`: "talks - who walked out?", "board: who chaired
 * it?"): it names what is asked about.
 */
export const FRAMING_LEAD_IN =
  `(?!${TOPICS_ONLY_LEAD}${LEAD_END})` +
  `(?:${FRAMING_WORD_SOURCE}[ -]){0,3}${USE_OR_MEDIUM}` +
  `(?: (?:for|on|in|into) (?:${LEAD_DETERMINER} )?(?:${FRAMING_WORD_SOURCE}[ -]){0,2}${USE_OR_MEDIUM})?${LEAD_END}`;

/** The asker in the first person. */
const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|me|my|myself)\b/i;
/** Words doubting the asker's memory or a summary's fit: "wrong", "misremembering", "off", "too tidy". */
const DOUBT =
  /\b(?:wrong|mistaken|misremember\w*|remember\w*|recall\w*|memory|off|confus\w*|mix\w*|muddl\w*|garbl\w*|misread|misheard|backwards|sure|certain|correct|right|tidy|neat|hazy|fuzzy|rusty|think|thought|reckon|guess|believe)\b/i;
/** The memory named with no person: "going from memory", "if memory serves". */
const FROM_MEMORY =
  /^(?:(?:going|working|writing) (?:off|from|on) memory(?: here)?|from memory|if memory serves(?: me)?(?: right)?)$/i;
/** Someone close to the asker: "a colleague", "our brussels colleague", "my boss", "someone". */
const ASKERS_CIRCLE = `(?:someone|somebody|people|(?:a|my|our|the|one) (?:[\\w'-]+ ){0,2}?(?:colleague|boss|friend|editor|team|teammate|manager|lead|intern|director|person|guy|contact|staffer|folks)s?)`;
/** "that's how a colleague summed it up (on the call)": how someone close to the asker put it. */
const REPORTED_SUMMARY = new RegExp(
  `^(?:that's|that is|thats) (?:how|what) ${ASKERS_CIRCLE} (?:[\\w'-]+ ){0,2}?(?:said|says|put|puts|summed|sums|described|describes|told|tells|framed|frames|called|calls|pitched|remembers|remembered|recalls|recalled|reads|understood|understands|heard|hears)\\b[\\w\\s'-]*$`,
  "i",
);
/**
 * A closing remark doubting what was just said, with no subject or only a pronoun for it: "sounds
 * off", "seems wrong", "that sounds too strong", "doesn't sound right", "feels like a stretch".
 * After a question ("so 5A obliges each govt…? that's how a colleague put it, sounds off") it
 * judges the claim the asker was told, as the first-person hedges do, and asks nothing: read as
 * content, "sounds" and "off" were required of the passages and the question was not read as a
 * yes/no. A verb of seeming is required, so "why did the chair get it wrong" stays an ask.
 */
const SEEMS_DOUBTFUL =
  /^(?:(?:that|this|it|which)(?:'s|s| is)?\s+)?(?:(?:sounds?|seems?|feels?|reads?|looks?)\s+(?:(?:a bit|a little|kinda|kind of|somewhat|too|way|pretty|rather|very|quite)\s+)?(?:off|wrong|fishy|iffy|dodgy|strong|overstated|odd|shaky|suspect|like a stretch|a stretch)|(?:doesn't|does not|doesnt|don't|dont) (?:sound|seem|feel|look|read) (?:quite |entirely )?right)$/i;
/** The longest closing clause read as a hedge in the first person (`DOUBT`). */
const HEDGE_WORDS = 7;
/** The longest closing clause read as a reported summary (`REPORTED_SUMMARY`). */
const SUMMARY_WORDS = 14;
/** Words that ask: a clause with one asks something of its own. */
const ASKING =
  /\b(?:what|which|who|whom|whose|when|where|why|how(?!\s+(?:a|my|our|the|one|someone|somebody|people)\b))\b/i;

/** Whether a closing clause (without its joining "or", "so", "but") is framing about the asker. */
function isAskerHedge(clause: string): boolean {
  const words = clause.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return false;
  // (Nothing named: no capital but the asker's "I", no number, no quoted phrase.)
  if (
    /\d/.test(clause) ||
    clause.includes("\u0001") ||
    /(?<![\p{L}'])(?!I\b|I'|Im\b)\p{Lu}/u.test(clause)
  )
    return false;
  if (REPORTED_SUMMARY.test(clause)) return words.length <= SUMMARY_WORDS;
  if (FROM_MEMORY.test(clause) || SEEMS_DOUBTFUL.test(clause)) return true;
  return (
    words.length <= HEDGE_WORDS &&
    FIRST_PERSON.test(clause) &&
    DOUBT.test(clause) &&
    !ASKING.test(clause)
  );
}

/** A clause boundary: punctuation, or a dash between spaces. */
const BOUNDARY = /[,;:.?!]\s+|\s[—–-]\s+/g;
/** The words joining a closing clause to the ask: "or am i misremembering", "so correct me…". */
const JOINER = /^(?:(?:or|so|but|and|though|tho)\s+)?/i;

/**
 * The closing hedge of a text, if any: where it starts and what it says ("…, or have i got that
 * wrong" → "or have i got that wrong"; "… apart or am i misremembering" → "or am i
 * misremembering"). Only the last clause is read (a caller strips one at a time), and an ask must
 * be left before it.
 */
export function askerHedgeAtEnd(text: string): { at: number; text: string } | undefined {
  const trimmed = text.replace(/[\s.!?]+$/, "");
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(trimmed); m; m = BOUNDARY.exec(trimmed)) from = m.index + m[0].length;
  const starts = [from];
  // (A bare "or" inside the last clause: "were those a couple months apart or am i misremembering".)
  const bareOr = /\sor\s/gi;
  bareOr.lastIndex = from;
  for (let m = bareOr.exec(trimmed); m; m = bareOr.exec(trimmed)) starts.push(m.index + 1);
  for (const at of starts) {
    if (at === 0) continue;
    const clause = trimmed.slice(at);
    const joiner = JOINER.exec(clause)?.[0] ?? "";
    if (!isAskerHedge(clause.slice(joiner.length))) continue;
    if (!/[\p{L}\p{N}]{2}/u.test(trimmed.slice(0, at))) return undefined;
    return { at, text: clause.trim() };
  }
  return undefined;
}

/** Words every framing above holds one of: a text with none skips the reading. */
export const FRAMING_WORD = new RegExp(
  `\\b(?:${USE_OR_MEDIUM}|memory|misremember\\w*|wrong|mistaken|summed|sums|described|off|tidy|neat|right|sounds?|seems?|feels?|looks?|reads?)\\b`,
  "i",
);
