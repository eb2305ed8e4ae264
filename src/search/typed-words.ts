// A question's words as typed (`WORD` matches, in order), and what stands between them: what the
// readers of names typed in lower case (corpus-capitals.ts, us-named.ts, unseen-names.ts) look at.
import { chunkAround } from "./corpus-vocabulary.ts";

/** A question and its words as typed. */
export interface TypedWords {
  question: string;
  words: readonly RegExpMatchArray[];
}

/** Whether word `i` is typed in lower case. */
export function typedLower({ words }: TypedWords, i: number): boolean {
  const typed = (words[i] as RegExpMatchArray)[0];
  return typed === typed.toLowerCase();
}

/** The text between word `i` and the next: " ", "-", ", "… */
export function between({ question, words }: TypedWords, i: number): string {
  const a = words[i] as RegExpMatchArray;
  const b = words[i + 1] as RegExpMatchArray;
  return question.slice((a.index as number) + a[0].length, b.index);
}

/** The question's text from word `i` to word `j`, both in. */
export function wordsSpan({ question, words }: TypedWords, i: number, j: number): string {
  const a = words[i] as RegExpMatchArray;
  const b = words[j] as RegExpMatchArray;
  return question.slice(a.index, (b.index as number) + b[0].length);
}

/** Whether word `i` stands in a link, an address or a mention (`LINK_LIKE`). */
export function linkLike({ question, words }: TypedWords, i: number): boolean {
  const m = words[i] as RegExpMatchArray;
  return LINK_LIKE.test(chunkAround(question, m.index as number, m[0].length));
}

// A run of text that is a link, an address or a mention: its letters are not a question's words.
const LINK_LIKE = /[@<>]|:\/\/|www\./;
