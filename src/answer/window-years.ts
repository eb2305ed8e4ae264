// Whether a window tells each year the question names with its event (`yearsTold`, read in
// `answerTypeGiven`, window-answer-type.ts): the year in the passage's context, given as a figure,
// dated through the sentence a window sentence points back at, or standing in a window sentence
// beside what took place (`yearStandsWithEvent`).
import { asksForeseen, saysProspective } from "./evidence.ts";
import type { QuestionDemands } from "./question-demands.ts";
import { opensWithReferent } from "./sentences.ts";
import { containsTerm, type KeyTerm } from "./terms.ts";
import type { Window } from "./window-reading.ts";
import { namedEarlier } from "./window-referents.ts";
import type { TermMeeting } from "./window-terms.ts";
import { yearDatedThroughReferents } from "./year-names.ts";

/**
 * Whether every year the question names (`QuestionDemands.years`) is told in the window: excused
 * as the question's other words are, in the passage's context, given as a figure, dated through
 * the referents of a window that says every other required word, or standing with its event.
 */
export function yearsTold(
  d: QuestionDemands,
  w: Window,
  met: TermMeeting,
  excused: readonly KeyTerm[],
): boolean {
  // (A year of a span's other end is excused as its other words are: "from the 2016 group to
  // the 2026 deadline" is told in two places.)
  return d.years.every(
    (y) =>
      excused.includes(y) ||
      containsTerm(w.passage.contextTerms, y) ||
      met.figureGiven(y) ||
      // ("the 2016 expert group": "It was to report…" after "In 2016 … creating an Expert Group",
      // in a window saying every other word the question requires.)
      (d.required.every((k) => k === y || met.meetsTerm(k)) &&
        w.spans.some((_, j) =>
          yearDatedThroughReferents(w.passage, w.at + j, y, d.yearNouns.get(y) ?? []),
        )) ||
      w.spans.some((_, j) => yearWithEventIn(d, w, j, y)),
  );
}

/** Whether window sentence `j` tells the year `y` with its event (`yearStandsWithEvent`). */
function yearWithEventIn(d: QuestionDemands, w: Window, j: number, y: KeyTerm): boolean {
  const { spans, sentences } = w.passage;
  return yearStandsWithEvent(
    w.spans[j]?.text ?? "",
    sentences,
    w.at + j,
    spans,
    y,
    [...d.eventTerms, ...(d.yearNouns.get(y) ?? [])],
    asksWhatTookPlace(d),
  );
}

/**
 * Whether the question asks what took place, so that a year told only as foreseen ("the 2012
 * ITRs were to apply … from 1 January 2015") does not tell its event: not where the question
 * frames the event as foreseen itself ("signers were MEANT to run the 2012 text from jan 2015 -
 * why wasn't that the clean switchover…", "how was the 2016 group SUPPOSED to go about it"), as
 * `eventOnlyForeseen` reads it (window-answer-type.ts).
 */
function asksWhatTookPlace(d: QuestionDemands): boolean {
  return d.asksPast && !(d.question !== undefined && asksForeseen(d.question));
}

/**
 * Whether sentence `at` holds the year `year` beside another of the question's own content terms
 * (in the sentence, or in the one it points back at), as what took place when `asksPast`: "Which
 * countries signed in 2013?" is not answered by "…in a 2013 debriefing, listed the 2012 ITRs",
 * nor "What did the 2026 report recommend?" by "A final report was due to Council 2026".
 */
function yearStandsWithEvent(
  text: string,
  sentences: readonly string[][],
  at: number,
  spans: readonly { text: string }[],
  year: KeyTerm,
  eventTerms: readonly KeyTerm[],
  asksPast: boolean,
): boolean {
  const here = new Set(sentences[at]);
  // "…stayed outside the Convention." names, by its head, the Convention an earlier sentence of
  // the passage introduced and dated ("The only binding instrument in 2012 was the … Budapest
  // Convention"): the year stands there with what the sentence says of it.
  if (!containsTerm(here, year)) {
    const named = namedEarlier(spans, at);
    if (named === undefined || !containsTerm(new Set(sentences[named]), year)) return false;
    for (const t of sentences[named] ?? []) here.add(t);
  }
  if (asksPast && saysProspective(text)) return false;
  if (eventTerms.length === 0) return true;
  const around = new Set(here);
  if (at > 0 && opensWithReferent(spans[at]?.text ?? "")) {
    for (const t of sentences[at - 1] ?? []) around.add(t);
  }
  return eventTerms.some((k) => containsTerm(around, k));
}
