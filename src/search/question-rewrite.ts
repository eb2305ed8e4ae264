// A question rewritten word by word as the corpus writes it: what the compound reading
// (compounds.ts) and spelling correction (spelling.ts) share. `CorpusWords` is what both read a
// question's words against; `questionWords` gives each word as both look at it (folded, typed as
// a name or not, in prose or not); `questionRewrite` puts their readings in place and lists them
// for the answer to say. What each reads a word as stays in its own module.
import type { SpellingCorrection } from "../types.ts";
import { normalizeText } from "./analyze.ts";
import {
  type CorpusVocabulary,
  chunkTester,
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
  /** In a link, an address, a mention or beside a number (`NOT_PROSE`): no word of prose. */
  notProse: boolean;
}

/** The question's words (`WORD` matches), in order, as a reader of them looks at each. */
export function questionWords(question: string): QuestionWord[] {
  const notProseAt = chunkTester(question, NOT_PROSE);
  return [...question.matchAll(WORD)].map((m) => ({
    typed: m[0],
    at: m.index,
    word: normalizeText(m[0]),
    typedAsName: isCapitalised(m[0]) && !opensSentence(question, m.index),
    notProse: notProseAt(m.index),
  }));
}

/**
 * A question rewritten span by span, left to right: `read` puts a reading in place of the
 * question's text from `from` to `to` and lists it once for the answer to say (a word typed twice
 * is said once); `done` gives the question as read, or the question itself where nothing was read.
 */
export function questionRewrite(question: string): {
  read: (from: number, to: number, reading: string) => void;
  done: () => CorrectedQuestion;
} {
  const corrections: SpellingCorrection[] = [];
  let text = "";
  let last = 0;
  return {
    read(from, to, reading) {
      const typed = question.slice(from, to);
      text += question.slice(last, from) + reading;
      last = to;
      if (!corrections.some((c) => c.from === typed))
        corrections.push({ from: typed, to: reading });
    },
    done: () =>
      corrections.length === 0
        ? { text: question, corrections }
        : { text: text + question.slice(last), corrections },
  };
}
