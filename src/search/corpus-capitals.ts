// A question's names typed in lower case, written as the corpus (or the glossary) writes them:
// "what did kramer say about the itrs" reads as "what did Kramer say about the ITRs".
import { normalizeText, STOP_WORDS } from "./analyze.ts";
import {
  type CorpusVocabulary,
  isAllCapitals,
  isCapitalised,
  MAX_NAME_WORDS,
  NAME_CONNECTORS,
  NAME_SHARE,
  phraseKey,
  WORD,
  wordCaseIn,
  writesAsName,
} from "./corpus-vocabulary.ts";
import { englishLexicon } from "./english-lexicon.ts";
import { agentNameAt } from "./name-positions.ts";
import { between, linkLike, type TypedWords, typedLower, wordsSpan } from "./typed-words.ts";
import { unknownWordAsName } from "./unknown-names.ts";
import { unseenName } from "./unseen-names.ts";
import { usNamedAt } from "./us-named.ts";

/**
 * The names a question may mean besides the corpus's own words: the glossary's, as written
 * (`glossaryNames`), with whether each names a place with people of its own (a country, a region,
 * a union).
 */
export interface KnownName {
  written: string;
  place: boolean;
}

/** Known names prepared for reading a question: by folded form (`phraseKey`). */
interface PreparedNames {
  /** Names of two words or more whose every word but "of", "the"… is capitalised. */
  phrases: ReadonlyMap<string, string>;
  /** Names of one word written capitalised ("Riyadh", "Brits"). */
  words: ReadonlyMap<string, string>;
  /** Every name of a place, one word or more ("uk", "new zealand", "russian"). */
  places: ReadonlySet<string>;
}
const preparedNames = new WeakMap<readonly KnownName[], PreparedNames>();

function prepareNames(known: readonly KnownName[]): PreparedNames {
  let p = preparedNames.get(known);
  if (p) return p;
  const phrases = new Map<string, string>();
  const words = new Map<string, string>();
  const places = new Set<string>();
  for (const { written, place } of known) {
    const parts = written.match(WORD) ?? [];
    // (Letters only: "WCIT-12", "PP-14" and "U.S.A." are read word by word.)
    if (parts.join("").length !== written.replace(/[\s-]/g, "").length) continue;
    const key = phraseKey(written);
    if (place) places.add(key);
    const content = parts.filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
    if (!content.every(isCapitalised)) continue;
    if (parts.length > 1) phrases.set(key, written);
    else words.set(key, written);
  }
  p = { phrases, words, places };
  preparedNames.set(known, p);
  return p;
}

/** What joins two words of a name typed in a question: a space, a hyphen, a dot and a space. */
const NAME_JOINER = /^(?: |-|\.[ \t]+)$/;

/**
 * The question with the names it types in lower case written as the corpus writes them: "what did
 * kramer say about the itrs" reads as "what did Kramer say about the ITRs". Analysts type fast in
 * Slack, and much of the reading of a question goes by its capitals (a name is required, an
 * acronym meets only itself, a lead-in naming someone is kept). A word is read as a name only
 * where both sources agree: the corpus writes it as a name (`writesAsName`), and English does not
 * write it in lower case as a common word ("best" of "Best Bits", "watch", "house" stay as typed;
 * "russia", "dubai", "cept" do not). Words in links, addresses and mentions are left alone.
 *
 * Names of several words are read whole first (lowercase24): a run of lower-case words that is a
 * name of the glossary ("saudi arabia", "new zealand", "the arab states", "the united states",
 * "reporters without borders"), an abbreviation the corpus writes with dots ("h. con. res. 127",
 * which the sentence splitter otherwise cut at each dot), or a name of the corpus (`names`) that
 * the corpus writes capitalised nearly always and of which one word reads as a name on its own
 * ("costa rica"; not "best bits", "free press", "member states", every word of which English
 * writes plain). A one-word name of the glossary is read as the corpus's are, where the corpus
 * does not write it plain ("riyadh", "tehran"). "us" is the pronoun unless "the" comes before it
 * ("the us delegation") or it is an item of a list of places ("us, uk", "russia vs us", "sweden
 * and us").
 */
export function withCorpusCapitals(
  question: string,
  vocabularyOf: () => CorpusVocabulary,
  known: readonly KnownName[] = [],
): string {
  const typed: TypedQuestion = {
    question,
    words: [...question.matchAll(WORD)],
    names: prepareNames(known),
    vocabularyOf,
  };
  const { words } = typed;
  let text = "";
  let last = 0;
  const write = (i: number, j: number, written: string) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    text += question.slice(last, a.index) + written;
    last = (b.index as number) + b[0].length;
  };
  for (let i = 0; i < words.length; i++) {
    if (!typedLower(typed, i) || linkLike(typed, i)) continue;
    const phrase = phraseAt(typed, i);
    if (phrase) {
      if (phrase.written !== wordsSpan(typed, i, phrase.end)) write(i, phrase.end, phrase.written);
      i = phrase.end;
      continue;
    }
    const written =
      wordAt(typed, i) ??
      agentNameAt(
        question,
        words,
        i,
        vocabularyOf(),
        (w) => englishLexicon().titled.get(w) ?? unknownWordAsName(w),
      );
    if (written !== undefined) write(i, i, written);
  }
  return last === 0 ? question : text + question.slice(last);
}

/** A question's words as typed, with the known names and the corpus's words to read them by. */
interface TypedQuestion extends TypedWords {
  names: PreparedNames;
  vocabularyOf: () => CorpusVocabulary;
}

/** The longest name of several words starting at word `i`, all typed in lower case. */
function phraseAt(typed: TypedQuestion, i: number): { end: number; written: string } | undefined {
  const { words, names } = typed;
  let end = i;
  while (
    end + 1 < words.length &&
    end + 1 - i < MAX_NAME_WORDS &&
    typedLower(typed, end + 1) &&
    NAME_JOINER.test(between(typed, end))
  ) {
    end++;
  }
  for (let j = end; j > i; j--) {
    const key = phraseKey(wordsSpan(typed, i, j));
    const written = names.phrases.get(key) ?? corpusName(typed, key, i, j);
    if (written !== undefined) return { end: j, written };
  }
  return undefined;
}

/** A name of the corpus, words `i` to `j`, where its case and English both say that it is one. */
function corpusName(typed: TypedQuestion, key: string, i: number, j: number): string | undefined {
  const vocabulary = typed.vocabularyOf();
  const written = vocabulary.names.get(key);
  if (written === undefined) return undefined;
  if (key.includes(". ")) return written;
  const folded = typed.words.slice(i, j + 1).map((m) => normalizeText(m[0]));
  if (!capitalisedTogether(typed, vocabulary, folded, i, j)) return undefined;
  const { common, names: englishNames } = englishLexicon();
  // (And one that would be read as a name alone: "saudi", "rica", "czech"; not "new zealand",
  // "best bits", whose words English also writes as common words.)
  const readsAsName = (w: string) =>
    !NAME_CONNECTORS.has(w) &&
    !STOP_WORDS.has(w) &&
    (!common.has(w) || (englishNames.has(w) && (vocabulary.alone.get(w) ?? 0) > 0));
  // (Every word one the corpus writes as a name and English capitalises or does not know: not
  // "EU Member State", "ITU Council", whose "member state" and "council" English writes plain,
  // nor "ITU Cybersecurity" of a title, whose "cybersecurity" the corpus writes plain.)
  const writtenPlain = (w: string) =>
    !NAME_CONNECTORS.has(w) &&
    ((common.has(w) && !englishNames.has(w)) || !writesAsName(wordCaseIn(vocabulary, w)));
  if (folded.some(writtenPlain)) return undefined;
  return folded.some(readsAsName) ? written : undefined;
}

/**
 * Whether the corpus writes words `i` to `j` (`folded`) as a name so nearly always: each two
 * words side by side, joined by a space or a hyphen, capitalised together at least `NAME_SHARE`
 * of the times it writes them.
 */
function capitalisedTogether(
  typed: TypedQuestion,
  vocabulary: CorpusVocabulary,
  folded: readonly string[],
  i: number,
  j: number,
): boolean {
  for (let k = i; k < j; k++) {
    const joinsWords =
      !NAME_CONNECTORS.has(folded[k - i] as string) &&
      !NAME_CONNECTORS.has(folded[k - i + 1] as string);
    const gap = between(typed, k);
    if (joinsWords && (gap === " " || gap === "-")) {
      const pair = `${folded[k - i]}${gap}${folded[k - i + 1]}`;
      const all = vocabulary.pairs.get(pair) ?? 0;
      if ((vocabulary.capitalisedPairs.get(pair) ?? 0) < all * NAME_SHARE) return false;
    }
  }
  return true;
}

/** Word `i` as the corpus or the glossary writes it, where it is a name. */
function wordAt(typed: TypedQuestion, i: number): string | undefined {
  const { question, words, names } = typed;
  const m = words[i] as RegExpMatchArray;
  const typedWord = m[0];
  const at = m.index as number;
  const word = normalizeText(typedWord);
  const vocabulary = typed.vocabularyOf();
  const wordCase = wordCaseIn(vocabulary, word);
  const fromCorpus = wordCase.written !== undefined && writesAsName(wordCase);
  if (word === "us") {
    const acronym = fromCorpus ? wordCase.written : names.words.get(word);
    return acronym === "US" && usNamedAt(typed, names.places, i) ? acronym : undefined;
  }
  const fromGlossary =
    !fromCorpus && (wordCase.inSentence === 0 || writesAsName(wordCase))
      ? names.words.get(word)
      : undefined;
  const unseen =
    fromCorpus || fromGlossary !== undefined
      ? undefined
      : unseenName(typed, typed.vocabularyOf, word, i);
  const written = fromCorpus ? wordCase.written : (fromGlossary ?? unseen);
  if (!written || written === typedWord) return undefined;
  // (A short word with one capital is as often an abbreviation: "Res." of "H. Con. Res. 127".)
  if (written.length < 4 && !/\p{Lu}.*\p{Lu}/u.test(written)) return undefined;
  // A common English word is what its lower case means, except an acronym after "the", and a
  // word English itself writes as a name ("Russia", "Congress") that the corpus writes as one
  // on its own ("Russia proposed"; not "United" of "United States") or the glossary names.
  const afterThe = /\bthe\s+$/i.test(question.slice(Math.max(0, at - 5), at));
  const { common, names: englishNames } = englishLexicon();
  const aName =
    englishNames.has(word) &&
    (fromGlossary !== undefined || unseen !== undefined || (vocabulary.alone.get(word) ?? 0) > 0);
  if (common.has(word) && !(afterThe && isAllCapitals(written)) && !aName) return undefined;
  return written;
}
