// How a sentence about the asker opens ("I'm", "we're", "we have"), and the asker's own state or
// plans ("we're writing up…"): shared by the focus (`question-focus.ts`) and the situation
// (`question-situation.ts`) readings.

/** "I'm", "we're", "we have", "I": how a sentence about the asker opens. */
export const FIRST_PERSON_OPENING = "(?:i|we)(?:'m|'re|'ve|'ll|'d| am| are| have| will| would)?\\s";

/** A statement about the asker: "We're prepping the board on WCIT.", "I have a call at noon." */
export const FIRST_PERSON_STATEMENT = new RegExp(`^${FIRST_PERSON_OPENING}`, "i");

/**
 * The asker's own state or plans ("we're writing up…", "I have a call…", "we will brief…"): with
 * its auxiliary, not a fact the asker reports ("We counted 89 signatures. list who else put their
 * name to it": "it" is the count's subject, so the statement is read with the ask).
 */
export const ASKER_STATE =
  /^(?:i|we)(?:'m|'re|'ve|'ll|'d|\s+(?:am|are|have|will|would|need|want))\s/i;
