// What a when question asks of its date: a date asked by its noun ("on which day"), a moment within
// an event, the unit of the calendar asked (day, month), an end asked, the doer named after "did",
// the clause that asks it, and the years that label a name rather than date an event. Read by
// `readQuestionDemands` (`coverage-demands.ts`).

import { splitAsks } from "../search/question-asks.ts";
import { NAME_OR_NUMBER } from "./demand-words.ts";
import { MONTH_ABBREVIATIONS, MONTHS } from "./evidence.ts";
import { isTopicTerm } from "./key-term-roles.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** A when question's opening up to a capitalised name after "did" or "had", then a lower-case verb. */
export const WHEN_DOER =
  /^\s*(?:[Ww]hen|[Oo]n what date|[Ww]hat date|[Ww]hich day|[Ww]hat day|[Ii]n what year|[Ww]hat year)\s+(?:did|had)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+\p{Ll}/u;

/** Units a duration is asked in ("how many DAYS did it last"): any period the text gives meets them. */
export const TIME_UNITS = ["hours", "days", "weeks", "months", "years", "duration"];

/**
 * A point in time asked for by its noun ("on which day", "what date", "what was the exact date"):
 * the answer is a date, though the question opens with "which". Read as a plain question, a place
 * on the event without any date answered it. On the tuning half (818 questions): out-of-scope refused 154 -> 155 of 185, wrong
 * refusals 36 of 633 and nugget recall 0.853 unchanged. (Any asked "day" read so refused an
 * in-scope question on CDT's "day-two post".)
 */
export const DATE_ASKED =
  /\b(?:which|what)(?:\s+(?:is|was|were)\s+the|['’]s\s+the)?\s+(?:exact\s+|precise\s+)?(?:day|date)\b/i;

/**
 * The clause of a two-part question that asks for the date or count ("how many regional blocs…"
 * of "how many regional blocs…, and which one is the Russia-centred one?"): the names of the
 * other part are not what the date or count is of. The whole question when it has one part.
 */
export function typedClause(question: string): string {
  const typed = splitAsks(question).find((ask) => TYPED_ASK.test(ask));
  // "Where did Kramer make his pitch, and when?", "…, and how many signed it?": an ask naming
  // nothing of its own (past its opening word, "When" or "and how") asks of what the question
  // names before it.
  const own = typed?.replace(/^[^\p{L}]*(?:(?:and|but|or|also)\s+)?\p{L}+/iu, "");
  return own?.match(NAME_OR_NUMBER) ? (typed as string) : question;
}
const TYPED_ASK =
  /\b(?:how\s+(?:many|much|long)|when|(?:which|what)\s+(?:exact\s+|precise\s+)?(?:day|date|year|month))\b/i;

/**
 * Units a date is asked in ("On which DAY…", "What MONTH…", "By what DATE…"): any date the text
 * gives meets them, as a source says "on 5 December", never "on the day".
 */
export const CALENDAR_UNITS = ["day", "date", "week", "month", "year", "point", "stage", "phase"];

/**
 * A when question asking for a moment within an event: "at what point (in the talks)…", "at what
 * stage…", "which day of the conference…", "what stage of the prep…", "how far into…". Analysts
 * ask so when they place one event inside another, and the sources answer as they report it: "the
 * Chair proposed it in the middle of the debate on the security article", "CDT's report on the
 * second day…". Read as a bare when, such a place was refused for giving no calendar date.
 */
const MOMENT_ASKED =
  /\b(?:(?:at|by|in) what (?:point|stage|phase|juncture)|(?:which|what) (?:day|days|stage|phase|point|session|week) (?:of|in|into)|how (?:far|late|early) (?:in|into))\b/i;

/**
 * Whether a when question asks for a moment within an event (`MOMENT_ASKED`). Not "which day in
 * July 2012…", "what day in sept '12…", "which day in dec…": a day within a month or a year the
 * asker already knows is a day of the calendar, which a source dating the act only to that month
 * ("In May 2012 EFF urged…") does not give; read as a moment, any date of the act answered it.
 */
export function asksMomentInEvent(question: string): boolean {
  return MOMENT_ASKED.test(question.replace(DAY_IN_CALENDAR, " "));
}
const DAY_IN_CALENDAR = new RegExp(
  `\\b(?:which|what)\\s+days?\\s+in\\s+(?=(?:${MONTHS}|${MONTH_ABBREVIATIONS})\\b|['’]?\\d{2}(?!\\d)|\\d{4}(?!\\d))`,
  "giu",
);

/**
 * The unit of the calendar a when question names for its date: "what's the exact date…", "which
 * day…", "on what date…", "need the final day", "the closing date" ask for a day; "what month…",
 * "in which month…" for a month. A source dating the event more coarsely ("in October–November
 * 2014", "In 2016", "in November 2012") does not give it: the asker knows that much and wants the
 * rest. (Not a moment within an event, "which day of the conference", which `MOMENT_ASKED` reads.)
 */
const DAY_ASKED =
  /\b(?:(?:which|what)\s+(?:exact\s+|precise\s+|specific\s+|actual\s+)?(?:day|date)|(?:exact|precise|specific|actual|final|last|closing|opening|end|start(?:ing)?)\s+(?:day|date))\b/i;
const MONTH_ASKED = /\b(?:which|what)\s+(?:exact\s+)?month\b/i;
export function dateUnitAsked(question: string): { dateUnit?: "day" | "month" } {
  if (DAY_ASKED.test(question)) return { dateUnit: "day" };
  if (MONTH_ASKED.test(question)) return { dateUnit: "month" };
  return {};
}

/**
 * A when question asking when something ended: its verb of ending ("did it close", "was it
 * wound up", "did they take the site down", "go offline"; not "end up", an idiom of outcome), or
 * an end asked by its noun ("the closing date", "start and end dates", "the final day").
 */
export const END_ASKED =
  /\b(?:(?:did|does|do|was|were|has|have|had|will)\b[^?]*?\b(?:end(?:ed)?(?!\s+up\b)|close|closed|finish|finished|wrap(?:ped)?\s+up|wind\s+up|wound\s+up|shut(?:\s+\S+)?\s+down|take(?:\s+\S+){0,2}\s+down|taken(?:\s+\S+){0,2}\s+down|go\s+(?:offline|dark)|dissolve|dissolved|disband|disbanded|expire|expired|stop|stopped|cease|ceased)|(?:closing|end)\s+dates?|(?:final|last|closing)\s+day)\b/i;

/**
 * A when question asking when something began: its verb of starting ("did they start drafting",
 * "did it begin", "did X launch its campaign", "kick off", "get under way", "did the EP open its
 * inquiry", "was it set to open"), or a start asked by its noun ("the start date"). Not a start
 * of a state ("when did it start looking dead"), which any dated turn of events tells; not "open"
 * as an adjective ("the open letter") or "open up" (to publish).
 */
export const START_ASKED =
  /\b(?:(?:did|does|do|was|were|has|have|had|will)\b[^?]*?\b(?:start(?:ed)?|begin|began|begun|launch(?:ed)?|kick(?:ed)?\s+off|commence(?:d)?|get\s+going|under\s*way|open(?:ed)?(?=\s+(?:its|their|his|her|a|an|for)\b|\s*(?:[,;?]|$)))(?!\s+(?:to\s+)?(?:look|seem|becom|appear|sound|feel|turn)\w*)|(?:start|starting|launch|kick-?off)\s+dates?)\b/i;

/** A date asked: "when", "what date", "which year", "as of what date", "from when". */
const DATE_ASK = /\b(?:when|(?:what|which)\s+(?:date|day|month|year)s?)\b/gi;

/**
 * Whether a when question asks only when something began (`START_ASKED`), with no other date
 * asked beside it: in "when was PP-14 in Busan and when did it launch a treaty process" or "as
 * of what date, and from when were the signers meant to start…" each date is asked of its own
 * part, and a start is not asked of the other's.
 */
export function asksStartOnly(dated: string): boolean {
  return START_ASKED.test(dated) && (dated.match(DATE_ASK)?.length ?? 0) === 1;
}

/**
 * A when question asking a deadline: the date by which something had to be done, not the date it
 * was done. "by what date did comments have to be in", "by when must states sign", "until when
 * could delegations file", "what was the deadline for proposals", "when's the cutoff". (Only where
 * an obligation or a deadline's noun is what is asked: "was it in past the cutoff", "how late was
 * it vs the deadline" name the deadline as a reference point; "by what date had the secretariat
 * pulled them together" asks when a thing was done by; and "when was the report due", "when were
 * the ITRs due to kick in" use "due" as "expected", which a source may state as a plan, a schedule
 * or a meeting the report goes to, so they are read as plain when questions.)
 * A source dating the act itself ("comments were filed in November 2012") does not answer it.
 */
export const DEADLINE_ASKED =
  /\b(?:(?:by\s+(?:what|which)\s+(?:date|day|month|time|point)|by\s+when|when)\b[^?,;]{0,80}?\b(?:(?:have|has|had|needed?|ought)\s+to|must|required\s+to)\b|until\s+when\b|(?:what|when)(?:\s+(?:was|is|were)|['’]s)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:deadline|cut-?off|due\s+date|closing\s+date)\b)/iu;

/**
 * Whether the question writes `year` only as the first word of a name: before a capitalised word
 * or the corpus's topic ("the 2012 ITRs", "the 2022 Bucharest Plenipotentiary").
 */
export function labelsName(
  question: string,
  year: string,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
): boolean {
  const topic = keyTerms.filter(isTopicTerm);
  const after = [...question.matchAll(new RegExp(`\\b${year}\\s+([\\p{L}\\p{N}-]+)`, "gu"))];
  return (
    after.length > 0 &&
    after.every((m) => {
      const next = m[1] as string;
      const terms = new Set(analyzeText(next));
      return /^\p{Lu}/u.test(next) || topic.some((k) => containsTerm(terms, k));
    })
  );
}

/** The words a year qualifies, after a determiner or possessive: "the 2016 review group". */
export function yearQualifies(year: string): RegExp {
  return new RegExp(
    `(?:\\b(?:the|its|their|a|an|this|that)|['’]s?)\\s+${year}\\s+((?:\\p{L}[\\p{L}-]*\\s*){1,2})`,
    "iu",
  );
}
