// A word the asker capitalises inside a question names something: "What did Access think of the
// final ITRs?" asks about the organisation Access, not about access. The index folds case, so
// "states may restrict access" meets that question as if it named the organisation. Where the
// corpus writes the word only in lower case inside its sentences (a common word, never a name),
// the corpus does not name what the question asks about.
import { opensSentence, writesOnlyCommon } from "../search/corpus-vocabulary.ts";
import type { WordCase } from "../types.ts";

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
/** A capital and then small letters: "Access", not "ITU" (acronyms are read as written already). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
/**
 * A question with more than this share of its inner words capitalised is written in title case
 * ("What Did Access Think Of The Final ITRs?"): its capitals mark no names.
 */
const TITLE_CASE_SHARE = 0.5;

/**
 * The question's names that the corpus has only as common words (folded): each a word capitalised
 * inside the question (not opening it or one of its sentences), standing alone (a capitalised
 * neighbour makes it part of a longer name, "Expert Group", which the corpus may write as "the
 * group"), in a question not written in title case, that the corpus writes only as a common word
 * (`writesOnlyCommon`: inside its sentences, never capitalised there). A word opening a corpus
 * sentence or a heading tells nothing.
 */
export function namesOnlyCommon(question: string, wordCase: (word: string) => WordCase): string[] {
  const words = [...question.matchAll(WORD)];
  const inner = words.filter((m) => !opensSentence(question, m.index));
  const innerCapitalised = inner.filter((m) => STARTS_CAPITALISED.test(m[0]));
  if (inner.length === 0 || innerCapitalised.length / inner.length > TITLE_CASE_SHARE) return [];
  const capitalisedAt = (i: number) => STARTS_CAPITALISED.test(words[i]?.[0] ?? "");
  return words.flatMap((m, i) => {
    if (!CAPITALISED.test(m[0]) || opensSentence(question, m.index)) return [];
    if (capitalisedAt(i - 1) || capitalisedAt(i + 1)) return [];
    return writesOnlyCommon(wordCase(m[0])) ? [m[0].toLowerCase()] : [];
  });
}
