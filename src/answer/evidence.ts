// What a sentence can answer, read from its wording: does it give a reason, a number, a date, a
// name, a way of doing something? The extractive answer prefers sentences that carry the kind of
// answer the question expects, and coverage is "full" only when the answer holds one. Pure.

import type { AnswerType } from "../search/question.ts";
import { MONTHS, SENTENCE_OPENERS } from "../text.ts";
import { isCommonWord } from "./common-words.ts";

/** The kind of answer a question expects: the question analysis decides it from the wording. */
export type ExpectedAnswer = AnswerType;

// (The months have their home in text.ts, beside the sentence splitter; answers read them here.)
export { MONTHS };

/** The months' abbreviations, as a regex alternation. */
export const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/**
 * A date: "14 December 2012", "December 14, 2012", "Dec. 3", a month, or a year (1850–2099); a
 * range's first day too ("3 to 14 December", "8–9 October"): a day, not a count.
 */
const DATE = new RegExp(
  [
    `\\b\\d{1,2}\\s*(?:-|–|to)\\s*\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b`,
    `\\b(?:${MONTHS})(?:\\s+\\d{1,2}\\b)?(?:,?\\s+\\d{4}\\b)?`,
    `\\b(?:${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}\\b`,
    "\\b(?:18[5-9]\\d|19\\d\\d|20\\d\\d)s?\\b",
  ].join("|"),
  "g",
);

/** A date to the day: "14 December", "December 14", "Dec. 3", "8–9 October", "3 to 14 December". */
const DAY_DATE = new RegExp(
  [
    `\\b\\d{1,2}\\s*(?:-|–|to)\\s*\\d{1,2}\\s+(?:${MONTHS})\\b`,
    `\\b\\d{1,2}\\s+(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\s+\\d{1,2}(?!\\d)`,
    `\\b(?:${MONTH_ABBREVIATIONS})\\.?\\s+\\d{1,2}(?!\\d)`,
  ].join("|"),
);
/** A date to the month at least: a month's name ("in November 2012", "May 2013"). */
const MONTH_DATE = new RegExp(`\\b(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\\.)`);

/**
 * Whether a sentence gives a date to the unit asked: "in October–November 2014" dates the
 * Plenipotentiary to the month, not the day it closed; "In 2016" to the year, not the month.
 */
export function datesTo(sentence: string, unit: "day" | "month"): boolean {
  return unit === "day" ? DAY_DATE.test(sentence) : MONTH_DATE.test(sentence);
}

/**
 * Wording that tells when something ended: a span's later end ("to 1 May 2012", "8–9 October",
 * "October–November 2014", "between October 2007 and June 2009") or a verb or noun of ending
 * ("closed", "wound up", "the last day", "was withdrawn", "off the table").
 */
const END_TOLD = new RegExp(
  [
    `\\b(?:to|until|till|through|and)\\s+(?:\\d{1,2}\\s+)?(?:${MONTHS}|\\d)`,
    `\\d\\s*[–-]\\s*\\d`,
    `\\b(?:${MONTHS})\\s*[–-]\\s*(?:${MONTHS})\\b`,
    "\\b(?:end(?:ed|s|ing)?|clos(?:e|ed|es|ing)|conclu\\w+|finish\\w*|wound\\s+up|wrapp?\\w*|shut\\w*|taken?\\s+down|took\\s+down|offline|expir\\w*|dissolv\\w*|disband\\w*|(?:last|final)\\s+day|stopp?\\w*|ceas\\w*|halt\\w*|withdr\\w*|off\\s+the\\s+table)\\b",
  ].join("|"),
  "i",
);

/**
 * Wording that dates a deadline: a deadline's noun with its date ("the deadline of 3 November",
 * "a 1 November cutoff"), or a date bound to a verb or preposition of obligation or limit ("was
 * due to Council 2026", "had to be filed by 3 November", "until 31 December", "no later than
 * May 2013", "closed on 20 November", "was to report to Council 2018"). Not a sentence's opening
 * time frame ("By 2018 the group described…"), nor a year naming a text ("bound by the 1988
 * ITRs"). A date near a deadline's noun but bound to another act does
 * not: "filed Document 27 on 13 November 2012, about ten days after the announced proposal
 * deadline" dates the filing.
 */
const DEADLINE_DATE = `(?:(?:\\d{1,2}\\s+)?(?:${MONTHS})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:18[5-9]\\d|19\\d\\d|20\\d\\d))\\b(?!\\s+\\p{Lu})`;
const DEADLINE_TOLD = new RegExp(
  [
    `\\b(?:deadline|cut-?off|closing\\s+date|time\\s+limit)\\s+(?:(?:of|on|was|is|fell\\s+on|set\\s+for|for)\\s+)?(?:the\\s+)?${DEADLINE_DATE}`,
    `${DEADLINE_DATE}\\s+(?:deadline|cut-?off)\\b`,
    `\\b(?:due|(?:had|has|have|was|were|is|are)\\s+to\\s+be\\s+\\p{L}+|must\\s+be\\s+\\p{L}+|clos(?:ed|es|ing)|expir(?:ed|es|ing)|lapsed?)\\s+(?:by|on|in|before|to|at|from)\\s+(?:the\\s+)?${DEADLINE_DATE}`,
    `\\b(?:was|were|is|are)\\s+to\\s+\\p{L}+\\s+(?:to|by)\\s+(?:the\\s+)?${DEADLINE_DATE}`,
    `(?<=\\p{L}\\s+)(?:by|until|till|no\\s+later\\s+than)\\s+(?:the\\s+)?${DEADLINE_DATE}`,
  ].join("|"),
  // (Case-sensitive: a capital names a body, "Council 2026", or a text, "the 1988 ITRs".)
  "u",
);

/** Whether a sentence dates a deadline, not only an act of the same topic (`DEADLINE_TOLD`). */
export function tellsDeadline(sentence: string): boolean {
  return DEADLINE_TOLD.test(sentence);
}

/**
 * Wording that tells when something began: a span or a date after "from", "since" or "between"
 * ("from 3 to 14 December", "8–9 October", "between October 2007 and June 2009", "from 1 January
 * 2015"), or a verb or noun of starting or creating ("launched", "began", "set up", "creating",
 * "opened for signature", "introduced", "entered into force", "to apply provisionally"). Not a
 * date of another act ("filed Document 27 on 13 November", "delivered … signatures").
 */
const START_TOLD = new RegExp(
  [
    `\\b(?:from|since|between)\\s+(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:\\d|${MONTHS})`,
    `\\b\\d{1,2}\\s*[–-]\\s*\\d{1,2}\\s+(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\s*[–-]\\s*(?:${MONTHS})\\b`,
    "\\b(?:begin\\w*|began|begun|start\\w*|launch\\w*|open(?:s|ed|ing)|open\\s+(?:for|to|a|an|its|the|their)|kick(?:s|ed)?\\s+off|commenc\\w*|initiat\\w*|set(?:s|ting)?\\s+up|establish\\w*|creat(?:e|es|ed|ing)|found(?:ed|ing)|introduc(?:e|es|ed|ing)|inaugurat\\w*|conven(?:e|es|ed|ing)|first|(?:enter\\w*|came|comes?)\\s+into\\s+force|in\\s+force|t(?:ook|akes?)\\s+effect|provisional\\w*|under\\s*way)\\b",
  ].join("|"),
  "i",
);

/** Whether a sentence tells when something began, not only when another act was done. */
export function tellsStart(sentence: string): boolean {
  return START_TOLD.test(sentence);
}

/** Whether a sentence tells when something ended, not only when it began (`END_TOLD`). */
export function tellsEnd(sentence: string): boolean {
  return END_TOLD.test(sentence);
}

/**
 * A period: a span of dates ("from 3 to 14 December", "3–14 December", "October–November 2014",
 * "from 2016 to 2023", "between May and July") or a length of time ("two weeks", "12 days", "a
 * fortnight", "a year-long review"). What answers "how long did it last?".
 */
const DAY_OR_MONTH = `(?:\\d{1,2}\\s+)?(?:${MONTHS})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}|(?:18[5-9]\\d|19\\d\\d|20\\d\\d)`;
const PERIOD = new RegExp(
  [
    `\\b\\d{1,2}\\s*(?:-|–|to|until)\\s*\\d{1,2}\\s+(?:${MONTHS})\\b`,
    `\\b(?:${MONTHS})\\s*(?:-|–|to|until)\\s*(?:${MONTHS})\\b`,
    `\\bfrom\\s+(?:${DAY_OR_MONTH})\\s+(?:to|until|till|through)\\s+(?:${DAY_OR_MONTH})\\b`,
    `\\bbetween\\s+(?:${DAY_OR_MONTH})\\s+and\\s+(?:${DAY_OR_MONTH})\\b`,
    `\\b(?:18[5-9]\\d|19\\d\\d|20\\d\\d)\\s*(?:-|–)\\s*(?:18[5-9]\\d|19\\d\\d|20\\d\\d|\\d\\d)\\b`,
    "\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)[\\s-]+(?:full\\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\\b",
    "\\bfortnight\\b",
    "\\b(?:day|week|month|year)-long\\b",
  ].join("|"),
  "i",
);

const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|majority|minority|percent|per cent";
/**
 * Numbers that name rather than count: "Article 19", "Resolution 146", "Document 27", "No. 3",
 * "C-109", "TD-64", "WCIT-12", "PLEN/3", "5A", "1.1(a)". A body or a meeting's part numbered
 * in its name ("Committee 5", "Study Group 17", "Day 3") names it too (nearmiss29): read as a
 * count, "Committee 5 working groups were closed" told how many working groups there were.
 */
const IDENTIFIER = new RegExp(
  [
    "\\b(?:Articles?|Art|Resolutions?|Res|Documents?|Doc|Nos?|Recommendations?|Rules?|Annex|Appendix|Sections?|Chapters?|Parts?|Rev|Contribution|Council|Plenipotentiary|Paragraph|Para|Committees?|Commissions?|Groups?|Day|Week|Questions?)\\.?\\s+\\d[\\w.()]*",
    // (…and the numbers of the series it opens: "Resolutions 101 and 102", "Articles 5A, 5B".)
    "(?<=\\b(?:Articles|Resolutions|Documents|Recommendations|Rules|Sections|Chapters|Parts)\\s+\\d[\\w.()]*(?:(?:\\s*,\\s*|\\s+(?:and|or)\\s+)\\d[\\w.()]*)*(?:\\s*,\\s*|\\s+(?:and|or)\\s+))\\d[\\w.()]*",
    "\\b[A-Za-z]+[-/]\\d[\\w-]*",
    // (An article's paragraph too: "5A.4", "8A.2", read as the count 4 where "5A" was cut.)
    "\\b\\d+[A-Za-z](?:\\.\\d+)*(?:\\([a-z]\\))?(?!\\w|\\.\\d)",
    "\\b\\d+(?:\\.\\d+)+(?:\\([a-z]\\))?",
  ].join("|"),
  "g",
);
/** A count or amount: digits that are not just a year, a number word, a share. */
const NUMBER = new RegExp(`\\b(?:${NUMBER_WORDS})\\b|%|\\b\\d[\\d,.]*\\b`, "i");
const YEAR_ONLY = /^(?:18[5-9]\d|19\d\d|20\d\d)$/;

/**
 * Wording that gives grounds, not only that someone spoke or what might follow: a causal
 * connective, an argument, an objection, a fear, a risk, what ought to be ("because", "argued",
 * "citing", "feared", "should not extend to content").
 */
const GROUNDS_WORDS =
  "because|since|as a result|due to|owing to|so that|in order to|reasons?|why|citing|cited|argu\\w*|warn\\w*|fear\\w*|worr\\w*|concern\\w*|object\\w*|insist\\w*|believ\\w*|contend\\w*|explain\\w*|criticis\\w*|criticiz\\w*|risk\\w*|threat\\w*|danger\\w*|undermin\\w*|lead to|led to|should|must|ought|not belong|ill-suited|unworkable|too (?:broad|vague|slow|rigid)";
const GROUNDS = new RegExp(`\\b(?:${GROUNDS_WORDS})\\b`, "i");

/** Whether a sentence gives grounds for what it reports ("…because…", "He argued that…"). */
export function givesReasons(sentence: string): boolean {
  return GROUNDS.test(sentence);
}

/**
 * Wording that gives a reason or a position: the grounds above, and reported positions and what
 * might follow ("He said…", "opposed", "saw", "could lead to"). Enough to carry a reason into an
 * answer; `givesReasons` is the stricter test a `full` why answer needs.
 */
const REASON = new RegExp(
  `\\b(?:${GROUNDS_WORDS}|said|says|stated|oppos\\w*|claim\\w*|maintain\\w*|saw|view|would|could|might|cannot|(?:un)?likely|requires?|needs?)\\b`,
  "i",
);

/** Wording that describes how something works or was done. */
const METHOD =
  /\b(?:by|through|via|using|would|propos\w*|requir\w*|mechanism|process|procedure|steps?|measures?|allow\w*|enabl\w*|establish\w*|creat\w*|ask\w*|calls? (?:on|for)|endeavou?r|cooperat\w*|agreed)\b/i;

/** A capitalised word after the first: a person, a country, an organisation ("US" and other acronyms aside). */
const NAME_AFTER_START = /\s[A-Z][a-z]+/;
/**
 * A quoted title or term is capitalised without naming anyone ("lists the paper under the title
 * “Cybersecurity and ITU WCIT Proposals”"): it does not make a sentence answer a who question.
 * Tuning half (538 q): 0.808 → 0.810, who 0.73 → 0.76 (a note's identification of a paper led
 * "who wrote the blog post…?" over the paragraph naming its author); no coverage figure moved.
 */
const QUOTED = /"[^"]*"|“[^”]*”/g;
const FIRST_WORD = /^[\s"“'‘(]*([A-Z][a-z]+)\b/;

/**
 * An acronym opening a sentence, as its subject: a body ("CEPT rejected the idea…", "LIRNEasia
 * called the link… incoherent", "UNESCO criticised…"). Not a plural ("ITRs", "TDs"): a thing; nor
 * a possessive ("CDT's current website lists…"), whose subject is the thing owned.
 */
const OPENING_ACRONYM = /^[\s"“'‘(]*(?:\p{Lu}{2,}\p{Ll}*)(?<!\p{Lu}s)\b(?!['’]s\b)/u;

/**
 * Does the sentence name someone: a person, a country, a body? Acronyms alone do not count, but
 * for one opening the sentence as its subject.
 */
/**
 * An acronym's possessive opening a sentence before what a body puts out, as its subject: "UNESCO's
 * submission to the public consultation objected to draft 5A.4", "CEPT's press release said…":
 * the body speaks through it, so it is the doer a who question asks for. (Not what it owns
 * otherwise: "CDT's current website lists the paper…".)
 */
const OPENING_ACRONYM_WORK =
  /^[\s"“'‘(]*\p{Lu}{2,}\p{Ll}*['’]s\s+(?:[\p{Ll}-]+\s+)?(?:submissions?|statements?|letters?|comments?|contributions?|proposals?|analys[ie]s|reports?|replies|reply|responses?|press\s+releases?|papers?|filings?)\b/u;

function namesAgent(sentence: string): boolean {
  if (NAME_AFTER_START.test(sentence.replace(QUOTED, " "))) return true;
  if (OPENING_ACRONYM.test(sentence) || OPENING_ACRONYM_WORK.test(sentence)) return true;
  // "Russia proposed…": the first word is a name unless it is a common word ("One", "After").
  const first = FIRST_WORD.exec(sentence)?.[1];
  return first !== undefined && !SENTENCE_OPENERS.has(first) && !isCommonWord(first);
}

/** Does the sentence carry the kind of answer expected? Types without a specific cue accept any. */
/**
 * A moment named by its place in an event rather than by the calendar: "on the second day", "the
 * final day", "day two", "in the middle of the debate on…", "at the start of the conference",
 * "halfway through", "late in the talks". What answers "at what point in X…" (`MOMENT_ASKED`).
 */
const MOMENT_IN_EVENT =
  /\b(?:the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final|opening|closing) (?:day|night|week|session|evening|morning|afternoon)|day (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|in the (?:middle|midst|thick|course) of|(?:at|towards?|near) the (?:start|end|beginning|close|outset|opening) of|halfway through|(?:early|late) (?:on )?in the)\b/i;

/** Whether a sentence places its event by a moment within another (`MOMENT_IN_EVENT`). */
export function statesMomentInEvent(sentence: string): boolean {
  return MOMENT_IN_EVENT.test(sentence);
}

export function carriesAnswer(sentence: string, expected: ExpectedAnswer): boolean {
  switch (expected) {
    case "reason":
      return REASON.test(sentence);
    case "method":
      return METHOD.test(sentence);
    case "date":
      return new RegExp(DATE.source).test(sentence);
    case "number":
      return hasCount(sentence);
    case "duration":
      return PERIOD.test(sentence);
    case "agent":
      return namesAgent(sentence);
    default:
      return true;
  }
}

/** A point in time read from a date's wording; a missing part is `undefined`. */
export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
}

const MONTH_NUMBER = new Map(
  [...MONTHS.split("|"), ...MONTH_ABBREVIATIONS.split("|")].map((m) => [
    m.slice(0, 3).toLowerCase(),
    MONTHS.split("|").findIndex((full) => full.startsWith(m.slice(0, 3))) + 1,
  ]),
);

/** `DATE` without its global flag: `exec` then always starts at the beginning. */
const FIRST_DATE = new RegExp(DATE.source);

/**
 * The first date a sentence gives, as far as it says it: "On 20 June 2012…" is 2012-06-20, "by
 * 14 December" a day and month, "in 2006" a year. A range gives its first day. `undefined` when
 * the sentence gives no date.
 */
export function firstDateOf(sentence: string): DatePoint | undefined {
  const match = FIRST_DATE.exec(sentence.replace(CITATION_MARKER, " "));
  if (!match) return undefined;
  const text = match[0];
  const year = /\b(18[5-9]\d|19\d\d|20\d\d)\b/.exec(text)?.[1];
  const monthWord = /[A-Z][a-z]+/.exec(text)?.[0];
  const month = monthWord ? MONTH_NUMBER.get(monthWord.slice(0, 3).toLowerCase()) : undefined;
  const day = /\b(\d{1,2})\b/.exec(text.replace(/\b\d{4}\b/g, " "))?.[1];
  return {
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined && month !== undefined ? { day: Number(day) } : {}),
  };
}

/** Whether the expected answer has a cue of its own (a sentence without it does not answer). */
export function hasSpecificCue(expected: ExpectedAnswer): boolean {
  // "How did X campaign?" is answered by what X did, in any verbs: no cue tells a method apart.
  return (
    expected === "reason" ||
    expected === "date" ||
    expected === "number" ||
    expected === "duration" ||
    expected === "agent"
  );
}

/** A citation marker ("[2]"): a reference to a source, not a count. */
const CITATION_MARKER = /\[\d{1,3}\]/g;

/** The sentence with what only looks like a count blanked out: markers, dates, identifiers. */
function withoutNonCounts(sentence: string): string {
  return sentence
    .replace(CITATION_MARKER, " ")
    .replace(DAY_ALTERNATIVE, " ")
    .replace(DATE, " ")
    .replace(IDENTIFIER, " ");
}

/**
 * The first day of two a date offers ("6 or 7 September 2012", "9 and 10 December"): part of the
 * date, not a count. Read as one, "how many groups signed…?" was answered by "The release date is
 * therefore 6 or 7 September 2012".
 */
const DAY_ALTERNATIVE = new RegExp(
  `\\b\\d{1,2}\\s+(?:or|and)\\s+(?=\\d{1,2}\\s+(?:${MONTHS})\\b)`,
  "g",
);

function isCount(text: string): boolean {
  for (const m of text.matchAll(new RegExp(NUMBER.source, "gi"))) {
    if (!YEAR_ONLY.test(m[0])) return true;
  }
  return false;
}

/**
 * Whether a count stands right before a word naming the thing (`isThing`), at most
 * `NEAR_COUNT_WORDS` words between and no punctuation ("89 Member States", "its 48 members",
 * "144 eligible countries"): the thing itself counted, not a count of another noun beside it ("8
 * abstentions, and several Western delegations").
 */
export function countsRightBefore(sentence: string, isThing: (word: string) => boolean): boolean {
  const words = withoutNonCounts(sentence)
    .split(/\s+/)
    .filter((w) => w !== "");
  return words.some(
    (w, c) =>
      isCount(w) &&
      words
        .slice(c + 1, c + 2 + NEAR_COUNT_WORDS)
        .some(
          (next, n, after) =>
            isThing(next) && after.slice(0, n).every((between) => !/[,;:.)]$/.test(between)),
        ) &&
      !/[,;:.)]$/.test(w),
  );
}
const NEAR_COUNT_WORDS = 2;

function hasCount(sentence: string): boolean {
  return isCount(withoutNonCounts(sentence));
}

/**
 * A plural round quantity or a share that counts nothing exactly: "dozens of times", "hundreds of
 * comments", "a majority of members". It tells roughly how many, so it carries a number for the
 * coverage decision, but an answer giving only such a quantity has not stated the count asked.
 */
const ROUND_QUANTITY = /^(?:dozens|hundreds|thousands|millions|billions|majority|minority)$/i;

/**
 * Whether a sentence states a count exactly (a figure or a number word, not only "dozens of" or
 * "a majority"): what a `full` how-many answer needs. "The draft used the word dozens of times"
 * was labelled `full` for "how many times exactly…?", though it gives no count.
 */
export function statesExactCount(sentence: string): boolean {
  for (const m of withoutNonCounts(sentence).matchAll(new RegExp(NUMBER.source, "gi"))) {
    if (!YEAR_ONLY.test(m[0]) && !ROUND_QUANTITY.test(m[0])) return true;
  }
  return false;
}

/**
 * The counts a sentence writes in digits ("89", "35,000"), read as `hasCount` reads them (no
 * dates, years, identifiers or markers): what two sources may disagree on.
 */
export function countsIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of withoutNonCounts(sentence).matchAll(/(?<![\w.-])\d[\d,]*(?:\.\d+)?(?![\w-])/g)) {
    const n = m[0].replace(/,$/, "");
    if (!YEAR_ONLY.test(n)) out.push(n);
  }
  return out;
}

/**
 * Words apart a count and what it counts may stand: "89 of the 144 eligible countries", "more
 * than one million petition signatures", "the proposals published as Documents 1 to 32".
 */
const COUNT_REACH = 4;

/**
 * After "of", a determiner before the noun a count is of ("35,000 of its members", "89 of the 144
 * countries"): the count names its thing there, so it is no bare count, which may be of the thing
 * asked ("How many pages long was the draft?" is not answered by "35,000 of its members"). On the
 * tuning half (1,345 q): out-of-scope refused 284 → 285 of 346, no in-scope answer changed.
 */
const OF_DETERMINER = /^(?:the|its|their|his|her|our|these|those)$/i;

/**
 * Words that may follow a count that stands for its noun ("77 in favour, 33 against", "48 of
 * them"): the count is not of some other thing named right after it.
 */
const AFTER_BARE_COUNT = new Set([
  "in",
  "of",
  "to",
  "for",
  "against",
  "and",
  "or",
  "out",
  "per",
  "percent",
  "were",
  "was",
  "had",
  "have",
  "did",
]);

/**
 * Does the sentence count the thing asked about: a count within a few words of a word that names
 * it (`isThing`), or a count that names nothing else ("77 in favour, 33 against")? "It gives two
 * reasons" does not say how many pages a paper has, and a number right after the noun names one
 * of them ("page 12") rather than counting them. `reach`: how many words apart they may stand.
 */
export function countsThing(
  sentence: string,
  isThing: (word: string) => boolean,
  reach = COUNT_REACH,
): boolean {
  const words = withoutNonCounts(sentence)
    .split(/\s+/)
    .filter((w) => w !== "");
  const counts = words.flatMap((w, i) => (isCount(w) ? [i] : []));
  // A count that names nothing after it: at the end, before punctuation or a word that names no
  // counted thing ("77 in favour", "33 against").
  const endsBare = (c: number) => {
    const next = words[c + 1];
    return (
      next === undefined ||
      /^\W/.test(next) ||
      /[,;:.]$/.test(words[c] as string) ||
      AFTER_BARE_COUNT.has(next.toLowerCase().replace(/\W+$/, ""))
    );
  };
  // A count after the thing that goes on to name another ("ITU members usually coordinate
  // through six regional groupings") counts that other thing.
  const countsNoOther = (c: number) => endsBare(c) || isThing(words[c + 1] as string);
  // A number right after the noun names one of them ("Resolutions 101 and 102"), and so does
  // each number of the series it opens: none counts them.
  const labelAt = (c: number): boolean => {
    const before = words[c - 1] ?? "";
    if (c > 0 && isThing(before)) return true;
    if (/^(?:and|or|&)$/i.test(before)) return isCount(words[c - 2] ?? "") && labelAt(c - 2);
    return /,$/.test(before) && isCount(before) && labelAt(c - 1);
  };
  const bare = counts.some((c) => {
    const next = words[c + 1];
    if (labelAt(c)) return false;
    // "…signed by more than 35,000 of its members" counts the members: not a bare count.
    if (next?.toLowerCase() === "of" && OF_DETERMINER.test(words[c + 2] ?? "")) return false;
    return endsBare(c);
  });
  return (
    bare ||
    words.some(
      (w, i) =>
        isThing(w) &&
        counts.some((c) =>
          c < i ? i - c <= reach : c - i >= 2 && c - i <= reach && countsNoOther(c) && !labelAt(c),
        ),
    )
  );
}

/**
 * A sentence saying that something is NOT established ("The following could not be confirmed: the
 * page count…", "Treat any count as unverified"): it names what a source lacks, so the words it
 * shares with a question are no evidence that the question is answered.
 */
const NOT_ESTABLISHED =
  /\b(?:(?:could|can|has|have|was|were|is|are)\s?(?:not|n't)(?:\s+(?:yet|been|be))*\s+(?:confirmed|verified|established|substantiated|retrieved)|(?:did|could)\s?(?:not|n't)\s+(?:confirm|verify|establish|retrieve)|unverified|unconfirmed|unsubstantiated)\b/i;

/** Whether a sentence says that what it names is unconfirmed, rather than stating it. */
export function saysNotEstablished(sentence: string): boolean {
  return NOT_ESTABLISHED.test(sentence);
}

/** Wording saying a source leaves something out ("does not cover what…decided", "not documented"). */
const NOT_COVERED =
  /\b(?:does|do|did|has|have)\s?(?:not|n't)\s+(?:cover|document|record|include|say|report)\b|\bnot (?:covered|documented|recorded)\b/i;

/** Whether a sentence says that something is not covered ("This corpus does not cover what…"). */
export function saysNotCovered(sentence: string): boolean {
  return NOT_COVERED.test(sentence);
}

/**
 * Wording that reports what was said, not only that someone spoke: a "that" clause, a quotation,
 * a colon, a verb of saying with its content ("said…", "argued…", "called for…"), of judging or
 * reporting ("called it incoherent", "noted…", "counted four losses", "denied…"), one pointing
 * back at the argument the sentence before told ("CDT made this case in its comments"), or the
 * modal wording of a text's provisions ("shall", "should").
 */
const REPORTED_CONTENT =
  /\b(?:made (?:this|that|the same|its|their) (?:case|point|argument)|that|said|says|saying|told|tells|argu\w*|warn\w*|stat(?:es|ed)|call(?:s|ed)? (?:for|on)|urg\w*|insist\w*|claim\w*|propos\w*|ask(?:s|ed)? for|describ\w*|explain\w*|object\w*|oppos\w*|reject\w*|support\w*|criticis\w*|criticiz\w*|welcom\w*|recommend\w*|demand\w*|suggest\w*|according to|shall|should|must|called|calls|noted|notes that|wrote|writes|reported|reports that|announc\w*|den(?:y|ies|ied)|acknowledg\w*|pointed out|points out|stress\w*|emphasi[sz]\w*|conclud\w*|judg(?:e|es|ed)|counted|listed|quot(?:e|es|ed)|attribut\w*|characteri[sz]\w*|dismiss\w*|prais\w*|accus\w*|label+ed|deem\w*|predict\w*|question(?:s|ed)|doubt\w*|caution\w*|admit\w*|accept(?:s|ed)|condemn\w*|blam(?:e|es|ed)|hail(?:s|ed))\b|[:"“”]/i;

/** Whether a sentence reports the content of what was said ("He said that…", "It proposed…"). */
export function reportsContent(sentence: string): boolean {
  return REPORTED_CONTENT.test(sentence);
}

/** Wording that says someone spoke, whatever they said: "addressed delegates", "spoke by video". */
const SPOKE =
  /\b(?:address(?:ed|es)|spoke|speaks?|speaking|speech(?:es)?|remarks|took the floor|delivered)\b/i;

/**
 * Whether a sentence only says that someone spoke ("X and Y both addressed delegates"), without
 * what they said: no answer to "what did X say?".
 */
export function onlySaysSpoke(sentence: string): boolean {
  return SPOKE.test(sentence) && !reportsContent(sentence);
}

/**
 * Wording that reports an outcome: a verb of deciding in the past or passive ("agreed",
 * "was adopted", "decided to publish"), the noun of one ("the decision", "a resolution",
 * "by consensus", "the vote"), or a signature.
 */
const OUTCOME =
  /\b(?:agreed|adopted|decided|approved|concluded|resolved|endorsed|settled|accepted|rejected|voted|passed|signed|decisions?|resolutions?|agreements?|conclusions?|consensus|votes?|outcomes?)\b/i;

/**
 * Whether a sentence reports what was decided; "Observers turned to the forum in May" says only
 * that it was coming.
 */
export function reportsOutcome(sentence: string): boolean {
  return OUTCOME.test(sentence);
}

/**
 * A sentence putting a course of action to others: a verb of proposing or urging ("recommended",
 * "urged", "called for", "asked", "wanted", "pushed"), or what ought to be done ("should").
 */
const PROPOSAL =
  /\b(?:recommend\w*|urg(?:e|es|ed|ing)|propos\w*|suggest\w*|advis\w*|demand\w*|call(?:s|ed|ing)?\s+(?:for|on)|ask(?:s|ed|ing)?|want(?:s|ed|ing)?|sought|seek(?:s|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)|favou?r(?:s|ed|ing)?|should|must|ought)\b/i;

/** Whether a sentence puts a course of action to others; "X's summary lists it this way" does not. */
export function reportsProposal(sentence: string): boolean {
  return PROPOSAL.test(sentence);
}

/** One name in a list: "Canada", "the UK", "the Czech Republic", "Costa Rica". */
const LISTED_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*`;
/** Three or more names in a row: "the UK, Canada, Denmark … and Poland". */
const NAME_LIST = new RegExp(
  String.raw`${LISTED_NAME}(?:,\s+${LISTED_NAME})+,?\s+(?:and|or)\s+(?:${LISTED_NAME}|others\b)`,
  "gu",
);

/**
 * Whether a sentence names `name` only as one item of a list of three or more names ("Delegations
 * including the UK, Canada … and Poland then declared…"): what the list did together, not what
 * that one did or said on its own. False when the sentence does not name it at all.
 */
export function onlyListsName(sentence: string, name: string): boolean {
  const lists = [...sentence.matchAll(NAME_LIST)].map((m) => [m.index, m.index + m[0].length]);
  let named = false;
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    named = true;
    if (!lists.some(([start, end]) => at >= (start as number) && at < (end as number)))
      return false;
  }
  return named;
}

/** Whether an index term is a year ("2013", as in "in 2013", "the 2026 report"). */
export function isYearTerm(term: string): boolean {
  return YEAR_ONLY.test(term);
}

/**
 * Wording that puts an event ahead of the time written about: "a final report was due to Council
 * 2026", "the treaty was to apply from 2015", "the group will report". What was planned, not what
 * happened.
 */
const PROSPECTIVE =
  /\b(?:(?:was|were|is|are)\s+(?:due|expected|scheduled|set|planned|to)\b|will\b|would\s+(?:be\s+)?(?:held|report|meet|decide))/i;

/** Whether a sentence speaks of what was planned or expected rather than what took place. */
export function saysProspective(sentence: string): boolean {
  return PROSPECTIVE.test(sentence);
}

/** A question asking what was foreseen: "when was it due / expected / supposed to…". */
const FORESEEN_ASKED =
  /\b(?:would(?:n['’]?t)?|will|won['’]?t|could(?:n['’]?t)?|might|expected|expecting|due|supposed|scheduled|planned|meant|likely|going\s+to)\b/i;

/**
 * Whether a question asks what was planned, due or expected ("when was it due / supposed to…",
 * "signers were MEANT to run the 2012 text from jan 2015"), not only what took place.
 */
export function asksForeseen(question: string): boolean {
  return FORESEEN_ASKED.test(question);
}

/**
 * A sum of money: a currency sign or code beside a figure ("$1.2 million", "CHF 350,000", "US$
 * 40m"), or a figure followed by a currency's name ("12 million Swiss francs", "5,000 euros").
 */
const AMOUNT_OF_MONEY =
  /[$€£¥]\s?\d|\b(?:US\$|CHF|USD|EUR|GBP|AED)\s?\d|\b\d[\d,.]*\s*(?:(?:million|billion|thousand|m|bn|k)\s+)?(?:(?:US|Swiss)\s+)?(?:dollars?|euros?|francs?|pounds?(?:\s+sterling)?|dirhams?|CHF|USD|EUR)\b/iu;

/** Whether a sentence states a sum of money ("…a budget of CHF 2 million"). */
export function statesAmountOfMoney(sentence: string): boolean {
  return AMOUNT_OF_MONEY.test(sentence);
}

/** Where a sentence's first word of reason or position stands (`REASON`), or -1. */
export function reasonCueAt(sentence: string): number {
  return REASON.exec(sentence)?.index ?? -1;
}

/** Every word of reason or position a sentence holds (`REASON`), with where it stands. */
export function reasonCues(sentence: string): { index: number; word: string }[] {
  return [...sentence.matchAll(new RegExp(REASON.source, "gi"))].map((m) => ({
    index: m.index,
    word: m[0],
  }));
}
