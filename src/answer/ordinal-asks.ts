// A later ask that is only an ordinal, asked of a series the first ask picks another member of:
// "where did they meet the second time, and the first?", "who chaired the third session, or the
// fourth one?". The ask leaves out its noun and verb, which the first ask gives; `splitAsks`
// cuts no ask there (no question word follows "and") and `gappedAsks` reads only a later ask
// naming a capital or a number, so the question was judged as one ask, and a place telling only
// the first ask's member ("A second meeting was held in Geneva…") covered it. Ordinals are no
// key terms (they are stop words), so nothing else asked the place to name the other member.
// The question's other words cannot stand in: blindwr34 found it once the year of "the EG-ITRs
// from '16" was read as 2016, and the place met every key term of the question (out-1174).

import type { Window } from "./window-reading.ts";

/** Ordinals as words, each with its figure ("first" and "1st"). */
const ORDINAL_FIGURES: Readonly<Record<string, string>> = {
  first: "1st",
  second: "2nd",
  third: "3rd",
  fourth: "4th",
  fifth: "5th",
  sixth: "6th",
  seventh: "7th",
  eighth: "8th",
  ninth: "9th",
  tenth: "10th",
};
const ORDINAL = `(?:${Object.entries(ORDINAL_FIGURES).flat().join("|")})`;

/**
 * The later ask: ", and" (", or", ", plus") then a determiner, the ordinal and at most "one" or
 * "time" after it, ending the question. (Not "…, and the first one to sign?": more words are an
 * ask of their own, read elsewhere.)
 */
const ELIDED_ORDINAL_ASK = new RegExp(
  String.raw`,\s*(?:and|or|plus)\s+(?:the|its|their)\s+(${ORDINAL})(?:\s+(?:one|time))?\s*[?!.]*\s*$`,
  "i",
);
const ANY_ORDINAL = new RegExp(String.raw`\b${ORDINAL}\b`, "gi");

/** An ordinal's word and figure ("1st" → ["first", "1st"]). */
function formsOf(ordinal: string): string[] {
  const lower = ordinal.toLowerCase();
  const word = Object.keys(ORDINAL_FIGURES).find(
    (w) => w === lower || ORDINAL_FIGURES[w] === lower,
  );
  return word ? [word, ORDINAL_FIGURES[word] as string] : [lower];
}

/**
 * The forms of the ordinal a question's last ask is made of, where its first ask names another
 * ordinal of the series ("the second time, and the first?" → ["first", "1st"]); undefined
 * otherwise.
 */
export function elidedOrdinalAsked(question: string): string[] | undefined {
  const m = ELIDED_ORDINAL_ASK.exec(question);
  if (!m?.[1]) return undefined;
  const forms = formsOf(m[1]);
  const before = question.slice(0, m.index).match(ANY_ORDINAL) ?? [];
  const other = before.some((o) => !forms.includes(o.toLowerCase()));
  return other ? forms : undefined;
}

/**
 * Whether a window names the ordinal a later ask is made of (`elidedOrdinalAsked`), in its
 * sentences or the headings over them: a place telling only another member of the series does
 * not answer that ask. A question with no such ask passes.
 */
export function elidedOrdinalNamed(ordinal: readonly string[] | undefined, w: Window): boolean {
  if (!ordinal) return true;
  const text = [w.passage.title, ...w.passage.sectionPath, ...w.spans.map((s) => s.text)].join(" ");
  return ordinal.some((o) => new RegExp(String.raw`\b${o}\b`, "i").test(text));
}
