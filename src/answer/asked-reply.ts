// A reply asked of a party ("did the ITU ever answer CDT's comments", "did anyone write back",
// "what did the chair write back"), and whether a sentence tells a reply. A passage telling the
// letter, the paper or the petition without any answer to it does not say whether one came.

/**
 * The shapes asking a reply: "did / has X (ever) answer / respond / reply / write back / get back
 * to…" (not "how did X respond…", a manner, which a source tells in any verb: "opposed", "walked
 * out"), and "what did X write back / reply / answer" (not "what did X say back", which the
 * shapes of what a party said read, asked-focus.ts).
 */
export const REPLY_ASKED =
  /(?<!\bhow\s)\b(?:did|has|have|had)\s+[^?,;]+?\s+(?:(?:ever|actually|even|really)\s+){0,2}(?:answer|respond|reply|write\s+back|get\s+back\s+to)\b|\bwhat\s+did\s+[^?,;]+?\s+(?:write\s+back|reply|answer)\b/iu;

/**
 * A reply told: a past verb of answering ("replied", "answered", "responded", "wrote back",
 * "countered", "rejected"), or the noun ("in response", "Touré's response", "a reply to"); not
 * "answers" (a request's "answers on these points should say…").
 */
const REPLY_TOLD =
  /\b(?:answered|replied|repl(?:y|ies)\s+(?:to|from)|in\s+(?:reply|response)|respon(?:ded|se|ses)|wr(?:ote|itten)\s+back|reacted|reactions?|rebutted|retorted|countered|denied|rejected|dismissed)\b/iu;

/** Where a sentence tells a reply (`REPLY_TOLD`), or -1. */
export function replyToldAt(sentence: string): number {
  return sentence.search(REPLY_TOLD);
}
