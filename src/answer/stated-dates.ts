// Whether the only dates a sentence gives for a when question are years the question states
// itself (`datesOnlyAsked`), as `countsOnlyAsked` (window-answer-type.ts) reads counts.

import { carriesAnswer } from "./evidence.ts";

/** A year as the question or a sentence writes it ("2016", not "'16"). */
const YEAR = /(?<![\w-])(?:18[5-9]\d|19\d\d|20\d\d)(?![\w-])/g;

/**
 * A year written as part of a thing's name, before a capitalised word: "the 2012 ITRs", "the 2018
 * Plenipotentiary". It names the thing; it dates no act the sentence tells.
 */
const NAMING_YEAR = /(?<![\w-])(?:18[5-9]\d|19\d\d|20\d\d)(?=\s+\p{Lu})/gu;

/**
 * Whether a sentence dates something only by a year the question already gives: "when'd the
 * EG-ITRs first sit down, roughly - the group Council set up in 2016" is not answered by "In 2016
 * the ITU Council adopted Resolution 1379, creating an Expert Group…", the year the asker names
 * the group by; the date of the act asked (its first meeting) is not there. A month or a day
 * with that year ("in September 2016") is a date of its own; a year naming a thing ("Its mandate
 * was to review the 2012 ITRs…") dates nothing. (Only for a question stating a year: the rule
 * reads the sentences a question about a dated thing meets.)
 */
export function datesOnlyAsked(question: string | undefined, text: string): boolean {
  const asked = new Set(question?.match(YEAR) ?? []);
  // (One year only: a question stating two ("from the 2016 group to the 2026 deadline") frames a
  // span whose ends are its own years, and a sentence giving an end's year answers it.)
  if (asked.size !== 1 || !carriesAnswer(text, "date")) return false;
  const rest = text.replace(YEAR, (y) => (asked.has(y) ? " " : y));
  return !carriesAnswer(rest.replace(NAMING_YEAR, " "), "date");
}
