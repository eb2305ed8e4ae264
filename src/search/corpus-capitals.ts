// A question's names typed in lower case, written as the corpus (or the glossary) writes them:
// "what did kramer say about the itrs" reads as "what did Kramer say about the ITRs".
import nlp from "compromise/two";
import { normalizeText, STOP_WORDS } from "./analyze.ts";
import {
  type CorpusVocabulary,
  chunkAround,
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
import { BEFORE_VERB, tagsAsBearer } from "./tagged-bearers.ts";
import { unknownWordAsName } from "./unknown-names.ts";

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
/** What joins the items of a list of countries: "us, uk", "us/eu", "us & uk"… */
const LIST_MARK = /^\s*[,/&+]\s*$/;
/** Words after which "us" is the pronoun, whatever follows: "tell us", "for us". */
const TAKES_US: ReadonlySet<string> = new Set([
  "tell",
  "give",
  "show",
  "help",
  "let",
  "send",
  "brief",
  "remind",
  "for",
  "to",
  "with",
]);
/** …or "us and uk", "russia vs us", "uk or us". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "or", "vs", "versus"]);

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
  const names = prepareNames(known);
  const words = [...question.matchAll(WORD)];
  const typedLower = (i: number) => {
    const typed = (words[i] as RegExpMatchArray)[0];
    return typed === typed.toLowerCase();
  };
  const between = (i: number) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[i + 1] as RegExpMatchArray;
    return question.slice((a.index as number) + a[0].length, b.index);
  };
  const slice = (i: number, j: number) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    return question.slice(a.index, (b.index as number) + b[0].length);
  };
  const linkLike = (i: number) => {
    const m = words[i] as RegExpMatchArray;
    return LINK_LIKE.test(chunkAround(question, m.index as number, m[0].length));
  };
  let text = "";
  let last = 0;
  const write = (i: number, j: number, written: string) => {
    const a = words[i] as RegExpMatchArray;
    const b = words[j] as RegExpMatchArray;
    text += question.slice(last, a.index) + written;
    last = (b.index as number) + b[0].length;
  };
  for (let i = 0; i < words.length; i++) {
    if (!typedLower(i) || linkLike(i)) continue;
    const phrase = phraseAt(i);
    if (phrase) {
      if (phrase.written !== slice(i, phrase.end)) write(i, phrase.end, phrase.written);
      i = phrase.end;
      continue;
    }
    const written =
      wordAt(i) ??
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

  /** The longest name of several words starting at word `i`, all typed in lower case. */
  function phraseAt(i: number): { end: number; written: string } | undefined {
    let end = i;
    while (
      end + 1 < words.length &&
      end + 1 - i < MAX_NAME_WORDS &&
      typedLower(end + 1) &&
      NAME_JOINER.test(between(end))
    ) {
      end++;
    }
    for (let j = end; j > i; j--) {
      const key = phraseKey(slice(i, j));
      const written = names.phrases.get(key) ?? corpusName(key, i, j);
      if (written !== undefined) return { end: j, written };
    }
    return undefined;
  }

  /** A name of the corpus, where its case and English both say that it is one. */
  function corpusName(key: string, i: number, j: number): string | undefined {
    const vocabulary = vocabularyOf();
    const written = vocabulary.names.get(key);
    if (written === undefined) return undefined;
    if (key.includes(". ")) return written;
    const folded = words.slice(i, j + 1).map((m) => normalizeText(m[0]));
    // Written so nearly always: each two words side by side capitalised together.
    for (let k = i; k < j; k++) {
      const joinsWords =
        !NAME_CONNECTORS.has(folded[k - i] as string) &&
        !NAME_CONNECTORS.has(folded[k - i + 1] as string);
      if (joinsWords && (between(k) === " " || between(k) === "-")) {
        const pair = `${folded[k - i]}${between(k)}${folded[k - i + 1]}`;
        const all = vocabulary.pairs.get(pair) ?? 0;
        if ((vocabulary.capitalisedPairs.get(pair) ?? 0) < all * NAME_SHARE) return undefined;
      }
    }
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

  /** Word `i` as the corpus or the glossary writes it, where it is a name. */
  function wordAt(i: number): string | undefined {
    const m = words[i] as RegExpMatchArray;
    const typed = m[0];
    const at = m.index as number;
    const word = normalizeText(typed);
    const vocabulary = vocabularyOf();
    const wordCase = wordCaseIn(vocabulary, word);
    const fromCorpus = wordCase.written !== undefined && writesAsName(wordCase);
    if (word === "us") {
      const acronym = fromCorpus ? wordCase.written : names.words.get(word);
      return acronym === "US" && usAt(i) ? acronym : undefined;
    }
    const fromGlossary =
      !fromCorpus && (wordCase.inSentence === 0 || writesAsName(wordCase))
        ? names.words.get(word)
        : undefined;
    const unseen = fromCorpus || fromGlossary !== undefined ? undefined : unseenName(word, i);
    const written = fromCorpus ? wordCase.written : (fromGlossary ?? unseen);
    if (!written || written === typed) return undefined;
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

  /**
   * A name the corpus never writes, nor the glossary (lowercase25): a word English writes only
   * with a capital ("vienna", "vietnam", "bangkok"), or, where English lacks the word, the
   * initials of one name of the corpus ("ituc" of "International Trade Union Confederation").
   * Typed with its capital, such a name is read as a name the corpus lacks (a place the question
   * guesses, an absent name); typed in lower case it was a word missing from every passage.
   */
  function unseenName(word: string, i: number): string | undefined {
    if ((vocabularyOf().count.get(word) ?? 0) > 0 || STOP_WORDS.has(word)) return undefined;
    const { titled, words: english } = englishLexicon();
    const name = titled.get(word);
    if (name !== undefined) {
      return word.length >= UNSEEN_NAME_LEAST && (namesPlace(word) || bearerAt(word, i))
        ? name
        : undefined;
    }
    if (!/^\p{Ll}+$/u.test(word)) return undefined;
    // (A body or a person English's tagger knows, though the subtitles write it in lower case:
    // "microsoft", "vodafone"; nearmiss28.)
    if (word.length >= UNSEEN_NAME_LEAST && bearerAt(word, i)) {
      return (word[0] as string).toUpperCase() + word.slice(1);
    }
    if (english.has(word)) return undefined;
    return initialsOf(vocabularyOf()).get(word);
  }

  /** Whether word `i` names a body, a person or a people, and stands as no verb ("can you google"). */
  function bearerAt(word: string, i: number): boolean {
    const previous = words[i - 1];
    return (
      tagsAsBearer(word) &&
      (previous === undefined ||
        !BEFORE_VERB.test(normalizeText(previous[0])) ||
        !/^\s+$/.test(between(i - 1)))
    );
  }

  /** Whether "us" at word `i` is the United States: after "the", or beside a place in a list. */
  function usAt(i: number): boolean {
    const m = words[i] as RegExpMatchArray;
    const at = m.index as number;
    if (/\bthe\s+$/i.test(question.slice(Math.max(0, at - 5), at))) return true;
    const isPlace = (from: number, to: number) =>
      from >= 0 && to < words.length && names.places.has(phraseKey(slice(from, to)));
    // The nearest word of the next item: past a comma, a slash, "and", "vs"…
    const itemAt = (step: 1 | -1): number | undefined => {
      const gap = (k: number) => between(step === 1 ? k - 1 : k);
      let k = i + step;
      if (k < 0 || k >= words.length) return undefined;
      if (LIST_MARK.test(gap(k))) return k;
      if (
        !/^\s+$/.test(gap(k)) ||
        !LIST_WORDS.has(normalizeText((words[k] as RegExpMatchArray)[0]))
      ) {
        return undefined;
      }
      k += step;
      return k >= 0 && k < words.length && /^\s+$/.test(gap(k)) ? k : undefined;
    };
    const before = itemAt(-1);
    // (Not the object of a verb or a preposition: "can you tell us and russia apart", "for us".)
    const previous = words[i - 1]?.[0];
    const next =
      previous !== undefined && TAKES_US.has(normalizeText(previous)) ? undefined : itemAt(1);
    for (let n = 0; n < 3; n++) {
      if (next !== undefined && isPlace(next, next + n)) return true;
      if (before !== undefined && isPlace(before - n, before)) return true;
    }
    return false;
  }
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
const initialsByVocabulary = new WeakMap<CorpusVocabulary, ReadonlyMap<string, string>>();
/**
 * The corpus's names of three words or more by their initials, connectors left out ("ituc" →
 * "ITUC" for "International Trade Union Confederation"), where only one name has them and the
 * corpus never writes them as a word.
 */
function initialsOf(vocabulary: CorpusVocabulary): ReadonlyMap<string, string> {
  let map = initialsByVocabulary.get(vocabulary);
  if (map) return map;
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
  for (const [initials, key] of found)
    if (key !== null) built.set(initials, initials.toUpperCase());
  initialsByVocabulary.set(vocabulary, built);
  map = built;
  return map;
}

// A run of text that is a link, an address or a mention: its letters are not a question's words.
const LINK_LIKE = /[@<>]|:\/\/|www\./;
