// How an analyst asks for a time when pressed ("around what time did the US say…", "roughly when
// did…", "what date roughly…"), read as the plain when ask it is.

/** The auxiliary that follows a when ask ("…what time DID the US say…"). */
const AUXILIARY = "(?:did|does|do|was|were|is|are|had|has|have|will|would|could|should|'d|’d)";

/**
 * "around what time did the US say it wasn't signing", "at what time was…", "what time did…": a
 * time asked of an event the sources date by day, not by the clock. Read as typed, "time" and
 * "around" were terms a passage had to state, and "Around the time of the conference Brito
 * said…" met them. Only before an auxiliary: "what time zone", "the time it took" are left.
 */
const WHAT_TIME = new RegExp(
  String.raw`\b(?:(?:around|about|roughly|approximately|circa|round|at|by)\s+)?what\s+time\b(?=\s+${AUXILIARY}\b)`,
  "giu",
);

/**
 * "roughly when did…", "when roughly was…", "when, roughly, did…", "what date roughly did…":
 * a hedge beside the word that asks for the time says only that an approximate date will do.
 * Only beside the asking word: "roughly 90 countries" is a claim's figure.
 */
const HEDGE = "(?:roughly|approximately|approx\\.?|about|around|circa|more or less|ballpark)";
const HEDGE_BEFORE = new RegExp(
  String.raw`\b(${HEDGE})\s+(when|what(?=\s+(?:date|day|month|year)\b))\b`,
  "giu",
);
const HEDGE_AFTER = new RegExp(
  String.raw`\b(when|what\s+(?:date|day|month|year))\s*,?\s+${HEDGE}\s*,?(?=\s)`,
  "giu",
);

/** The word "when", with the capital of the phrase it replaces. */
function when(phrase: string): string {
  return /^\p{Lu}/u.test(phrase) ? "When" : "when";
}

/**
 * The question with its hedged and clock-worded when asks read as plain ones ("around what time
 * did X" → "when did X", "roughly when did X" → "when did X", "what date roughly did X" → "what
 * date did X").
 */
export function withWhenAsksRead(question: string): string {
  return question
    .replace(WHAT_TIME, (phrase: string) => when(phrase))
    .replace(HEDGE_BEFORE, (_whole: string, hedge: string, asking: string) =>
      /^\p{Lu}/u.test(hedge) ? `${asking.charAt(0).toUpperCase()}${asking.slice(1)}` : asking,
    )
    .replace(HEDGE_AFTER, (_whole: string, asking: string) => asking);
}
