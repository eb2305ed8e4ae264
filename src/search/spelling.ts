// Spelling correction of a question's words against the corpus's own vocabulary. Analysts type
// fast: "cybersecuirty", "reguations", "Dubia" are terms the index has never seen, so retrieval
// loses them and the coverage decision refuses the question or answers the rest of it. A word is
// read as a corpus word only where that reading is nearly certain; a word that may be another
// word or another name is left as typed, so a question about something the corpus lacks is never
// turned into one about something it has.
// What it reads a word against lives beside it: the corpus's words in `corpus-vocabulary.ts`,
// English in `english-lexicon.ts`, nearness in `edit-distance.ts`; names typed in lower case are
// written as the corpus writes them in `corpus-capitals.ts`; the question's words and their
// rewriting, shared with the compound reading, in `question-rewrite.ts`.
import { STOP_WORDS, termOf } from "./analyze.ts";
import {
  type CorpusVocabulary,
  isCapitalised,
  wordCaseIn,
  writesAsName,
} from "./corpus-vocabulary.ts";
import { forEachNear } from "./edit-distance.ts";
import { englishLexicon, isEnglishWord } from "./english-lexicon.ts";
import { isInstructionWord } from "./question-instructions.ts";
import {
  type CorpusWords,
  type CorrectedQuestion,
  rewriteQuestion,
  withAskersCapital,
} from "./question-rewrite.ts";

/** Shortest word read as a misspelling of a content word: shorter ones are other words too often. */
const MIN_LENGTH = 5;
/** Shortest word read with two edits ("recomendatons"); below it two edits reach too many words. */
const TWO_EDITS_LENGTH = 9;
/**
 * Shortest word read as a swapped pair of letters ("teh" → "the", "spma" → "spam"): a swap of a
 * short word is nearly always a slip, while any other edit of one reaches a different word.
 */
const MIN_SWAP_LENGTH = 3;
/** Fewest occurrences of a corpus word a misspelling is read as: a word seen once may itself be a slip. */
const MIN_CANDIDATE_COUNT = 2;
// A negated auxiliary's stem, cut off by the word pattern at its apostrophe ("hadn" of "hadn't",
// "mustn" of "mustn’t"): a word, not a slip of "hand" or "must".
const NEGATION_AFTER = /^['\u2019]t\b/iu;

/**
 * The corpus word a misspelt question word stands for, or undefined when there is none or more
 * than one reading. The rules, each keeping a word that may be meant as typed:
 * - a word of 5 letters or more is read within one edit (a swap of two adjacent letters is one),
 *   one of 9 or more within two; a shorter word only as a swap ("teh" → "the");
 * - the first letter stays (slips rarely hit it), except in a swap of the first two;
 * - a name on either side, the word capitalised inside the question or the corpus word written
 *   capitalised (a name), is read only as a swap: names one letter apart are other people and
 *   places ("Kraemer" is not "Kramer", "Rutkowska" not "Rutkowski"), while "Dubia" is "Dubai";
 * - the corpus word must occur at least twice, and be the only reading: every corpus word at the
 *   least distance must be one index term ("delegates" and "delegate" are one reading), and no
 *   English word as near may be another word, else the word is left alone.
 */
function correctionOf(
  word: string,
  typedAsName: boolean,
  vocabulary: CorpusVocabulary,
): string | undefined {
  const swapOnly = word.length < MIN_LENGTH || typedAsName;
  const max = swapOnly ? 1 : word.length >= TWO_EDITS_LENGTH ? 2 : 1;
  let bestDistance = max + 1;
  let nearest: string[] = [];
  forEachNear(word, vocabulary.byLength, max, swapOnly, (candidate, distance, swap) => {
    if (distance > bestDistance) return;
    if (!swap && writesAsName(wordCaseIn(vocabulary, candidate))) return;
    if (distance < bestDistance) [bestDistance, nearest] = [distance, []];
    nearest.push(candidate);
  });
  // Every nearest word counts against ambiguity, a word seen once too; only a word seen more
  // often is a reading.
  const readings = new Set(nearest.map((w) => termOf(w) ?? w));
  if (readings.size !== 1) return undefined;
  // An English word as near that is another word may be what was meant: "priod" is "period" as
  // likely as the corpus's "prior", "strted" "started" as likely as "stated".
  let meantOtherwise = false;
  forEachNear(word, englishLexicon().byLength, bestDistance, swapOnly, (candidate) => {
    if (!readings.has(termOf(candidate) ?? candidate)) meantOtherwise = true;
  });
  if (meantOtherwise) return undefined;
  const countOf = (w: string) => vocabulary.count.get(w) ?? 0;
  const best = nearest.reduce((a, b) => (countOf(b) > countOf(a) ? b : a));
  return countOf(best) >= MIN_CANDIDATE_COUNT ? best : undefined;
}

/**
 * The question with each misspelt word read as the corpus word it stands for (see
 * `correctionOf`), and the list of what was read so, for the answer to say. A word is a candidate
 * only when `corpus.isKnown` says the index cannot read it (not its term, a glossary entry or a
 * clipped form of its words), it is not a stop or instruction word, not English (`isEnglishWord`),
 * not in capitals (an acronym) and not in a link, an address or a mention. The corrected word keeps
 * the asker's capital, or takes the corpus's for a name ("dubia" → "Dubai"). `corpus.vocabulary`
 * is called only for a word that is a candidate, so most questions never need the vocabulary made.
 */
export function correctSpelling(question: string, corpus: CorpusWords): CorrectedQuestion {
  const read = new Map<string, string | undefined>();
  return rewriteQuestion(question, ({ typed, at, word, typedAsName, inCapitals, notProse }) => {
    if (
      word.length < MIN_SWAP_LENGTH ||
      STOP_WORDS.has(word) ||
      isInstructionWord(word) ||
      inCapitals ||
      notProse ||
      corpus.isKnown(word) ||
      isEnglishWord(word) ||
      NEGATION_AFTER.test(question.slice(at + typed.length))
    ) {
      return undefined;
    }
    const vocabulary = corpus.vocabulary();
    // A word typed again is read as it was the first time, without scanning the corpus again.
    const key = `${typedAsName ? "N" : "w"}${word}`;
    if (!read.has(key)) read.set(key, correctionOf(word, typedAsName, vocabulary));
    const found = read.get(key);
    if (!found) return undefined;
    // A name as the corpus writes it; another word as the asker would have ("Regulations" in a
    // title is "regulations" in a question).
    const wordCase = wordCaseIn(vocabulary, found);
    const written = wordCase.written ?? found;
    const plain = isCapitalised(written) ? found : written;
    return { reading: writesAsName(wordCase) ? written : withAskersCapital(typed, plain) };
  });
}
