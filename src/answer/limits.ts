// The answer layer's sizes, the one "not covered" text and the one note saying how misspelt words
// were read: each named once, imported by every surface (CLI, Slack, digest) that needs it.
import type { SpellingCorrection } from "../types.ts";

/** Longest question or search a user may send, in characters. */
export const MAX_QUESTION_LENGTH = 2_000;
/** Passages retrieved for an answer: enough for the LLM's prompt budget and the extractive pick. */
export const ANSWER_PASSAGES = 8;
/**
 * Passages a list's answer may read: the `ANSWER_PASSAGES` the coverage decision read, then the
 * next best with up to `LIST_PER_DOCUMENT_CAP` from one document. A list's items are often several
 * paragraphs of one note (the adopted wording, the objections to it, who proposed it), and
 * retrieval's cap of three passages a document left the fourth out of reach. Tuning half (916 q),
 * with the list's room below: see `LIST_WORDS` in extractive.ts.
 */
export const LIST_ANSWER_PASSAGES = 12;
/** Most passages one document gives a list's answer (retrieval's own cap is 3). */
export const LIST_PER_DOCUMENT_CAP = 5;
/** Passages `search` lists when the caller does not say how many (CLI `search`). */
export const SEARCH_RESULTS = 8;
/** Passages a chat message lists (`/wcit search`, "Show passages"): a screenful in Slack. */
export const COMPACT_SEARCH_RESULTS = 5;

/** What a reader sees when the corpus does not cover the question (the closest sources follow). */
export const NOT_COVERED_TEXT =
  "The corpus does not cover this question, so there is no cited answer to give. The closest sources are listed below.";

/**
 * What an answer says it read when it read misspelt question words as corpus words, so the asker
 * can tell at once when it guessed wrong: `Read "cybersecuirty" as "cybersecurity".` Undefined
 * when nothing was corrected. Plain text; each surface escapes and styles it.
 */
export function readAsNote(
  corrections: readonly SpellingCorrection[] | undefined,
): string | undefined {
  if (!corrections || corrections.length === 0) return undefined;
  const readings = corrections.map((c) => `"${c.from}" as "${c.to}"`);
  const last = readings.pop() as string;
  return `Read ${readings.length > 0 ? `${readings.join(", ")} and ${last}` : last}.`;
}
