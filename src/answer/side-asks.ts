// Two-sided questions whose sides each carry the detail asked, in the shapes typed in chat beside
// `itemAsks`' and `datedPair`'s: a span ("how many days between A and B", "how long from A to
// B", "from A to B - dates for both ends"), an order ("was A before or after B"), a fact set
// next to another ("how big was A, next to B", "how many A, vs B"), and two things set side by
// side with a date asked of each ("A vs B - what year was each", "- month and year for each").
// No reader cut them into asks, so each was judged as one ask whose words no one place holds:
// the two sides sit in different paragraphs or notes, and `thresholds` refused it. Read here as
// one ask per side, each with the detail the question asks (a span's or an order's ends are
// dates: "when was A", "when was B"), for `byEachAsk` (coverage-otherwise.ts) to judge each alone;
// a side not covered leaves the whole question not covered. The difference itself (the days, which
// came first) is what the two dates answer; no place is asked to state it.

import { LEADING_JOIN } from "../search/question-ask-joins.ts";
import { asksOnItsOwn, splitAsks } from "../search/question-asks.ts";
import type { ScoredPassage } from "../types.ts";
import { datedPair } from "./dated-pair-asks.ts";
import { itemAsks } from "./item-asks.ts";
import { clean, partAsks, QUESTION_OPENING } from "./part-asks.ts";

/** The sides of a two-sided question and one ask for each (with any further ask after them). */
export interface SidedAsks {
  /** What each ask is about, in order: its words are that ask's own names. */
  items: string[];
  asks: string[];
  /** Each ask asks its part's date, to be given by a sentence naming it (part-asks.ts). */
  dated?: boolean;
  /** How many of the last asks are further asks, not sides: none of them is dated by `dated`. */
  further?: number;
  /**
   * Each dated side must also be named where it is dated, by its rarest word the corpus has
   * (`partNamedThere`, part-asks.ts): a span read from "how many years after A did B", whose
   * second end is a whole clause ("brazil put in its own wcit proposal") that a paragraph dating
   * another thing under a title naming proposals would otherwise date.
   */
  named?: boolean;
}

/** Asks a side's date. */
const WHEN_WAS = "when was";
/** Asks a side's count. */
const HOW_MANY = "how many is";

/** A side is a name or a short phrase naming an act, not a clause with asks of its own. */
const MAX_SIDE_WORDS = 12;
/** A side of fewer words names nothing: "it", "the us". */
const MIN_SIDE_WORDS = 1;

const words = (text: string) => text.trim().split(/\s+/).length;

/**
 * A remark after the sides asking for their dates and nothing else: "dates for both (ends)",
 * "give me both dates", "dates pls", "rough dates", "both dates pls". After a dash, colon, comma
 * or question mark.
 */
const DATES_REMARK =
  /(?:\s+[-–—]+\s+|\s*[:;,?]\s*)(?:(?:give\s+me|need|gimme|rough|exact)\s+)?(?:both\s+)?(?:the\s+)?dates?(?:\s+(?:for|of)\s+(?:both|each)(?:\s+(?:ends?|sides?|ones?))?)?(?:\s+(?:pls|please|thx|thanks))?\s*[?.!]*\s*$/i;

/** What may close a question and asks nothing: "pls", thanks, punctuation. */
const TRAILING_COURTESY = /\s*(?:\s(?:pls|please|thx|thanks))?\s*[?.!]*\s*$/i;

/**
 * "how many days between A and B", "how long between A and B", "how many years did it take from
 * A to B", "how much time passed between A and B": a count of time between two ends. Group 1 the
 * first end after "between", group 2 the one after "from"; group 3 the second end.
 */
const SPAN_COUNTED =
  /^\s*how\s+(?:many\s+(?:days|weeks|months|years)|long|much\s+time)\b(?:\s+(?!between\b|from\b)[^\s?]+){0,5}?\s+(?:between\s+(.+?)\s+and|from\s+(.+?)\s+(?:to|till|until|through))\s+(.+)$/i;
/** A count of time a span is asked in, or its length: "how many years", "how long", "how soon". */
const SPAN_LENGTH = String.raw`(?:(?:roughly|about|approximately|so|ok)\s+)?how\s+(?:many\s+(?:days|weeks|months|years|yrs|decades)|long|soon|much\s+(?:time|later|earlier))`;
/**
 * "how many years after A did B", "roughly how many weeks before A was B", "how long after A did
 * B": a count of time from one named act to another, the first end after "after|before" and the
 * second a clause after its own verb. Group 1 A, group 2 the verb opening B, group 3 the rest of
 * B. A is cut at the first "did|do|does" where there is one ("after res 127 was introduced did
 * etno file"), else at the first "was|were" (`SPAN_AFTER_BEING`).
 */
const SPAN_AFTER = new RegExp(
  String.raw`^\s*${SPAN_LENGTH}\s+(?:after|before|ahead\s+of|prior\s+to)\s+(.+?)\s+(did|do|does)\s+(.+)$`,
  "i",
);
const SPAN_AFTER_BEING = new RegExp(
  String.raw`^\s*${SPAN_LENGTH}\s+(?:after|before|ahead\s+of|prior\s+to)\s+(.+?)\s+(was|were)\s+(.+)$`,
  "i",
);
/** A first end told with its own verb ("res 127 was introduced on the hill"). */
const OWN_VERB = /\s(?:was|were)\s/i;

/** "from A to B - dates for both ends", "between A and B: both dates": the ends' dates asked. */
const SPAN_DATED =
  /^\s*(?:between\s+(.+?)\s+and|from\s+(.+?)\s+(?:to|till|until|through))\s+(.+)$/i;

/**
 * "was A before or after B", "did A come before or after B": the order of two acts, each dated.
 * Group 1 A, group 2 B.
 */
const ORDER =
  /^\s*(?:so\s+|ok\s+)?(?:was|were|did|is)\s+(.+?)\s+(?:(?:come|happen|land|go\s+in)\s+)?(?:before\s+or\s+after|after\s+or\s+before)\s+(.+)$/i;

/**
 * A fact asked of one side, then the other set beside it after a comma or dash: "how big was the
 * 'no' side on iran's vote, next to dourado's count", "how many countries showed up per cisco,
 * vs the itu's head count". Group 1 the first ask, group 2 the side set next to it.
 */
const NEXT_TO =
  /^\s*(.+?)(?:,|\s[-–—]+)\s*(?:next\s+to|vs\.?|versus|compared\s+(?:with|to)|against)\s+(.+)$/i;
/** The question words asking a count or a date, and the ask each side is then given. */
const COUNT_ASKED = /^\s*how\s+(?:many|much|big|large)\b/i;
const DATE_ASKED = /^\s*(?:when|what\s+(?:date|day|month|year))\b/i;

/**
 * Two sides set side by side with "vs", then a date asked of each after a dash or colon: "what
 * year was each", "month and year for each", "when did each one happen". (A count or a doer
 * asked of each is `itemAsks`' reading.) Group 1 the sides, group 2 the ask.
 */
const SIDES_THEN_DATE =
  /^\s*([^:;?!]+?)\s*(?::|;|\s[-–—]+)\s*((?:what\s+(?:year|month|date|day)s?|(?:month|year|date|day)s?(?:\s+and\s+(?:month|year|date|day)s?)?)\b.*?\b(?:each|both)\b[^:;?!]*)\s*[?.!]*\s*$/i;
const SIDE_BREAK = /\s+(?:vs\.?|versus)\s+/i;

/** The further asks of what follows the sides ("…, and was the russian one late"). */
function furtherAsks(rest: string): string[] {
  return splitAsks(rest)
    .filter((piece) => asksOnItsOwn(piece))
    .map((piece) => clean(piece.replace(LEADING_JOIN, "")))
    .filter((ask) => ask !== "");
}

/** Sides as asks with the question each is given, or undefined where a side is no name. */
function sided(question: string, sides: readonly string[], further: readonly string[] = []) {
  const trimmed = sides.map(clean);
  if (trimmed.some((s) => s === "" || words(s) < MIN_SIDE_WORDS || words(s) > MAX_SIDE_WORDS))
    return undefined;
  // (A side opening on a question word asks its own thing: it is `splitAsks`' to read.)
  if (trimmed.some((s) => QUESTION_OPENING.test(s))) return undefined;
  return {
    items: [...trimmed, ...further],
    asks: [...trimmed.map((s) => `${question} ${s}?`), ...further],
  };
}

/** The second end of a span, its further asks cut off ("…, and how many more till C"). */
function secondEnd(text: string): { end: string; further: string[] } {
  const pieces = splitAsks(text.replace(DATES_REMARK, ""));
  const end = (pieces[0] ?? "").replace(TRAILING_COURTESY, "");
  return { end, further: furtherAsks(pieces.slice(1).join(" ")) };
}

/**
 * Sides each asked for its date, so each must be dated by a sentence naming it (`partDatedThere`,
 * part-asks.ts): a span's or an order's ends, two things' dates set side by side. A further ask
 * after them ("…, and how many more till C") is judged as asked, not as a date of a part.
 */
function datedSides(asks: SidedAsks | undefined, further: readonly string[]) {
  return (
    asks && { ...asks, dated: true, ...(further.length > 0 ? { further: further.length } : {}) }
  );
}

/** "how many days between A and B", "from A to B - dates for both ends": each end's date. */
function spanAsks(question: string): SidedAsks | undefined {
  const counted = SPAN_COUNTED.exec(question);
  const dated = counted ? undefined : DATES_REMARK.test(question) && SPAN_DATED.exec(question);
  const m = counted ?? dated;
  if (!m) return undefined;
  const { end, further } = secondEnd(m[3] as string);
  return datedSides(sided(WHEN_WAS, [(m[1] ?? m[2]) as string, end], further), further);
}

/**
 * "how many years after A did B", "how long before A was B": A's date and B's, B asked with its
 * own verb ("when did the council set up the eg-itrs?"), each end dated by a sentence naming it.
 */
function spanAfterAsks(question: string): SidedAsks | undefined {
  const m = SPAN_AFTER.exec(question) ?? SPAN_AFTER_BEING.exec(question);
  if (!m) return undefined;
  const { end, further } = secondEnd(m[3] as string);
  const start = m[1] as string;
  const first = sided(OWN_VERB.test(` ${start} `) ? "when" : WHEN_WAS, [start]);
  const second = sided(`when ${(m[2] as string).toLowerCase()}`, [end], further);
  if (first === undefined || second === undefined) return undefined;
  const asks = { items: [...first.items, ...second.items], asks: [...first.asks, ...second.asks] };
  const read = datedSides(asks, further);
  return read && { ...read, named: true };
}

/**
 * Whether the question counts the time between two ends it names, each then dated alone: "how
 * many years between A and B", "how many years passed from A to B" (`SPAN_COUNTED`), "how many
 * years after A did B" (`SPAN_AFTER`), "A and B - how many years apart" (`datedPair`). Its unit
 * ("years") asks no thing of the notes: the two dates answer it.
 */
export function countsSpanOfTwoEnds(question: string): boolean {
  return (
    SPAN_COUNTED.test(question) ||
    SPAN_AFTER.test(question) ||
    SPAN_AFTER_BEING.test(question) ||
    datedPair(question) !== undefined
  );
}

/**
 * "was A before or after B": each act's date. B may name two acts joined by "and" ("eff's
 * release-the-docs push and wcitleaks going live"), each dated.
 */
function orderAsks(question: string): SidedAsks | undefined {
  const m = ORDER.exec(question);
  if (!m) return undefined;
  const { end, further } = secondEnd(m[2] as string);
  const later = end.split(/\s+and\s+/i);
  const ends = later.length === 2 && later.every((s) => words(s) >= 2) ? later : [end];
  return datedSides(sided(WHEN_WAS, [m[1] as string, ...ends], further), further);
}

/**
 * "how big was A, next to B": the first ask as typed, and the side beside it given the same
 * kind of question (a count or a date; any other ask is a comparison's, not read here).
 */
function nextToAsks(question: string): SidedAsks | undefined {
  const m = NEXT_TO.exec(question);
  if (!m) return undefined;
  const first = clean(m[1] as string);
  const kind = COUNT_ASKED.test(first) ? HOW_MANY : DATE_ASKED.test(first) ? WHEN_WAS : undefined;
  if (kind === undefined || splitAsks(first).length > 1) return undefined;
  const { end, further } = secondEnd(m[2] as string);
  const second = sided(kind, [end], further);
  if (second === undefined) return undefined;
  return { items: [first, ...second.items], asks: [`${first}?`, ...second.asks] };
}

/** "A vs B - what year was each": each side's date. */
function sidesDatedAsks(question: string): SidedAsks | undefined {
  const m = SIDES_THEN_DATE.exec(question);
  if (!m) return undefined;
  const sides = (m[1] as string).split(SIDE_BREAK);
  return sides.length === 2 ? datedSides(sided(WHEN_WAS, sides), []) : undefined;
}

/**
 * The asks of a two-sided question, one per side with the detail asked (see the head of this
 * file), or of a joined question of two or three parts with one ask over them (part-asks.ts:
 * "did A, B and C all land in the same month", "X, and Y - why, in each case"); undefined for
 * any other question.
 */
export function sideAsks(question: string): SidedAsks | undefined {
  return (
    spanAsks(question) ??
    spanAfterAsks(question) ??
    orderAsks(question) ??
    nextToAsks(question) ??
    sidesDatedAsks(question) ??
    partAsks(question)
  );
}

/**
 * `sideAsks`, unless `itemAsks` reads the question (its items and `datedPair`'s come first):
 * undefined then, and for a question with no two sides.
 */
export function sideAsksBesideItems(question: string): SidedAsks | undefined {
  return itemAsks(question).length >= 2 ? undefined : sideAsks(question);
}

/** A span as a passage states it: a count before a unit of time ("about ten days", "four months"). */
const STATED_SPAN =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)\s+(days?|weeks?|months?|years?|decades?)\b/gi;
/** The unit a span's question counts in ("how many months ahead of…"), if any. */
const UNIT_ASKED = /\bhow\s+many\s+(day|week|month|year|yr|decade)s?\b/i;

/**
 * Whether a passage states the span a question counts, in the unit it asks ("how many days after
 * the deadline" → "about ten days after the announced proposal deadline"), or in any unit where
 * it asks none ("how long before"): the span as the notes write it, which no end's date need give.
 */
function statesSpanAsked(question: string, text: string): boolean {
  const asked = UNIT_ASKED.exec(question)?.[1]?.toLowerCase().replace(/^yr$/, "year");
  return [...text.matchAll(STATED_SPAN)].some(
    (m) => asked === undefined || (m[1] as string).toLowerCase().replace(/s$/, "") === asked,
  );
}

/**
 * Whether the place covering a two-sided question as a whole (its window's passage) fails to
 * cover one of its sides, each judged alone there by `coveredThere`, as `itemUnstated` judges
 * items: "from the arab prep meeting in cairo to the dubai opening - dates for both ends" is not
 * covered by the paragraph dating the Cairo meeting only. A side asked only for its date (a span's
 * or an order's end) must also be dated there by a sentence naming it (`datedThere`, part-asks.ts'
 * `partDatedThere`): "how many weeks after india's doc 21 did brazil put in its own proposal" is
 * not covered by the paragraph dating Document 21, whose words meet the second end's "proposal"
 * and never date a Brazilian one. The question is then judged side by side (`byEachAsk`), never
 * as one. A place stating the span itself in the unit asked ("about ten days after the announced
 * proposal deadline") answers it as the notes write it: its cover stands.
 */
export async function sideUnstated(
  question: string,
  windowPassageId: string | undefined,
  passages: readonly ScoredPassage[],
  coveredThere: (ask: string, found: readonly ScoredPassage[]) => Promise<boolean>,
  datedThere: (part: string, ask: string, found: ScoredPassage) => boolean = () => true,
): Promise<boolean> {
  const sides = sideAsksBesideItems(question);
  if (sides === undefined) return false;
  const found = passages.find(({ passage }) => passage.id === windowPassageId);
  if (found === undefined) return false;
  const dated = sides.dated === true ? sides.items.length - (sides.further ?? 0) : 0;
  if (dated > 0 && countsSpanOfTwoEnds(question) && statesSpanAsked(question, found.passage.text))
    return false;
  for (const [i, ask] of sides.asks.entries()) {
    if (!(await coveredThere(ask, [found]))) return true;
    if (i < dated && !datedThere(sides.items[i] ?? "", ask, found)) return true;
  }
  return false;
}
