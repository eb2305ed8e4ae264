// The answer layer's sizes and the one "not covered" text: each named once, imported by every
// surface (CLI, Slack, digest) that needs it.

/** Longest question or search a user may send, in characters. */
export const MAX_QUESTION_LENGTH = 2_000;
/** Passages retrieved for an answer: enough for the LLM's prompt budget and the extractive pick. */
export const ANSWER_PASSAGES = 8;
/** Passages `search` lists when the caller does not say how many (CLI `search`). */
export const SEARCH_RESULTS = 8;
/** Passages a chat message lists (`/wcit search`, "Show passages"): a screenful in Slack. */
export const COMPACT_SEARCH_RESULTS = 5;

/** What a reader sees when the corpus does not cover the question (the closest sources follow). */
export const NOT_COVERED_TEXT =
  "The corpus does not cover this question, so there is no cited answer to give. The closest sources are listed below.";
