// Whether a series of names sets out only some of the things of its kind, as examples: opened by
// "including", "such as", "for example", or closed by "and others", "etc." (`seriesSampled`). Its
// length gives a floor, not the count: it never makes a how-many answer "full" (`listsCounted`,
// window-terms.ts; `typedAtSubject`, window-answer-type.ts).

/**
 * A word introducing examples, ending the text before a series' first item: "…came from countries
 * INCLUDING Argentina", "groups SUCH AS ITI", "FOR EXAMPLE Germany". (Not the verb "included",
 * which may set out the whole: "The Final Acts included a preamble, ten articles and …".)
 */
const EXAMPLES_OPENED =
  /(?:^|[\s(,;:])(?:including|such\s+as|for\s+(?:example|instance)|e\.\s?g\.,?|notably|among\s+them)\s+(?:the\s+)?[^\s,;:]+(?:\s+[^\s,;:]+){0,3}\s*$/i;
/**
 * Words closing a series as open, at the start of its last item ("…, Australia AND OTHERS",
 * "…, Poland, ETC.") or right after its name ("…and Poland AMONG OTHERS"); not "others" later in a
 * long last item, which tells something else.
 */
const EXAMPLES_CLOSED =
  /^\s*(?:(?:(?:and|or)\s+(?:many\s+|several\s+|a\s+few\s+|some\s+)?others|etc)\b|(?:(?:and|or)\s+)?[^\s,;:]+(?:\s+[^\s,;:]+){0,3},?\s+among\s+others\b)/i;

/**
 * Whether a series (`items`, as `seriesItems` cuts it, the first holding the words before it)
 * names only some of its kind. "How many countries did the sign-on letter's signers come from in
 * the end?" is not answered in full by "Early signatories came from countries including
 * Argentina, Brazil, … Thailand and Tunisia": ten names given as examples say there were at
 * least ten, not how many. A series naming all of a set ("…translated the letter into Spanish, Thai, Urdu, Bangla,
 * Chinese and French") still counts them.
 */
export function seriesSampled(items: readonly string[]): boolean {
  const first = items[0] ?? "";
  const last = items[items.length - 1] ?? "";
  return EXAMPLES_OPENED.test(first) || EXAMPLES_CLOSED.test(last);
}
