// A question rewritten word by word as the corpus writes it: what the compound reading
// (compounds.ts) and spelling correction (spelling.ts) share. `CorpusWords` is what both read a
// question's words against; `rewriteQuestion` walks the question's words, each as both look at it
// (`QuestionWord`: folded, typed as a name or in capitals, in prose or not), puts their readings in
// place and lists them for the answer to say; `withAskersCapital` gives a reading the asker's
// capital. What each reads a word as stays in its own module.
import type { SpellingCorrection } from "../types.ts";
import { normalizeText } from "./analyze.ts";
import {
  type CorpusVocabulary,
  capitalise,
  chunkTester,
  isAllCapitals,
  isCapitalised,
  NOT_PROSE,
  opensSentence,
  WORD,
} from "./corpus-vocabulary.ts";

/** A question with its misspelt words replaced, and what was replaced. */
export interface CorrectedQuestion {
  text: string;
  corrections: SpellingCorrection[];
}

/** What a question's words are read against. */
export interface CorpusWords {
  /** The corpus's vocabulary, called only for a word that is a candidate (most questions need none). */
  vocabulary: () => CorpusVocabulary;
  /** Whether the index reads a word as typed: its term, a glossary entry or a clipped form. */
  isKnown: (word: string) => boolean;
}

/** A word of a question as its readers look at it. */
export interface QuestionWord {
  /** The word as typed, and where it stands in the question. */
  typed: string;
  at: number;
  /** The word folded (`normalizeText`), as the corpus's words are counted. */
  word: string;
  /** Capitalised inside a sentence, not only where a sentence opens: typed as a name. */
  typedAsName: boolean;
  /** Written in capitals (`isAllCapitals`): an acronym, read as typed. */
  inCapitals: boolean;
  /** In a link, an address, a mention or beside a number (`NOT_PROSE`): no word of prose. */
  notProse: boolean;
}

/** The question's words (`WORD` matches), in order, as a reader of them looks at each. */
function questionWords(question: string): QuestionWord[] {
  const notProseAt = chunkTester(question, NOT_PROSE);
  return [...question.matchAll(WORD)].map((m) => ({
    typed: m[0],
    at: m.index,
    word: normalizeText(m[0]),
    typedAsName: isCapitalised(m[0]) && !opensSentence(question, m.index),
    inCapitals: isAllCapitals(m[0]),
    notProse: notProseAt(m.index),
  }));
}

/** What a reader reads at a word: the reading, and how many words it stands for (one, or more). */
export interface WordReading {
  reading: string;
  words?: number;
}

/**
 * The question with each word read as `readAt` reads it (given the word and the one after it;
 * undefined where it leaves the word as typed), left to right: a reading standing
 * for several words ("cyber security" → "cybersecurity") takes their span, and the words after it
 * are read on from there. What was read is listed once for the answer to say (a word typed twice
 * is said once); where nothing was read, the question is given as typed.
 */
export function rewriteQuestion(
  question: string,
  readAt: (word: QuestionWord, next: QuestionWord | undefined) => WordReading | undefined,
): CorrectedQuestion {
  const words = questionWords(question);
  const corrections: SpellingCorrection[] = [];
  let text = "";
  let last = 0;
  for (let i = 0; i < words.length; i++) {
    const from = words[i] as QuestionWord;
    const read = readAt(from, words[i + 1]);
    if (read === undefined) continue;
    i += (read.words ?? 1) - 1;
    const end = words[i] as QuestionWord;
    const to = end.at + end.typed.length;
    const typed = question.slice(from.at, to);
    text += question.slice(last, from.at) + read.reading;
    last = to;
    if (!corrections.some((c) => c.from === typed))
      corrections.push({ from: typed, to: read.reading });
  }
  return corrections.length === 0
    ? { text: question, corrections }
    : { text: text + question.slice(last), corrections };
}

/** A reading with the asker's capital: capitalised where the typed word is and it is not. */
export function withAskersCapital(typed: string, reading: string): string {
  return isCapitalised(typed) && !isCapitalised(reading) ? capitalise(reading) : reading;
}
