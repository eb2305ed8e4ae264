// Whether a sentence's date, count or doer is the one an ask's own words govern: read within one
// clause of the sentence, not across its asides and subordinate clauses.

/**
 * Where a sentence's clause ends and another begins: a semicolon or colon, a dash between spaces,
 * a relative clause after a comma ("…adopted Resolution 1312, which set up…"), a clause after a
 * comma and a conjunction ("…, but…", "…, while…"), or a subordinate clause of reason or contrast
 * ("…would oppose spam language because government vetting…").
 */
const CLAUSE_BREAK =
  /\s*(?:[;:]|\s[–—]\s|,\s*(?=(?:which|who|whom|whose|where|while|whereas|although|though|but|and|so)\b)|\s(?=(?:because|while|whereas|although|though)\b))\s*/i;

/** A parenthesis: an aside of its own, whatever the clause around it. */
const ASIDE = /\s*\(([^()]*)\)/g;

/**
 * A sentence's clauses (`CLAUSE_BREAK`), each parenthesis (`ASIDE`) read as a clause of its own
 * and taken out of the clause around it: "Touré used growth statistics (mobile subscriptions up
 * from about 4.3 million in 1988…) to argue…" is "Touré used growth statistics to argue…" and
 * "mobile subscriptions up from about 4.3 million in 1988…".
 */
export function clausesOf(sentence: string): string[] {
  const asides = [...sentence.matchAll(ASIDE)].map((m) => m[1] ?? "");
  const main = sentence.replace(ASIDE, "");
  return [...main.split(CLAUSE_BREAK), ...asides].map((c) => c.trim()).filter((c) => c !== "");
}

/**
 * A year naming which of a thing is meant, after a determiner and before its noun ("the 2012
 * WCIT", "the 1988 rules"): it tells which conference or text, not when the clause's act happened.
 */
const NAMING_YEAR =
  /\b(the|its|their|his|her|this|that)\s+(?:18[5-9]\d|19\d\d|20\d\d)(?=\s+\p{L})/giu;

/** How an ask reads one clause: whether it gives the ask's kind of answer, what of its words it meets. */
export interface AskInClause {
  carries: (clause: string) => boolean;
  /** How many of the ask's words the clause meets. */
  meets: (clause: string) => number;
  /** Whether the clause names every word the ask requires (its names and nouns). */
  namesRequired: (clause: string) => boolean;
}

/**
 * Whether one clause of a sentence gives the ask's kind of answer (a year naming a thing,
 * `NAMING_YEAR`, not read as its date) beside `least` of the ask's words and every word it
 * requires: the date, count or doer is then the one the ask's words
 * govern ("A second meeting was held in Geneva on 13–15 September 2017" for "when did the group
 * meet for the second time"), not another act's beside a name and a common word in passing ("In
 * 2009 the Council adopted Resolution 1312, which set up…" for "who set up WCITLeaks").
 */
export function givesAskInClause(sentence: string, ask: AskInClause, least: number): boolean {
  return clausesOf(sentence).some(
    (c) =>
      ask.carries(c.replace(NAMING_YEAR, "$1")) && ask.meets(c) >= least && ask.namesRequired(c),
  );
}

/**
 * The kinds of answer a clause holds as a value its words govern: a date, a count, a span, a doer.
 * A reason is a clause of its own ("because…"), so a reason ask is not read by its clause.
 */
const VALUE_ANSWERS: ReadonlySet<string> = new Set(["date", "number", "duration", "agent"]);

/**
 * An ask ending on a pronoun for its act's object ("when did Kramer pass that on?", "when did the
 * chair shelve it"): the object is named in another ask, so the ask's own words do not say whose
 * date or count a clause gives.
 */
const OBJECT_POINTING_BACK =
  /\b(?:it|that|them|this)(?:\s+(?:on|over|up|off|out|in|back|down|through))?[\s?.!]*$/i;

/** Whether an ask is read by one clause (`givesAskInClause`): a value asked, its object its own. */
export function asksValueOfItsOwn(ask: string, expected: string): boolean {
  return VALUE_ANSWERS.has(expected) && !OBJECT_POINTING_BACK.test(ask);
}
