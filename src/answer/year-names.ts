// A year in a question that names the thing asked about rather than dating what is asked:
// - "WTSA-12, the ITU's 2012 standardization assembly": the year restates, beside it, a name the
//   question writes with that year clipped (`restatesClippedName`). It is that name's label, as
//   "the 2012 ITRs" is one (`labelsName`, demand-dates.ts), not a year a window must date.
// - "did the 2016 expert group on the ITRs get as far as a second meeting?": the year picks out the
//   group, and the paragraph dates the group once, where it first tells of it ("In 2016 the ITU
//   Council adopted Resolution 1379, creating an Expert Group…"). Its later sentences tell of the
//   group by "It", "Its mandate", "That included…" and never write the year again
//   (`yearDatedThroughReferents`). Both were refused although the window holding the answer met
//   every word the question asked.
//
// Read by `readQuestionDemands` (coverage-demands.ts) and `answerTypeGiven`
// (window-answer-type.ts).

import { yearQualifies } from "./demand-dates.ts";
import { opensWithReferent } from "./sentences.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";

/**
 * Whether the question writes `year` (four digits) as a noun phrase's qualifier ("the ITU's 2012
 * standardization assembly", "the 1988 conference") beside a name ending in the same year clipped
 * to two digits ("WTSA-12", "WATTC-88"): the year says again what the name says. Not a year
 * after "in" ("WCIT-12 … in November 2012"), which dates an event the question asks about.
 */
export function restatesClippedName(question: string, year: string): boolean {
  if (!/^\d{4}$/.test(year) || !yearQualifies(year).test(question)) return false;
  const clipped = year.slice(2);
  return new RegExp(`\\b\\p{L}[\\p{L}&]*-${clipped}(?![\\p{L}\\p{N}-])`, "u").test(question);
}

/** What `yearDatedThroughReferents` reads of a window's passage. */
interface ReferentReading {
  spans: readonly { text: string }[];
  sentences: readonly (readonly string[])[];
}

/**
 * Whether window sentence `at` tells of the thing the year qualifies through sentences opening
 * with a referent ("It was to report to Council 2018…", after "That included…", after "Its
 * mandate was…") back to an earlier sentence of its passage that holds the year beside one of
 * the qualified words (`nouns`: "expert", "group"). Only a chain unbroken from the window back to
 * that sentence: a sentence naming a new subject ("A second meeting was held…" on its own) is no
 * longer told of the dated thing.
 */
export function yearDatedThroughReferents(
  passage: ReferentReading,
  at: number,
  year: KeyTerm,
  nouns: readonly KeyTerm[],
): boolean {
  if (nouns.length === 0) return false;
  const { spans, sentences } = passage;
  for (let k = at; k > 0; k--) {
    if (!opensWithReferent(spans[k]?.text ?? "")) return false;
    const before = new Set(sentences[k - 1]);
    if (containsTerm(before, year)) return nouns.some((n) => containsTerm(before, n));
  }
  return false;
}
