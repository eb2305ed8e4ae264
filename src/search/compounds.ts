// Compounds written another way than the corpus writes them. An analyst types "cyber security"
// or "cyber-security" where the notes write "cybersecurity", "nonbinding" where they write
// "non-binding", "walkout" where they write "walk out". The tokenizer splits at hyphens and
// spaces, so the two forms share no index term: retrieval misses the passages, and the coverage
// decision finds a required term missing. A question's compound is read as the corpus's form only
// where the corpus holds that form and not the one typed, so a question about something the
// corpus lacks is never turned into one about something it has, and the answer says what it read
// (_Read "cyber security" as "cybersecurity"._), as for a slip (spelling.ts).
import { STOP_WORDS } from "./analyze.ts";
import {
  type CorpusVocabulary,
  capitalise,
  compoundJoiner,
  wordCaseIn,
  writesAsName,
} from "./corpus-vocabulary.ts";
import {
  type CorpusWords,
  type CorrectedQuestion,
  rewriteQuestion,
  withAskersCapital,
} from "./question-rewrite.ts";

/**
 * Occurrences that make a typed form one the corpus holds as its own: a form seen once may be a
 * slip or a quoted title ("Relevant for Cyber Security?"), and yields to the corpus's usual form;
 * a form seen twice is the corpus's too ("multi-stakeholder" beside "multistakeholder"), and is
 * left as typed. The corpus's form is read when it is held more often than the typed one, once
 * at least ("walk out" in a note for "walkout").
 */
const HELD = 2;
/** Shortest closed word read as a compound the corpus writes open: "email" of "e-mail". */
const MIN_CLOSED_LENGTH = 5;
/** Shortest part of a compound written with spaces ("web site", "walk out"; not "a part"). */
const MIN_OPEN_PART = 2;

/**
 * English's function words: determiners, pronouns, prepositions, conjunctions, auxiliaries and
 * modals, and adverbs of degree and place. Two words written apart of which one is such a word
 * are a phrase, not an open compound: "may be" is not "maybe", "any one" not "anyone", "every
 * day" not "everyday", "in to" not "into", "a part" not "apart", "over all" not "overall". A
 * hyphen says the writer meant one word ("e-mail", "on-line"), so hyphenated parts are not
 * checked.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  // Determiners and quantifiers.
  "all",
  "another",
  "any",
  "both",
  "each",
  "either",
  "every",
  "few",
  "many",
  "more",
  "most",
  "much",
  "neither",
  "none",
  "other",
  "own",
  "same",
  "several",
  "some",
  "those",
  "what",
  // Pronouns.
  "i",
  "me",
  "my",
  "mine",
  "we",
  "us",
  "our",
  "ours",
  "you",
  "your",
  "yours",
  "he",
  "him",
  "his",
  "she",
  "her",
  "hers",
  "its",
  "them",
  "theirs",
  "one",
  "ones",
  "where",
  "whose",
  "whatever",
  "whoever",
  // Prepositions.
  "about",
  "above",
  "across",
  "after",
  "against",
  "along",
  "among",
  "around",
  "before",
  "behind",
  "below",
  "beneath",
  "beside",
  "between",
  "beyond",
  "down",
  "during",
  "except",
  "from",
  "inside",
  "near",
  "off",
  "onto",
  "out",
  "outside",
  "over",
  "past",
  "since",
  "through",
  "throughout",
  "till",
  "toward",
  "towards",
  "under",
  "until",
  "up",
  "upon",
  "within",
  "without",
  "via",
  // Conjunctions.
  "nor",
  "so",
  "yet",
  "because",
  "although",
  "though",
  "while",
  "whereas",
  "unless",
  "than",
  "whether",
  "fore",
  // Auxiliaries and modals.
  "am",
  "been",
  "being",
  "can",
  "could",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "would",
  "has",
  "have",
  "had",
  "get",
  "got",
  "let",
  // Adverbs of degree, time and place.
  "here",
  "now",
  "very",
  "too",
  "also",
  "just",
  "only",
  "even",
  "still",
  "already",
  "ever",
  "never",
  "always",
  "back",
  "away",
  "forth",
  "further",
  "together",
  "how",
  "however",
  "else",
  "well",
  "less",
  "least",
  "once",
  "twice",
]);

/**
 * Adverb particles that end a phrasal verb whose noun English writes closed: "walk out" and
 * "walkout", "set up" and "setup", "break down" and "breakdown". As the second part of an open
 * compound they do not make it a phrase.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  "out",
  "up",
  "down",
  "off",
  "over",
  "back",
  "away",
  "in",
  "on",
]);

/** Whether two words with `joiner` between them may be one compound at all. */
function mayJoin(first: string, second: string, joiner: "-" | " "): boolean {
  if (joiner === "-") return true;
  return (
    first.length >= MIN_OPEN_PART &&
    second.length >= MIN_OPEN_PART &&
    !FUNCTION_WORDS.has(first) &&
    (!FUNCTION_WORDS.has(second) || PARTICLES.has(second))
  );
}

/** Occurrences of a word outside links and file names: "atlarge" of a list's address is no word. */
function proseCount(vocabulary: CorpusVocabulary, word: string): number {
  return (vocabulary.count.get(word) ?? 0) - (vocabulary.linked.get(word) ?? 0);
}

/** Occurrences of two words written as one open or hyphenated compound. */
function pairCount(vocabulary: CorpusVocabulary, first: string, second: string): number {
  return (
    (vocabulary.pairs.get(`${first}-${second}`) ?? 0) +
    (vocabulary.pairs.get(`${first} ${second}`) ?? 0)
  );
}

/** The corpus's open or hyphenated form of a closed word: its two parts and what joins them. */
interface OpenForm {
  first: string;
  second: string;
  joiner: "-" | " ";
}

/**
 * The one open or hyphenated form the corpus holds of a closed word ("non-binding" for
 * "nonbinding", "walk out" for "walkout"), once at least, or undefined when it holds none or more than one
 * ("inter-state" and "in-terstate" are two readings, and the word is left as typed).
 */
function openFormOf(vocabulary: CorpusVocabulary, word: string): OpenForm | undefined {
  let found: OpenForm | undefined;
  for (let i = 1; i < word.length; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    const hyphened = vocabulary.pairs.get(`${first}-${second}`) ?? 0;
    const spaced = mayJoin(first, second, " ")
      ? (vocabulary.pairs.get(`${first} ${second}`) ?? 0)
      : 0;
    if (hyphened + spaced === 0) continue;
    if (found) return undefined;
    found = { first, second, joiner: hyphened >= spaced ? "-" : " " };
  }
  return found;
}

/** A folded word as the corpus writes it if it is a name there ("NETmundial"), else as folded. */
function asCorpusWrites(vocabulary: CorpusVocabulary, word: string): string {
  const wordCase = wordCaseIn(vocabulary, word);
  return writesAsName(wordCase) && wordCase.written ? wordCase.written : word;
}

/**
 * The question with each compound written as the corpus writes it, and what was read so:
 * - two words written open or hyphenated ("cyber security", "cyber-security") are read as the
 *   closed word the corpus holds (outside links) when it holds it more often than the two words
 *   written so (with a hyphen or spaces between them), and those fewer than `HELD` times; written
 *   with spaces, neither may be a function word ("may be", "every day"; a particle may close it:
 *   "walk out");
 * - a closed word the index cannot read (`corpus.isKnown`: not its term, a glossary entry or a clipped
 *   form), of `MIN_CLOSED_LENGTH` letters or more, not in capitals (an acronym) and not a stop
 *   word, is read as the one open or hyphenated form the corpus holds ("nonbinding" →
 *   "non-binding", "walkout" → "walk out").
 * Words in links, addresses, mentions or beside numbers are left alone. The reading keeps the
 * asker's capital, or takes the corpus's for a name. `corpus.vocabulary` is called only for a
 * candidate.
 */
export function readCompounds(question: string, corpus: CorpusWords): CorrectedQuestion {
  return rewriteQuestion(
    question,
    ({ typed, at, word, typedAsName, inCapitals, notProse }, next) => {
      if (notProse) return undefined;
      // (A reading takes the asker's capital here; spelling correction decides a word's case its
      // own way, a name as the corpus writes it.)
      if (next !== undefined) {
        const joiner = compoundJoiner(question.slice(at + typed.length, next.at));
        const second = next.word;
        if (joiner !== undefined && mayJoin(word, second, joiner) && !next.notProse) {
          const vocabulary = corpus.vocabulary();
          const closed = word + second;
          const typedCount = pairCount(vocabulary, word, second);
          if (typedCount < HELD && proseCount(vocabulary, closed) > typedCount) {
            return {
              reading: withAskersCapital(typed, asCorpusWrites(vocabulary, closed)),
              words: 2,
            };
          }
        }
      }
      if (
        word.length < MIN_CLOSED_LENGTH ||
        FUNCTION_WORDS.has(word) ||
        inCapitals ||
        corpus.isKnown(word)
      ) {
        return undefined;
      }
      const vocabulary = corpus.vocabulary();
      const open = openFormOf(vocabulary, word);
      if (!open) return undefined;
      const first = asCorpusWrites(vocabulary, open.first);
      const rest = asCorpusWrites(vocabulary, open.second);
      // (A name typed as one word inside the question keeps its capital even where a part is not.)
      const reading = `${typedAsName ? capitalise(first) : first}${open.joiner}${rest}`;
      return { reading: withAskersCapital(typed, reading) };
    },
  );
}
