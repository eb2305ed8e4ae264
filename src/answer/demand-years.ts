// What a question asks of its years: the years that must stand with their event (not a year
// labelling a name, "the 2012 ITRs"), every year it asks about, the words each year qualifies
// ("the 2016 review GROUP") and the words a year must stand beside. Read by `readQuestionDemands`
// (coverage-demands.ts); the window checks read the fields of the same names.
import { labelsName, yearQualifies } from "./demand-dates.ts";
import { keyTermsOfPhrase } from "./demand-parts.ts";
import { isYearTerm } from "./evidence.ts";
import { isTopicTerm } from "./key-term-roles.ts";
import type { Analyze, KeyTerm } from "./terms.ts";
import { restatesClippedName } from "./year-names.ts";

/** The year demands of a question (the `QuestionDemands` fields of the same names). */
export function yearDemands(
  question: string | undefined,
  keyTerms: readonly KeyTerm[],
  analyzeText: Analyze,
) {
  // "Which countries signed… in 2013?": the year must stand with what happened in it.
  // (A year that opens a name, "the 2012 ITRs", "the 2022 Bucharest conference", is a label; so
  // is one restating a clipped-year name beside it, "WTSA-12, the ITU's 2012 … assembly".)
  const years = keyTerms.filter(
    (k) =>
      isYearTerm(k.term) &&
      !k.fromContext &&
      question !== undefined &&
      !labelsName(question, k.term, keyTerms, analyzeText) &&
      !restatesClippedName(question, k.term),
  );
  const askedYears = keyTerms.filter((k) => isYearTerm(k.term) && !k.fromContext);
  // "the ITU's 2016 review GROUP": the thing a year qualifies stands with it where the year dates
  // that thing ("In 2016 the Council… creating an Expert Group…"), whatever its other words. On
  // the tuning half (542 questions): wrong refusals 28 → 27 of 433, nugget recall 0.8085 → 0.8108,
  // out-of-scope refused 90 of 109 unchanged.
  const yearNouns = new Map(
    question === undefined
      ? []
      : years.map(
          (y) =>
            [
              y,
              keyTermsOfPhrase(
                question,
                yearQualifies(y.term),
                keyTerms,
                analyzeText,
                (k) => k !== y && !k.fromContext,
              ),
            ] as const,
        ),
  );
  // (Its own content words; its common ones, "signed later", when it has no other.)
  const ownWords = keyTerms.filter(
    (k) => !isYearTerm(k.term) && !k.fromContext && !k.kind && !isTopicTerm(k),
  );
  const uncommon = ownWords.filter((k) => !k.generic);
  const eventTerms = uncommon.length > 0 ? uncommon : ownWords;
  return { years, askedYears, yearNouns, eventTerms };
}
