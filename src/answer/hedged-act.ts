// A yes/no question claiming a compulsion in a verb the notes do not use ("does 5A OBLIGE each
// govt to…", "did EFF FORCE member states to…", "did the European Parliament BAN the ITU from…")
// is honestly answered "no: it only …" where a place names everything else it asks and states a
// weaker form of the act: a treaty's modal of duty ("shall … endeavour", "should endeavour"), a
// force adjective or status ("non-binding", "voluntary", "do not have treaty status"), or a verb
// of asking instead of compelling ("urged Member States to…", "only invites Member States…",
// "resolved that … should…"). The checked verb, which must otherwise stand where the claim's
// terms meet, then costs no more than any predicate the notes word otherwise
// (`window-term-coverage.ts`); the label still sees the verb unmet, so such an answer is never `full`.
// Only verbs of compulsion: a claim of another act ("did Iran ASK…") is checked as before.
import { forceStated, STATES_FORCE } from "./yes-no-legal-force.ts";

/** Index terms of the verbs that claim a compulsion: force, compel, oblige, require, ban, bar… */
const COMPULSION_TERMS: ReadonlySet<string> = new Set([
  "forc",
  "compel",
  "oblig",
  "requir",
  "mandat",
  "ban",
  "prohibit",
  "forbid",
  "bar",
  "lock",
  "bind",
  "order",
  "coerc",
]);

/** Whether an index term is a verb claiming a compulsion. */
export function claimsCompulsion(term: string): boolean {
  return COMPULSION_TERMS.has(term);
}

/**
 * Verbs of asking rather than compelling, said of a party: "urged Member States", "invites
 * Member States", "encourages them to cooperate", "called on…", "asks Member States to…",
 * and a resolution's "should" ("resolved that neither the ITU … should gain…"). Bare "asked"
 * is no such verb ("Spain asked whether…"): only "asks/asked X to".
 */
const ASKING_ACT: readonly RegExp[] = [
  /\b(?:urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\b/i,
  /\bcall(?:s|ed|ing)?\s+(?:on|upon)\b/i,
  /\bask(?:s|ed|ing)?\s+(?:\w+\s+){1,3}?to\s+\w+/i,
  /\bresolved\s+that\b[^.;]*\bshould\b/i,
];

/** Whether a sentence states a weaker form of a compelled act (see the module comment). */
export function statesWeakerAct(text: string): boolean {
  return forceStated(text) === STATES_FORCE || ASKING_ACT.some((p) => p.test(text));
}
