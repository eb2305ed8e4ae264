// A word no English word list and no source writes, typed in lower case where only a name can
// stand (nearmiss29): "what did etisalat make of the UAE's proposals", "what did mozilla say
// about…". Neither the tagger (`tagsAsBearer`) nor English's list of names (`englishLexicon`)
// knows such a body, so it was read as a plain word no passage holds, which weighs little, and
// the question was answered from what the notes say of the rest. Typed with its capital it is a
// name the corpus lacks, and the question is refused; it is now read so where it stands as the
// one who says, thinks or owns something (`agentNameAt`). A slip of a corpus word is corrected
// before this reading (`correctSpelling`), and chat shorthand ("govts", "thx") is no name.
import { isEnglishWord } from "./english-lexicon.ts";
import { withoutShorthand } from "./question-shorthand.ts";

/** Fewest letters of a word read as an unknown name: "gsma", "ripe"; not "pls", "thx". */
const UNKNOWN_NAME_LEAST = 4;

/**
 * The word with its capital, where it is no English word and no chat shorthand, only letters, of
 * four or more: a name nobody's word list knows. Undefined otherwise. The caller checks that the
 * corpus never writes it and that it stands where only a name can.
 */
export function unknownWordAsName(word: string): string | undefined {
  if (word.length < UNKNOWN_NAME_LEAST || !/^\p{Ll}+$/u.test(word)) return undefined;
  if (isEnglishWord(word) || withoutShorthand(word) !== word) return undefined;
  if (madeFromEnglish(word)) return undefined;
  return (word[0] as string).toUpperCase() + word.slice(1);
}

/**
 * Endings that make a word from an English one, each with what its root ends in: "drafters" and
 * "drafter" (draft), "writers" (write), "treaties" (treaty). "gsma" or "etisalat" has no such root.
 */
const MADE_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/ies$/, "y"],
  [/e?s$/, ""],
  [/ers?$/, ""],
  [/ers?$/, "e"],
  [/ors?$/, ""],
  [/ors?$/, "e"],
];

/**
 * Whether the word is an English word with a plural's or a doer's ending the word list lacks:
 * "what did the drafters make of…" asks about the notes' drafters, not a body called "Drafters".
 */
function madeFromEnglish(word: string): boolean {
  return MADE_ENDINGS.some(([ending, root]) => {
    if (!ending.test(word)) return false;
    const stem = word.replace(ending, root);
    return stem.length >= 3 && stem !== word && isEnglishWord(stem);
  });
}
