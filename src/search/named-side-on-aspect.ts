// A comparison whose first side is a name written with its aspect after "on" ("Kramer on
// cybersecurity in the ITRs vs Hill and Powers after Dubai", "Dourado on the compromise draft vs
// CEPT on the final text"). The "X versus Y" reading of `sidesIn` (question-comparison.ts) starts
// its first side after an "on", so the side read was the aspect ("cybersecurity", "the compromise
// draft") and the person was lost; the comparison was refused. Read before that pattern.

/**
 * A clause opening with a name of up to three words whose last word is capitalised (the question
 * as the engine reads it has its lower-case names capitalised: "kramer" is "Kramer"), then "on",
 * "about" or "over" and the aspect, then "vs" and the next side. The whole clause is returned as
 * the sides' text: the first side's aspect is its tail (`SIDE_TAIL`), cut when the sides are split.
 * Not "the debate on security vs spam": the word before "on" must be a name.
 */
export const NAMED_SIDE_ON_ASPECT =
  /^((?:the\s+)?(?:[\p{L}\p{N}.&-]+\s+){0,2}?\p{Lu}[\p{L}\p{N}.&-]*\s+(?:on|about|over)\s+\S.*?\s+(?:versus|vs\.?|v\.)\s+\S.*)$/u;

/** Words that only time what follows ("right after Dubai"): part of a side's tail, not its name. */
export const TIMING_ADVERB = String.raw`(?:(?:right|just|shortly|soon|straight|long|well)\s+(?=(?:after|before)\b))?`;
