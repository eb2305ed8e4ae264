// A joined question whose parts are noun phrases and whose one ask is written once, after the
// parts or before them (parts44): "etno's c-109 and the eu parliament's resolution - which date
// goes with which", "iran's vote and the house vote - how did the numbers break down", "A and B -
// dates for the pair pls", "where were they held: A, and B". The parts ask nothing by themselves,
// so no ask reader cut them and the question was judged as one ask whose words no one place
// holds. The ask is written out once per part (`distributedAsks`), for `byEachAsk` to judge each
// alone: every part must be covered on its own, or the question is refused.

import { ASKING_OPENING, ASKING_WORD } from "../search/question-lead-ins.ts";
import { kindQuestion } from "./lead-in-asks.ts";
import { ITEM_BREAK, MAX_ITEM_WORDS, MAX_ITEMS, namesOnly } from "./naming-lead.ts";

/** The parts a question names and the ask written out for each, in the same order. */
export interface DistributedAsks {
  items: string[];
  asks: string[];
}

/**
 * Where a question's one ask and its parts meet: a colon, a semicolon or a dash between spaces
 * (a hyphen inside a word, "pp-14", parts nothing). The text before it holds no "?" or "!".
 */
const JOIN = /^\s*([^:;?!]+?)\s*(?::|;|\s[-–—]\s|\s?[–—]\s?)\s*(.+?)\s*[?.!]*\s*$/u;

/**
 * The asks of a question naming two or three things and asking one thing of them all, once:
 * after them ("A and B - which night was which", `trailingAskOver`) or before them ("who wrote
 * these up - A, and B", `leadQuestionOver`). Undefined for any other question.
 */
export function distributedAsks(question: string): DistributedAsks | undefined {
  const m = JOIN.exec(question);
  if (!m) return undefined;
  const [, before, after] = m as unknown as [string, string, string];
  return trailingAskOver(before, after) ?? leadQuestionOver(before, after);
}

/**
 * Things named first, an ask after them that puts each by its detail, not by "each" (which
 * `itemAsks` reads): "which X … which" (the second "which" is each thing in turn), a plural
 * pointing back ("when did THOSE sit", "how big did THEY get"), or a kind of answer named with
 * no question of its own ("dates for the pair pls", "figures pls", "both sets of numbers") or
 * inside one that names no thing ("how did the NUMBERS break down"). The things are a lead that
 * only names (`namesOnly`): two or three short noun phrases.
 */
function trailingAskOver(lead: string, tail: string): DistributedAsks | undefined {
  if (ASKING_OPENING.test(lead.trim()) || !namesOnly(lead)) return undefined;
  const items = lead.split(ITEM_BREAK).map((item) => item.trim());
  if (items.length < 2 || items.length > MAX_ITEMS) return undefined;
  if (items.some((item) => item === "" || wordsOf(item).length > MAX_ITEM_WORDS)) return undefined;
  const askOf = trailingAsk(tail);
  return askOf && { items, asks: items.map(askOf) };
}

/** "which X goes with which": the last "which" stands for each thing. */
const WHICH_IS_WHICH = /^(which\s+.+?\s)which$/i;
/** A plural (or "each"/"both") pointing back at the things named. */
const POINTS_AT_THINGS =
  /\b(?:those|these|they|them|the\s+two|the\s+pair|the\s+three|both(?:\s+of\s+them)?|each(?:\s+one|\s+of\s+them)?)\b/i;

/**
 * An ask relating the things to one another ("did they answer each other", "how do they differ",
 * "same point or not", "how far apart were they", "side by side"): asked of the things
 * together, not of each.
 */
const RELATES =
  /\b(?:each\s+other|one\s+another|apart|side\s+by\s+side|differ\w*|difference|compar\w*|same|similar\w*|agree\w*|disagree\w*|stack\s+up|match\w*|between|together|vs\.?|versus)\b/i;

/** How an ask after the things is written for one of them; undefined where it is not read. */
function trailingAsk(tail: string): ((item: string) => string) | undefined {
  const ask = tail.replace(/[\s?!.]+$/u, "").trim();
  if (RELATES.test(ask)) return undefined;
  if (ASKING_OPENING.test(ask)) {
    const which = WHICH_IS_WHICH.exec(ask);
    if (which) return (item) => `${which[1]}${item}?`;
    if (POINTS_AT_THINGS.test(ask)) return (item) => `${ask.replace(POINTS_AT_THINGS, item)}?`;
  }
  const kind = kindAsked(ask);
  return kind === undefined ? undefined : (item) => `${kind} ${item}?`;
}

/**
 * The words around a kind of answer asked that add nothing to it: the asker's chat ("pls", "give
 * me"), and words for "of each of them" ("both", "the pair", "sets of", "for", "on").
 */
const AROUND_KIND =
  /^(?:pls|please|plz|thx|thanks|give|gimme|me|need|want|get|the|a|both|each|all|two|three|pair|sets?|of|for|on|one|ones|them|those|these)$/i;
/** A question asking how something turned out, with no thing of its own named. */
const HOW_IT_WENT = /^(?:how|what)\b/i;

/**
 * The question a kind of answer asked after the things stands for: "dates for the pair pls" →
 * "when was"; "how did the numbers break down" → "how many is". Read only where every other word
 * is chat or "of each" (`AROUND_KIND`), or the ask opens on "how" or "what" and its only noun
 * naming a kind is it; undefined otherwise.
 */
function kindAsked(ask: string): string | undefined {
  const words = wordsOf(ask);
  const kinds = words.map(kindQuestion).filter((k): k is string => k !== undefined);
  if (kinds.length !== 1) return undefined;
  const rest = words.filter((w) => kindQuestion(w) === undefined);
  if (rest.every((w) => AROUND_KIND.test(w))) return kinds[0];
  return HOW_IT_WENT.test(ask) && rest.length <= HOW_IT_WENT_MAX_WORDS ? kinds[0] : undefined;
}
/** "how did the numbers break down": a short ask, naming nothing but the kind. */
const HOW_IT_WENT_MAX_WORDS = 5;

/**
 * Where one part after a lead question ends and the next begins: a comma, with "and" or "plus".
 * (Not "or": "- delegation badges, or on their own steam" offers answers to one ask.)
 */
const PART_BREAK = /\s*,\s*(?:(?:and|plus)\s+)?/i;
const OFFERS_ANSWERS = /,\s*or\b/i;
/** A lead question opening on a question word: a yes/no lead ("was 5b for show -") is no frame. */
const WH_OPENING = /^(?:what|what's|which|who|whom|whose|when|where|why|how)\b/i;
/** A part after a lead question is a noun phrase, at most this long. */
const MAX_PART_WORDS = 12;
/** A lead question asks one short thing. */
const MAX_LEAD_WORDS = 12;

/**
 * A question before the colon or dash, then two or three noun phrases parted by commas, each
 * what the question asks of: "where were they held: the arab group's prep meeting, and the
 * expert group's 2017 session" → "where were the arab group's prep meeting held?", …. A plural
 * pointing back in the question is each part in turn; without one, the part is put after it
 * ("what date goes on the slide for: c59, and doc 21" → "what date goes on the slide for c59?").
 * Not where a part opens on or holds a question word (a second ask, `splitAsks`' to read).
 */
function leadQuestionOver(lead: string, rest: string): DistributedAsks | undefined {
  const question = lead.trim();
  if (!WH_OPENING.test(question) || wordsOf(question).length > MAX_LEAD_WORDS) return undefined;
  if (RELATES.test(`${lead} ${rest}`) || OFFERS_ANSWERS.test(rest)) return undefined;
  const items = rest
    .replace(/[\s?!.]+$/u, "")
    .split(PART_BREAK)
    .map((part) => part.trim());
  if (items.length < 2 || items.length > MAX_ITEMS) return undefined;
  const noun = (part: string) =>
    part !== "" &&
    !ASKING_OPENING.test(part) &&
    !ASKING_WORD.test(part) &&
    wordsOf(part).length <= MAX_PART_WORDS;
  if (!items.every(noun)) return undefined;
  const askOf = POINTS_AT_THINGS.test(question)
    ? (item: string) => `${question.replace(POINTS_AT_THINGS, item)}?`
    : (item: string) => `${question} ${item}?`;
  return { items, asks: items.map(askOf) };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}
