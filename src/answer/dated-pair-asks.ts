// Two things whose dates an analyst asks to set side by side, in the shapes typed in chat: "when
// did X vs when Y", "when did X vs Y", "which came first, A or B? dates pls", "A and B - same month
// or not". No other reader parts them (`splitAsks` cuts no ask at "vs" or before "or"), so the
// question was judged as one ask whose words no one place holds: the two acts sit in different
// paragraphs or notes, and `thresholds` refused it. Read here as one when question per thing,
// each with its own names ("india's doc 21", "the russian internet doc 27"), for `byEachAsk`
// (coverage-otherwise.ts) to cover each alone and the answer to state each from its own passage.
// The comparison itself (which was first, whether the month was the same) is what the two dates
// answer; no place is asked to state it.

import { LEADING_JOIN } from "../search/question-ask-joins.ts";
import { asksOnItsOwn, splitAsks } from "../search/question-asks.ts";

/** The things compared and one when question for each (with any further ask after them). */
export interface DatedPair {
  /** What each ask is about, in order: its words are that ask's own names. */
  items: string[];
  /** One ask per item ("when was india's doc 21?"), then any further ask the question makes. */
  asks: string[];
}

/** An item is a name or a short phrase naming an act, not a clause with asks of its own. */
const MAX_ITEM_WORDS = 10;

/** Asks each thing's date: the item written after it. */
const WHEN_WAS = "when was";

/**
 * A remark after the two things that asks how their dates compare, not a fact of its own: "same
 * month or not", "were they the same year?", "which came first", "which one was earlier", "were
 * those a couple months apart", "how many weeks apart", with a hedge after it ("or am i
 * misremembering", "were they"). Read only after a dash, colon, comma or question mark that
 * closes the items. Not "how far apart were they": on the tuning half it asks how far two
 * parties' positions were apart ("India and the US on putting spam in the treaty - how far apart
 * were they?") as often as their dates.
 */
const DATES_COMPARED = new RegExp(
  String.raw`^(?:(?:were|was|are|is)\s+(?:they|those|these|the\s+two|both|it)\s+)?(?:in\s+)?(?:the\s+)?same\s+(?:day|week|month|year)(?:\s+or\s+not)?` +
    String.raw`|^which\s+(?:one\s+)?(?:came|was|happened|went\s+in|landed)\s+(?:first|earlier|sooner)(?:\s*,?\s+and\s+how\s+(?:far|long|many\s+(?:days|weeks|months|years))\s+apart)?` +
    String.raw`|^(?:(?:were|was)\s+(?:they|those|these|the\s+two)\s+)?(?:a\s+|how\s+many\s+)?(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?)\s+apart` +
    String.raw`|^how\s+(?:far|long)\s+apart\s+in\s+(?:days|weeks|months|years)`,
  "i",
);
/** What may follow the comparison and asks nothing: a hedge on the asker's memory, thanks. */
const TRAILING_HEDGE =
  /^(?:\s*(?:or\s+not|(?:were|are)\s+(?:they|those|these)|(?:did|were)\s+(?:they|those|these|the\s+two|both)\s+(?:land|happen|come\s+out|go\s+in|get\s+filed|drop)|or\s+am\s+i\s+(?:misremembering|wrong|off)|or\s+what|pls|please|thx|thanks|\?|!|\.))*\s*$/i;

/** Where the items end and the comparison starts: a dash between spaces, a colon, a comma. */
const CLOSE_ITEMS = /\s+[-–—]+\s+|\s*[:;]\s*|,\s*|\?\s*/g;

/** The two items of a lead: parted at one "vs", "versus", "and" or "&". */
const PAIR_BREAK = /\s+(?:vs\.?|versus|and|&)\s+/i;

/**
 * "which came first, A or B", "which landed first - A or B", "what happened earlier: A or B":
 * the two items after the question, parted at "or". Group 1 is A, group 2 B, group 3 what
 * follows a question mark. Only with a verb of taking place or coming out: "which delegation
 * walked out first, A or B" asks which party did an act, not two dates.
 */
const FIRST_OF_TWO =
  /^\s*(?:so\s+|ok\s+)?(?:which|what)(?:\s+one)?\s+(?:came(?:\s+out)?|happened|landed|went\s+in|was|got\s+(?:in|out|filed))\s+(?:first|earlier|sooner)\s*(?:,|:|\s[-–—]+)?\s+([^?]+?)\s+or\s+([^?]+?)\s*(?:\?(.*))?$/i;

/**
 * "when did X vs when Y", "when did X vs Y", with any remark comparing their dates after a dash:
 * group 1 the first ask, group 2 the second as typed.
 */
const WHEN_VS = /^\s*(when\b.+?)\s+(?:vs\.?|versus)\s+(.+)$/i;
/** A second ask that opens on its own question word asking a date. */
/** The fewest words of a first ask read as an ask of its own: "when", a verb, a thing, more. */
const MIN_ASK_WORDS = 4;
const WHEN_OPENING = /^(?:when|what\s+(?:date|day|month|year))\b/i;

const QUESTION_OPENING = /^(?:what|which|who|whom|whose|when|where|why|how)\b/i;

const words = (text: string) => text.trim().split(/\s+/).length;
const clean = (text: string) => text.replace(/[\s?!.,;:]+$/u, "").trim();

/** The further asks of what follows the items ("dates pls, and was the russian one late"). */
function furtherAsks(rest: string): string[] {
  return splitAsks(rest)
    .filter((piece) => asksOnItsOwn(piece))
    .map((piece) => clean(piece.replace(LEADING_JOIN, "")))
    .filter((ask) => ask !== "");
}

/** A pair of items as asks, or undefined where an item is empty or too long to be a name. */
function asked(items: readonly string[], further: readonly string[] = []): DatedPair | undefined {
  const trimmed = items.map(clean);
  if (trimmed.some((item) => item === "" || words(item) > MAX_ITEM_WORDS)) return undefined;
  // ("what Touré said he'd recommend in june vs what the council did on 11 july - months apart?":
  // an item opening on a question word is a clause asking its own thing, not a thing to date.)
  if (trimmed.some((item) => QUESTION_OPENING.test(item))) return undefined;
  return {
    items: [...trimmed, ...further],
    asks: [...trimmed.map((item) => `${WHEN_WAS} ${item}?`), ...further],
  };
}

/** The question without a closing remark comparing the two dates ("- same month or not"). */
function withoutComparison(question: string): { lead: string; compared: boolean } {
  for (const cut of question.matchAll(CLOSE_ITEMS)) {
    const rest = question.slice(cut.index + cut[0].length);
    const m = DATES_COMPARED.exec(rest);
    if (m && TRAILING_HEDGE.test(rest.slice(m[0].length)))
      return { lead: question.slice(0, cut.index), compared: true };
  }
  return { lead: question, compared: false };
}

/**
 * The when questions of a question setting two things' dates side by side (see the head of this
 * file); undefined for any other question. "A and B" is read only with a remark comparing their
 * dates after it; "which … first, A or B" and "when did X vs (when) Y" on their own.
 */
export function datedPair(question: string): DatedPair | undefined {
  const first = FIRST_OF_TWO.exec(question);
  if (first) return asked([first[1] as string, first[2] as string], furtherAsks(first[3] ?? ""));
  const { lead, compared } = withoutComparison(question);
  const vs = WHEN_VS.exec(lead);
  if (vs) {
    const one = clean(vs[1] as string);
    const two = clean(vs[2] as string);
    // (Each ask is written whole: its items are the asks themselves. A first ask of a few words,
    // or a number on each side of the "vs", "when was the 1988 vs 2012 text signed", sets two
    // names of one ask side by side.)
    if (words(one) < MIN_ASK_WORDS || /\s(?:vs\.?|versus)\s/i.test(two)) return undefined;
    if (/\d$/.test(one) && /^\d/.test(two)) return undefined;
    // ("when did Moscow's filing land, and how late was it vs the cutoff": a "vs" inside a later
    // ask sets that ask's thing against another, not two dates.)
    if (splitAsks(one).length > 1) return undefined;
    if (words(two) > MAX_ITEM_WORDS + 2) return undefined;
    const second = WHEN_OPENING.test(two) ? two : `${WHEN_WAS} ${two}`;
    return { items: [one, second], asks: [`${one}?`, `${second}?`] };
  }
  if (!compared) return undefined;
  const items = lead.split(PAIR_BREAK);
  return items.length === 2 ? asked(items) : undefined;
}
