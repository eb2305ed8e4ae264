// A count written the other way: "6" for "six" and "six" for "6", as index terms, so a question's
// figure meets a source writing it in words (`keyTermsOf`, terms.ts).

import type { Analyze } from "./terms.ts";

/**
 * The number words sources write for small counts, by value: "through six regional groupings",
 * "met four times". ("one" is left out: it is far more often a pronoun or "one of".)
 */
const NUMBER_NAMES: readonly (readonly [number, string])[] = [
  [2, "two"],
  [3, "three"],
  [4, "four"],
  [5, "five"],
  [6, "six"],
  [7, "seven"],
  [8, "eight"],
  [9, "nine"],
  [10, "ten"],
  [11, "eleven"],
  [12, "twelve"],
  [20, "twenty"],
  [30, "thirty"],
  [40, "forty"],
  [50, "fifty"],
  [100, "hundred"],
];

const numberNameTerms = new WeakMap<Analyze, ReadonlyMap<string, string>>();

/**
 * A count written the other way: "6" is "six" and "six" is "6" ("Do ITU members coordinate
 * through 6 regional groupings?", where the source says "six regional groupings"). Read as
 * different words, the question's figure was a number the place never states.
 */
export function numeralForms(term: string, analyzeText: Analyze): string[][] {
  let byTerm = numberNameTerms.get(analyzeText);
  if (!byTerm) {
    const pairs = NUMBER_NAMES.flatMap(([value, word]) => {
      const named = analyzeText(word)[0];
      return named === undefined
        ? []
        : [
            [String(value), named],
            [named, String(value)],
          ];
    });
    byTerm = new Map(pairs as [string, string][]);
    numberNameTerms.set(analyzeText, byTerm);
  }
  const other = byTerm.get(term);
  return other === undefined ? [] : [[other]];
}
