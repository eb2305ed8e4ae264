// English as people write it (SUBTLEX-US, `english.ts`), read for telling a slip from a word meant
// as typed: the words, the common ones, and the ones English writes as names.
import { normalizeText } from "./analyze.ts";
import { englishWordFrequencies } from "./english.ts";

/**
 * Occurrences in SUBTLEX-US (about 51 million words) that make an English word common, about one
 * in a million words: common enough to be what a slip meant ("period" for "priod", "argue" for
 * "argee"), while rarer forms near a slip are mostly names and the subtitles' own slips ("Eth"
 * beside "teh", "dubba" beside "dubia").
 */
const COMMON_ENGLISH_COUNT = 50;

/** English as people write it, for telling a slip from a word meant as typed. */
interface EnglishLexicon {
  words: ReadonlySet<string>;
  /** The common words (`COMMON_ENGLISH_COUNT`), folded. */
  common: ReadonlySet<string>;
  /** The common words, by length. */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Words English writes mostly capitalised, as names ("Russia", "Congress", "United"), folded. */
  names: ReadonlySet<string>;
  /**
   * Of those, the ones written with one capital, as written ("vienna" → "Vienna"); not acronyms
   * ("OK", "TV").
   */
  titled: ReadonlyMap<string, string>;
}
let english: EnglishLexicon | undefined;
/** English word forms (`englishWordFrequencies`), names included ("Paris", "brawl", "football"). */
export function englishLexicon(): EnglishLexicon {
  if (!english) {
    const entries = englishWordFrequencies();
    const words = new Set<string>();
    const common = new Set<string>();
    const names = new Set<string>();
    const titled = new Map<string, string>();
    const byLength = new Map<number, string[]>();
    for (const e of entries) {
      const word = normalizeText(e.word);
      words.add(word);
      if (word.length > 1 && e.word !== e.word.toLowerCase()) names.add(word);
      if (/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(e.word)) titled.set(word, e.word);
      if (e.count < COMMON_ENGLISH_COUNT) continue;
      common.add(word);
      const list = byLength.get(word.length) ?? [];
      byLength.set(word.length, list);
      list.push(word);
    }
    english = { words, common, byLength, names, titled };
  }
  return english;
}

/**
 * Whether a word is English: such a word is never corrected, however close it is to a corpus
 * word: the asker may mean it, and reading it as the corpus word would answer another question.
 */
export function isEnglishWord(word: string): boolean {
  return englishLexicon().words.has(word);
}
