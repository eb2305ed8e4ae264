// A word typed in lower case that neither the corpus nor the glossary writes, read as a name
// (lowercase25, corpus-capitals.ts): a word English writes only with a capital and that names a
// place or a bearer, a body or person English's tagger knows, or the initials of one name of the
// corpus.
import nlp from "compromise/two";
import { normalizeText, STOP_WORDS } from "./analyze.ts";
import { type CorpusVocabulary, NAME_CONNECTORS, WORD } from "./corpus-vocabulary.ts";
import { englishLexicon } from "./english-lexicon.ts";
import { BEFORE_VERB, tagsAsBearer } from "./tagged-bearers.ts";
import { between, type TypedWords } from "./typed-words.ts";

/**
 * A name the corpus never writes, nor the glossary (lowercase25): a word English writes only
 * with a capital ("vienna", "vietnam", "bangkok"), or, where English lacks the word, the
 * initials of one name of the corpus ("ituc" of "International Trade Union Confederation").
 * Typed with its capital, such a name is read as a name the corpus lacks (a place the question
 * guesses, an absent name); typed in lower case it was a word missing from every passage.
 * `word` is word `i` of `typed`, folded.
 */
export function unseenName(
  typed: TypedWords,
  vocabularyOf: () => CorpusVocabulary,
  word: string,
  i: number,
): string | undefined {
  if ((vocabularyOf().count.get(word) ?? 0) > 0 || STOP_WORDS.has(word)) return undefined;
  const { titled, words: english } = englishLexicon();
  const name = titled.get(word);
  if (name !== undefined) {
    return word.length >= UNSEEN_NAME_LEAST && (namesPlace(word) || bearerAt(typed, word, i))
      ? name
      : undefined;
  }
  if (!/^\p{Ll}+$/u.test(word)) return undefined;
  // (A body or a person English's tagger knows, though the subtitles write it in lower case:
  // "microsoft", "vodafone"; nearmiss28.)
  if (word.length >= UNSEEN_NAME_LEAST && bearerAt(typed, word, i)) {
    return (word[0] as string).toUpperCase() + word.slice(1);
  }
  if (english.has(word)) return undefined;
  return namesByInitials(vocabularyOf()).has(word) ? word.toUpperCase() : undefined;
}

/** Whether word `i` names a body, a person or a people, and stands as no verb ("can you google"). */
function bearerAt(typed: TypedWords, word: string, i: number): boolean {
  const previous = typed.words[i - 1];
  return (
    tagsAsBearer(word) &&
    (previous === undefined ||
      !BEFORE_VERB.test(normalizeText(previous[0])) ||
      !/^\s+$/.test(between(typed, i - 1)))
  );
}

const placeWords = new Map<string, boolean>();
/**
 * Whether English's tagger knows a word as a place, a country or a city ("vienna", "vietnam";
 * not "tally", "okay", "shut" or "plus", which the subtitles behind `titled` mostly write with
 * a capital, opening a line).
 */
function namesPlace(word: string): boolean {
  let known = placeWords.get(word);
  if (known === undefined) {
    known = nlp(word).has("#Place");
    placeWords.set(word, known);
  }
  return known;
}

/** The shortest word read as a name the corpus lacks ("Vienna"; not "Dec", "Jan", "Ok"). */
const UNSEEN_NAME_LEAST = 4;
/** The fewest and most letters of initials read as a corpus name's acronym ("ITUC"). */
const INITIALS_LEAST = 3;
const INITIALS_MOST = 6;
/**
 * The one name of the corpus a typed acronym spells, as the corpus writes it ("GMU" → "George
 * Mason University"), where the corpus never writes the acronym itself and English has no such
 * word ("him" is no acronym of "Hey ITU Member"); undefined otherwise. `acronym` is in capitals
 * or lower case.
 */
export function corpusNameSpelledBy(
  vocabulary: CorpusVocabulary,
  acronym: string,
): string | undefined {
  const word = normalizeText(acronym);
  if (englishLexicon().words.has(word) || englishLexicon().titled.has(word)) return undefined;
  return namesByInitials(vocabulary).get(word);
}

const namesByVocabulary = new WeakMap<CorpusVocabulary, ReadonlyMap<string, string>>();
/**
 * The corpus's names of three words or more, as it writes them, by their initials with
 * connectors left out ("ituc" → "International Trade Union Confederation"), where only one name
 * has them and the corpus never writes them as a word.
 */
function namesByInitials(vocabulary: CorpusVocabulary): ReadonlyMap<string, string> {
  const known = namesByVocabulary.get(vocabulary);
  if (known) return known;
  const found = new Map<string, string | null>();
  for (const [key, written] of vocabulary.names) {
    if (key.includes(".")) continue;
    const parts = (written.match(WORD) ?? []).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
    if (parts.length < INITIALS_LEAST || parts.length > INITIALS_MOST) continue;
    const initials = normalizeText(parts.map((w) => w[0] as string).join(""));
    if ((vocabulary.count.get(initials) ?? 0) > 0) continue;
    const before = found.get(initials);
    found.set(initials, before === undefined || before === key ? key : null);
  }
  const built = new Map<string, string>();
  for (const [initials, key] of found) {
    const written = key === null ? undefined : vocabulary.names.get(key);
    if (written !== undefined) built.set(initials, written);
  }
  namesByVocabulary.set(vocabulary, built);
  return built;
}
