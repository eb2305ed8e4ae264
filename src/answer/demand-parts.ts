// The parts of a question that sources tell apart (a span's two ends, the members of a series asked
// of each, two asks), and the key terms of a phrase the question captures ("about Y", "in Dubai").
// Read by `readQuestionDemands` (`coverage-demands.ts`).

import { asksOnItsOwn, firstAsk } from "../search/question-asks.ts";
import { MONTHS } from "./evidence.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * The required terms of what a "what did X say/decide about Y" question asks about (Y): a window
 * holding X but not Y does not say what X did about it, however many of X's words it holds.
 */
export const ABOUT = /^\s*(?:what|which)\b[^?]*?\b(?:about|regarding|concerning)\s+([^?]+)/i;

/**
 * "…from Antalya to Guadalajara", "…from the TD-64 leak through to the signing": the two ends of a
 * span the question asks across, each as the required terms of its words. A list of what happened
 * between them is drawn from several places, and each place tells of one end, seldom both. On the
 * tuning half (604 questions): nugget recall 0.834 → 0.836, wrong refusals 36 → 35 of 485,
 * out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
 */
const SPAN =
  /\bfrom\s+([^,;:?!]+?)\s+(?:(?:right\s+)?through(?:\s+to)?|to|until|till|up\s+to)\s+([^,;:?!]+)/i;

/**
 * "…change between the 2016 setup and the 2023 reboot?": two ends of a span of time, each dated
 * by a year or a month, told apart as a span's ends are. (Not any "between": "the split between
 * Europe and the Arab states" is one relation that a place must state whole.) On the tuning half
 * (724 questions): nugget recall 0.876 → 0.877, wrong refusals 18 → 17 of 577, out-of-scope
 * refused 128 of 147 and answered "full" 0 unchanged.
 */
const DATED = String.raw`[^,;:?!]*?\b(?:1[89]\d\d|20\d\d|${MONTHS})\b[^,;:?!]*?`;
const TIME_SPAN = new RegExp(
  String.raw`\bbetween\s+(${DATED})\s+and\s+(${DATED})(?=[,;:?!]|$)`,
  "i",
);

/**
 * "How long before the signing ceremony did the Americans say they were out?": the time between
 * two events, which sources date apart (the US refusal in its note, the signing in another).
 * Each event is one part: a place dating the one asked about need not name the other.
 */
const BETWEEN_EVENTS =
  /\bhow (?:long|soon|many (?:days|weeks|months|years)|much (?:earlier|later)) (?:before|after|ahead of|prior to|following)\s+([^,;:?!]+?)\s+(?:did|do|does|was|were|is|are|had|has|have|would|will)\s+([^,;:?!]+)/i;

/**
 * "What were Russia, China and the Arab states EACH pushing for?": a series asked of each member,
 * which sources tell member by member. On the tuning half (604 questions): nugget recall 0.841 →
 * 0.842, wrong refusals 31 → 30 of 485, out-of-scope refused 98 of 119 and answered "full" 0
 * unchanged.
 */
const SERIES_OF_EACH =
  /((?:[^,;:?!]+,\s+)*[^,;:?!]+?\s+(?:and|or)\s+[^,;:?!]+?)\s+each\b(?!\s+other)/i;

/**
 * The same asked of each member in other words: "what did Kramer and Hill RESPECTIVELY say",
 * "take C59 and Document 27 ONE BY ONE", "X and Y IN TURN", and a series led by "for each of" or
 * "for both" ("for both the UK and Iran: what did each push for?", "for each of the three blocs
 * (CITEL, CEPT, the Arab states)"). Each member is told in its own place.
 */
const SERIES_THEN_EACH =
  /((?:[^,;:?!()]+,\s+)*[^,;:?!()]+?\s+(?:and|or)\s+[^,;:?!()]+?),?\s+(?:respectively|in turn|one by one|apiece)\b/i;
const EACH_THEN_SERIES =
  /\bfor\s+(?:each\s+of|both(?:\s+of)?)\s+(?:[^,;:?!()]*?\(\s*)?((?:[^,;:?!()]+,\s+)*[^,;:?!()]+?\s+(?:and|or)\s+[^,;:?!()]+)/i;

/**
 * The parts of a question that sources tell apart (a span's two ends, the members of a series
 * asked of each), each part as the required terms of its words; each part must name something
 * of its own ("from start to finish" spans nothing named).
 */
export function partsToldApart(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): KeyTerm[][][] {
  const span = SPAN.exec(question) ?? TIME_SPAN.exec(question) ?? BETWEEN_EVENTS.exec(question);
  const series =
    SERIES_OF_EACH.exec(question) ??
    SERIES_THEN_EACH.exec(question) ??
    EACH_THEN_SERIES.exec(question);
  // "When were delegates briefed in Geneva, and what date is on the secretariat's compilation?":
  // two asks, each answered where its own terms meet, seldom in one place. (Each must ask on its
  // own: not "Main criticisms of X, and who made them?", nor a remark after the question mark.)
  const first = firstAsk(question);
  const rest = question.slice(first.length);
  const twoAsks = first !== question && asksOnItsOwn(first) && asksOnItsOwn(rest);
  const groups = [
    span ? [span[1] as string, span[2] as string] : [],
    series ? (series[1] as string).split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/) : [],
    twoAsks ? [first, rest] : [],
  ];
  return groups.flatMap((texts) => {
    const parts = texts.map((text) => {
      const terms = new Set(analyzeText(text));
      return required.filter((k) => containsTerm(terms, k));
    });
    return parts.length >= 2 && parts.every((part) => part.length > 0) ? [parts] : [];
  });
}

/** The key terms `keep` accepts among the words of the phrase `pattern` captures in the question. */
export function keyTermsOfPhrase(
  question: string,
  pattern: RegExp,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
  keep: (key: KeyTerm) => boolean,
): KeyTerm[] {
  const phrase = pattern.exec(question)?.[1];
  if (phrase === undefined) return [];
  const terms = new Set(analyzeText(phrase));
  return keyTerms.filter((k) => keep(k) && containsTerm(terms, k));
}
