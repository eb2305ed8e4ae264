// Whether a list's items are set out where the question asks for them (`listItemsSetOut`): as many
// as a count it gives, their numbers where asked, and not a subject named only as one item of a
// series of other things, nor a class named without its members (window-class-items.ts).

import type { QuestionDemands } from "./question-demands.ts";
import { seriesItems } from "./sentences.ts";
import { containsTerm } from "./terms.ts";
import { classNamedOnly } from "./window-class-items.ts";
import type { Window, WindowReader } from "./window-reading.ts";
import type { TermMeeting } from "./window-terms.ts";

/**
 * Whether a list's items are set out where the question asks for them in a way a passing mention
 * does not give: their numbers, where asked (`itemsNumbered`), and not a subject named only as one
 * item of a series of other things (`listSubjectInPassing`).
 */
export function listItemsSetOut(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  return (
    itemsNumbered(d, w, met) &&
    itemsCounted(d, w) &&
    !listSubjectInPassing(d, reader, w, met) &&
    !classNamedOnly(d, reader, w)
  );
}

/**
 * "List the 55 countries the unity statement's signers came from": a list that counts its items
 * (`listedCount`) is set out only where the window and the rest of its paragraph give at least half
 * that many, as one series or a sentence each. A place giving only the count ("more than 120
 * organisations from 55 countries had signed it", "89 Member States signed the Final Acts") states
 * how many there are, not which.
 */
function itemsCounted(d: QuestionDemands, w: Window): boolean {
  const { listedCount } = d;
  if (listedCount === undefined) return true;
  const rest = w.passage.spans.slice(w.at).map((s) => s.text);
  const series = Math.max(0, ...rest.map((text) => seriesItems(text).length));
  return Math.max(series, rest.length) * 2 >= listedCount;
}

/**
 * "Enumerate the ITU-T Recommendations …, with their numbers": a place naming the class in
 * passing ("keeping ITU-T Recommendations voluntary", one item of a series of other things) gives
 * none of them. The window must name the class, and it or the rest of its paragraph (an
 * enumeration runs on) hold at least `NUMBERED_ITEMS` item numbers ("5A", "TD-64", "Resolution
 * 52"; not a year or a date). On the tuning half (765 q, blind probes apart): out-of-scope refused
 * 140 → 142 of 166, answered "full" 2 → 0, no in-scope answer changed (the new articles "with
 * their numbers" still answered).
 */
function itemsNumbered(d: QuestionDemands, w: Window, met: TermMeeting): boolean {
  const { numberedClass } = d;
  if (numberedClass === undefined) return true;
  const rest = w.passage.spans
    .slice(w.at)
    .map((s) => s.text)
    .join(" ");
  return met.meetsTerm(numberedClass) && itemNumbersIn(rest) >= NUMBERED_ITEMS;
}
const NUMBERED_ITEMS = 2;
/** An item's number: a code with a letter and a digit ("5A", "TD-64"), or a number after a name. */
const ITEM_NUMBER =
  /(?<![\p{L}\p{N}])(?:(?=[\p{L}\p{N}./-]*\p{L})(?=[\p{L}\p{N}./-]*\p{N})[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*|(?<=\p{Lu}\p{Ll}+s?\s)\p{N}{1,3}(?!\p{N}))(?![\p{L}\p{N}])/gu;
/** Distinct item numbers a text gives. */
function itemNumbersIn(text: string): number {
  return new Set(text.match(ITEM_NUMBER) ?? []).size;
}

/**
 * "…, 8A (energy efficiency/e-waste) and 8B (accessibility)": a list's subject named only as one
 * item of a series of other things, where the class asked ("obligations") is missing, is named in
 * passing; the place does not set out its items. (Not in a series' first item, which carries the
 * sentence's own subject and verb: "Mueller warned that… would curb anonymity, free expression
 * and privacy".) On the tuning half (765 q): out-of-scope refused 142 → 143 of 166, no in-scope
 * answer changed (with the first item counted too, that Mueller question was refused).
 */
function listSubjectInPassing(
  d: QuestionDemands,
  reader: WindowReader,
  w: Window,
  met: TermMeeting,
): boolean {
  const { listedClass, listSubject } = d;
  if (listedClass === undefined || listSubject === undefined || met.meetsTerm(listedClass)) {
    return false;
  }
  const { sentences } = w.passage;
  const names = (j: number) => containsTerm(new Set(sentences[w.at + j]), listSubject);
  return (
    w.spans.some((_, j) => names(j)) &&
    w.spans.every((s, j) => {
      if (!names(j)) return true;
      const holding = seriesItems(s.text).flatMap((item, n) =>
        containsTerm(new Set(reader.analyzeText(item)), listSubject) ? [n] : [],
      );
      return holding.length === 1 && (holding[0] as number) > 0;
    })
  );
}
