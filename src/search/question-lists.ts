// A question asking for a list: the request for one ("three talking points", "which resolutions",
// "what were the main…"), what each item is to give (dates, counts) and how many items are asked
// for. Read by `analyzeQuestion` (question.ts).

import type { AnswerType } from "./question.ts";
import { NUMBER_WORDS } from "./question-words.ts";

export const LIST_REQUEST =
  /\b(?:talking points?|bullet(?:ed)?(?: points?| list)?|bullets|key points?|points?|takeaways?|highlights|soundbites?|sound bites?|lines to take|list|enumerate|name|items?|reasons|arguments|examples|facts|summari[sz]e|summary|rundown|run-down|recap|pointers?|messages|timelines?|itemi[sz]e|checklists?|jot down|tick off|rattle off|reel off|map out|sum up|boil down|list out|(?:quick|short|brief|simple|numbered|bulleted) lists?|(?:cheat|crib) ?sheets?|(?:bullet(?:ed)?|bullet-point|point|list|note) form|inventor(?:y|ies)|round-?ups?|(?:sequence|chain|order) of events|pros and cons|in (?:(?:date|time|chronological|reading|the right) )?order|in sequence|top (?:\d{1,2}|three|four|five|six|seven|eight|nine|ten)|(?:point|item|one) by (?:point|item|one)|(?:one|a) (?:line|sentence|bullet|point) (?:each|apiece|per))\b/i;

/**
 * What a list asks each item to give, named anywhere in the question: its dates ("key dates",
 * "a timeline", "a chronology", "with dates", "dated") or its counts ("the vote counts", "the
 * tallies"). "Figures" and "numbers" also name people and documents ("civil-society figures"). A
 * list of plain points asks for no particular kind. Alone (engine taking it as the list's
 * expected answer), tuning half (604 q) unchanged at 0.848; with "figures" as counts, 0.846.
 */
const DATE_ITEMS = /\b(?:dates?|dated|timelines?|chronolog(?:y|ies|ical)|calendar)\b/i;

const COUNT_ITEMS = /\b(?:counts|tall(?:y|ies)|totals|how many)\b/i;

export function listItemType(question: string, members: readonly string[]): AnswerType | undefined {
  // "the Dubai basics: dates, host, venue and chair": a part named beside others of other kinds
  // asks for one point among the list's, not a date of every point (read so, the list was refused
  // for lacking dates in the host's and the chair's sentences). Tuning half (1,346 q): 0.8245 ->
  // 0.8255, wrong refusals 90 -> 89, one answer changed, no trust figure moved.
  const onePart = (items: RegExp) =>
    members.some((m) => items.test(m)) &&
    members.some((m) => !DATE_ITEMS.test(m) && !COUNT_ITEMS.test(m));
  if (DATE_ITEMS.test(question)) return onePart(DATE_ITEMS) ? undefined : "date";
  if (COUNT_ITEMS.test(question)) return onePart(COUNT_ITEMS) ? undefined : "number";
  return undefined;
}

export const PROSE_REQUEST =
  /\b(?:paragraphs?|sentences?|press release|statement|memo|tweet|essay)\b/i;

/**
 * Where the answer will be used, not how it looks: "Need this for a memo: give me three talking
 * points…" still asks for points.
 */
export const PROSE_PURPOSE =
  /\b(?:for|in) (?:a|an|my|our|the|this|that) (?:[\w'-]+ ){0,2}?(?:press releases?|statements?|memos?|tweets?|essays?)\b/gi;

/**
 * Where a list word names only the slide the answer goes on: after a when question, "need it for
 * a timeline slide", "asking for the timeline slide" ask for the date the question asks, not for a
 * timeline. ("for a timeline slide: the big moments…, with dates" asks for one.)
 */
export const LIST_PURPOSE =
  /\b(?:for|on|in) (?:a|an|my|our|the|this|that) (?:timelines?|summary|rundown|recap) (?:slides?|decks?|graphics?)\b/gi;

/**
 * "Round up every european govt our notes name…": the chat verb for gathering, opening the
 * question, asks for a list as "list" does (read as a fact question, that list was answered in
 * prose from one paragraph). Only where it opens the question: "how did Iran round up the 77
 * votes" asks how.
 */
export const LIST_LEAD =
  /^(?:list|name|enumerate|round[- ]?up\b|(?:the )?top (?:\d{1,2}|three|four|five|six|seven|eight|nine|ten)\b|(?:the )?(?:(?:main|key|first) )?(?:steps|stages)\b|pros and cons\b|what (?:are|were) (?:the |some of the |some )?(?:main|key|major|principal|chief|most important|biggest|central)\b|what (?:are|were) (?:the |some )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) \w+|which (?:were|are) the (?:main|key|major)\b)/i;

/**
 * "Which resolutions came with…", "which of the big countries…", "what were the Arab states' main
 * asks": a plural noun after "which", or "main/key" after a possessive, asks for several items.
 * A plural is read from its ending (not "-ss", "-us", "-is", "-'s"), so no noun list is needed.
 * (Not one after the question's verb: "Which year did DELEGATIONS meet?" asks a year; nor the
 * verb itself: "which month WAS TD-43 issued?", "which delegation WAS behind…" ask a date and a
 * name, and had been read as lists. On the tuning half: one near miss more refused, out-948.)
 */
export const WHICH_ITEMS_LEAD =
  /^(?:which (?:of (?:the|these|those|its|their) )?(?:(?!(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b)[\w-]+ ){0,2}?(?!(?:was|does|has|is)\b)[a-z][\w-]*[^\Wsui']s|what (?:are|were) (?:the )?(?:[\w-]+ ){1,3}?[\w-]+(?:'s|s') (?:main|key|major|principal|chief|biggest|central))\b/i;

/**
 * "What were the flashpoints that split delegates?", "Into which languages…": a plural noun the
 * question opens by asking after names several items, as "which Xs" does (a plural read from its
 * ending; not a capitalised acronym: "What are the ITRs?"). (Not "What Xs did Y…": read as a list,
 * "What recommendations did CDT make…?" lost the paper's section on them to bulleted filler.)
 */
const PLURAL_ASKED_LEAD =
  /^(?:(?:in|into|from|to|for|with|by|at|on|of|among|under|over|through) which (?:[\w-]+ ){0,2}?([\w-]*[^\Wsui']s)\b|what (?:are|were) the (?:[\w-]+ ){0,2}?([\w-]*[^\Wsui']s)(?= (?:that|which|who|of|on|in|for|from|to|by|behind|around|over|with|the|[a-z]+ed|did|do|does|were|are|had|have)\b|\s*[?,;:]|$))/i;

/**
 * Whether the question opens by asking after a plural noun (`PLURAL_ASKED_LEAD`), written in lower
 * case. (Reasons and arguments asked so stay why and reason questions: "What were the reasons for
 * the walkout?", "What concerns did civil society raise…?", read by the caller.)
 */
export function asksPlural(lead: string): boolean {
  const m = PLURAL_ASKED_LEAD.exec(lead);
  const noun = m?.[1] ?? m?.[2];
  return noun !== undefined && /^[a-z]/.test(noun);
}

/**
 * A count naming the look of each item, not how many: "one bullet per person", "one bullet each".
 * Read in the question as asked, since the instruction words are cut out before the count is
 * read. Read as a count, "one bullet per person" gave one bullet: tuning half (650 q) 0.859 ->
 * 0.860 (list 0.82 -> 0.83), cited right 492 -> 493, no trust figure moved.
 */
const PER_ITEM = /^\s+(?:per|each|apiece|for each|on each|for every)\b/i;

/**
 * The count asked for in the instructions or the content ("three talking points", "top 5", "a
 * 3-bullet brief"). Read only apart from its unit, "draft a 3-bullet brief" gave five bullets:
 * tuning half (739 q) unchanged at 0.866 (that answer three bullets at the same recall).
 */
export function requestedCount(texts: readonly string[], asked: string): number | undefined {
  for (const text of texts) {
    const m =
      /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|pair)\b(?:\s*(?:-|–|—|\bto\b|\bor\b)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b)?(?:\s+of)?(?:\s+[\w-]+){0,3}?(?:\s+|-)(?:talking points?|bullet points?|bullets?|key points?|points?|takeaways?|highlights|soundbites?|reasons?|arguments?|examples?|facts?|items?|things|lines|messages|pointers|countries|states|delegations|ways|proposals?|issues|concerns|differences|objections|names)\b/i.exec(
        text,
      ) ??
      /\btop (\d{1,2}|three|four|five|six|seven|eight|nine|ten)\b/i.exec(text) ??
      /\b(?:keep|limit|cap|trim|cut)(?: (?:it|this|that|them|the list|the answer|yourself))? (?:to|at) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(
        text,
      );
    if (!m) continue;
    const at = asked.toLowerCase().indexOf(m[0].toLowerCase());
    if (at >= 0 && PER_ITEM.test(asked.slice(at + m[0].length))) continue;
    // A range ("3-4 bullets", "three to five points") asks for up to its upper end.
    const word = ((m[2] ?? m[1]) as string).toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

/**
 * What a list counts over the whole record, where it says so: the word or two after "every" or
 * "all (of) the" ("every leak our notes mention", "every petition, letter or statement", "all
 * the different figures"). Such a list's items are things of that kind, each told where its own
 * story is, often in a note retrieval ranks low for the question's other words. Not a count of
 * occasions or of anything at all ("every time", "every one", "every thing", "all the stuff"),
 * nor "each" (mostly distributive: "what did each of them say", "each pushing for"). A
 * describing word before the kind is passed over ("all the different figures").
 */
const KIND_OVER_RECORD =
  /\b(?:every|all(?: of)? the)\s+(?:(?:different|various|separate|individual|other)\s+)?(?!(?:time|times|thing|things|one|ones|single|bit|bits|stuff|way|ways|day|days)\b)([a-z][\w-]*(?:\s+[a-z][\w-]*)?)/i;

/**
 * The kinds a list counts over the whole record (`KIND_OVER_RECORD`), each as typed, if any: one,
 * or each of a series ("every petition, letter or statement": petition, letter, statement).
 */
export function listKindWords(content: string): string[] {
  const m = KIND_OVER_RECORD.exec(content);
  if (!m) return [];
  const rest = content.slice((m.index ?? 0) + m[0].length - (m[1]?.length ?? 0));
  if (OCCASION.test(rest)) return occasionTopic(rest);
  // (A series runs on by commas and a last "or"/"and": "petition, letter or statement our
  // notes…"; each item is a word or two, cut where a clause begins.)
  const series = SERIES.exec(rest)?.[1] ?? "";
  return series
    .split(/,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/i)
    .map((item) => item.split(CLAUSE_START)[0] ?? "")
    .filter((item) => item.length > 0);
}

const ITEM = "[a-z][\\w-]*(?: (?!(?:or|and)\\b)[a-z][\\w-]*)?";
const SERIES = new RegExp(`^(${ITEM}(?:, ${ITEM})*(?:,? (?:or|and) [a-z][\\w-]*)?)`, "i");

const CLAUSE_START =
  /\s+(?=(?:our|in|across|from|that|which|who|we|they|of|or|and|to|on|at|per|the|he|she|it|where|when)\b)/i;

/** A noun for a place in the record a thing is named: "every SPOT…", "every PLACE…". */
const OCCASION_NOUN = "(?:spots?|places?|instances?|occasions?|mentions?)";
const OCCASION = new RegExp(`^${OCCASION_NOUN}\\b`, "i");

/**
 * "every spot poland turns up", "every place where the itu constitution comes into it": the
 * occasion, the words naming the thing, and a verb saying it turns up in the record.
 */
const OCCASION_TOPIC = new RegExp(
  `^${OCCASION_NOUN}\\s+(?:(?:where|in which|that|when)\\s+)?(?:the\\s+)?([a-z][\\w-]*(?:\\s+(?!(?:stuff|things?|business)\\b)[a-z][\\w-]*)?)(?:\\s+(?:stuff|things?|business))?\\s+(?:turns?|turned|comes?|came|crops?|cropped|shows?|showed|pops?|popped|appears?|appeared|figures?|figured|features?|featured)\\b`,
  "i",
);

/** Words that open a clause of their own there ("every place IT comes up", "OUR notes…"). */
const NOT_A_TOPIC = /^(?:our|we|they|it|he|she|this|these|those|them|you|i|in|across)\b/i;

/**
 * The kind of a list counting the places the record names a thing: the thing, not the occasion.
 * "Every spot poland turns up in our notes" asks for each passage naming Poland, told where its
 * own story is, as "every leak our notes mention" asks for each leak; read as the kind "spot", it
 * asked every point to say "spot", which none does, and the passages a search of "spot" found
 * were of no use. Where no thing is named before such a verb ("every place our notes raise…",
 * "every place it comes up"), no kind: "place" is no word a point must say ("took place").
 */
function occasionTopic(rest: string): string[] {
  const topic = OCCASION_TOPIC.exec(rest)?.[1];
  return topic === undefined || NOT_A_TOPIC.test(topic) ? [] : [topic];
}
