// A follow-up that names only a new subject asks the earlier question of it: "what about
// Russia?" after "Did Brazil and India ever join the Budapest Convention?", "same question for the
// EU countries" after "Did the US sign the new ITRs in Dubai?". Without a model to rewrite it, the
// follow-up is otherwise read with the earlier question in front of it, its own words (the new
// subject, and "question" or "same") required and the earlier question's at half weight: the
// earlier question's act ("sign") then weighs less than the earlier subject's name, and a passage
// on the new subject doing anything else covers it ("same question for the EU" was answered with
// the EU's negotiating line, not with whether EU states signed).
import type { Glossary } from "../search/glossary.ts";
import { CAPITALISED_WORD } from "../search/question-names.ts";
import type { Analyze } from "./terms.ts";

/** Words opening a follow-up that only carry the thread on: "ok and what about…", "right, so…". */
const CARRY_ON = /^(?:(?:ok(?:ay)?|and|so|right|cool|thanks|great|got it|also|but)\b[\s,.!:;-]*)+/i;

/**
 * The follow-up's whole wording, when it names nothing but a new subject: "what about X?", "how
 * about X?", "same question for X", "same for X?", "and X?" (the subject is the group). "Then",
 * "too", "as well" and "though" after it say the same thing again.
 */
const NEW_SUBJECT_ONLY = [
  /^(?:what|how)\s+about\s+(.+?)$/i,
  /^(?:(?:the\s+)?same\s+(?:question|q|thing|one)?\s*(?:for|with|about|re|regarding|but\s+for|on)|ditto\s+for)\s+(.+?)$/i,
  /^(.+?)\s*,?\s+same\s+(?:question|q|thing)$/i,
];
const AND_SUBJECT = /^and\s+(.+?)$/i;
const TRAILING = /(?:\s*,?\s+(?:then|too|as\s+well|though|also|in\s+that\s+case))+$/i;
/** Words that open a question or ask how, not a subject: "and why?", "and when was that?". */
const ASK_WORD =
  /^(?:who|whom|whose|what|when|where|why|how|which|did|does|do|was|were|is|are|has|have|had|can|could|will|would|should|not|no|yes|if|in|on|at|from|since|before|after)\b/i;
/** A subject is a short noun phrase: "the russians", "the EU countries", "Canada and Mexico". */
const MAX_SUBJECT_WORDS = 5;

/**
 * The earlier question's subject: the name after its question word and auxiliary ("What did
 * INDIA push for…", "When did RUSSIA file…", "How did the ARAB STATES prepare…") or after a yes/no
 * question's auxiliary ("Did the US sign…", "Did BRAZIL AND INDIA ever join…"), a possessive
 * included ("What was ETNO's proposal?": "ETNO"). With its "the", which the new subject replaces.
 */
// (A name may end in a number, "Article 5A", "Document 27", which is part of it.)
const NAME = `${CAPITALISED_WORD}(?:\\s+(?:${CAPITALISED_WORD}|\\p{N}[\\p{L}\\p{N}.-]*))*`;
// (Matched on the question with its first letter in lower case, and without the "i" flag, under
// which \p{Lu} would match any letter.)
const SUBJECT_SPAN = new RegExp(
  `^((?:(?:what|when|why|how|where|which\\s+\\p{Ll}+|who)\\s+)?(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should|might)\\s+)((?:the\\s+)?${NAME}(?:\\s*(?:,|and|or)\\s+(?:the\\s+)?${NAME})*)(?=\\s)`,
  "u",
);

/** The new subject a follow-up names and nothing else (`NEW_SUBJECT_ONLY`), if it does. */
function newSubjectOf(followUp: string): string | undefined {
  const said = followUp
    .trim()
    .replace(/[?!.\s]+$/u, "")
    .replace(CARRY_ON, "")
    .trim();
  const found = NEW_SUBJECT_ONLY.map((p) => said.match(p)?.[1]).find((s) => s !== undefined);
  const andOnly = found === undefined ? followUp.trim().match(AND_SUBJECT) : null;
  const subject = (found ?? andOnly?.[1]?.replace(/[?!.\s]+$/u, ""))?.replace(TRAILING, "").trim();
  if (!subject || ASK_WORD.test(subject) || /[?,;:]/.test(subject)) return undefined;
  if (subject.split(/\s+/).length > MAX_SUBJECT_WORDS) return undefined;
  return subject;
}

/**
 * Whether a subject names a party, as a question's subject does: a capitalised name ("Russia",
 * "the EU countries") or a country's or region's name or demonym the glossary knows as typed in
 * lower case ("the russians"). "what about spam?" asks of another topic, not of another party,
 * and is read as before.
 */
function namesParty(subject: string, analyze: Analyze, glossary: Glossary | undefined): boolean {
  // (A word opening with a capital: "5B" is an article's number, no party.)
  if (new RegExp(`(?<![\\p{L}\\p{N}])${CAPITALISED_WORD}`, "u").test(subject)) return true;
  const terms = analyze(subject);
  const holds = (name: readonly string[]) =>
    name.length > 0 && terms.some((_, i) => name.every((t, j) => terms[i + j] === t));
  return partyEntries(glossary).some((e) => [...e.variantTerms, ...e.demonymTerms].some(holds));
}

/** The glossary's countries and regions: the entries with demonyms. */
function partyEntries(glossary: Glossary | undefined): Glossary["entries"] {
  return glossary?.entries.filter((e) => e.demonymTerms.length > 0) ?? [];
}

/**
 * The subject with each word that is on its own a country's or region's name or demonym written
 * as a name ("the russians" → "the Russians", "the eu" → "the EU"), as the earlier question wrote
 * its own subject: a yes/no answer opens with the sentence naming the name asked about, which a
 * word in lower case is not.
 */
function writtenAsName(subject: string, analyze: Analyze, glossary: Glossary | undefined) {
  const parties = partyEntries(glossary);
  return subject.replace(/\p{Ll}[\p{L}'’-]*/gu, (word) => {
    const [term, ...more] = analyze(word);
    if (term === undefined || more.length > 0) return word;
    const entry = parties.find((e) =>
      [...e.variantTerms, ...e.demonymTerms].some((v) => v.length === 1 && v[0] === term),
    );
    if (!entry) return word;
    const acronym = entry.variants.find((v) => v.toLowerCase() === word.toLowerCase());
    return acronym ?? word.charAt(0).toUpperCase() + word.slice(1);
  });
}

/**
 * The earlier question asked of the follow-up's new subject, when the follow-up names nothing
 * else and the earlier question opens on a named subject (`SUBJECT_SPAN`): "Did the russians ever
 * join the Budapest Convention?" for "what about the russians?". Undefined otherwise: the
 * follow-up is then read with the earlier question in front of it, as before.
 */
export function askedOfNewSubject(
  followUp: string,
  earlier: string,
  analyze: Analyze,
  glossary?: Glossary,
): string | undefined {
  const subject = newSubjectOf(followUp);
  if (!subject || !namesParty(subject, analyze, glossary)) return undefined;
  const asked = earlier.trim();
  const span = (asked.charAt(0).toLowerCase() + asked.slice(1)).match(SUBJECT_SPAN);
  if (!span) return undefined;
  const [, opening, name] = span as unknown as [string, string, string];
  // "What was ETNO's proposal?": the new subject takes the possessive ("What was Russia's…").
  const named = name.replace(/['’]s$/u, "");
  const rest = asked.slice(opening.length + named.length);
  // "What did the Commission's draft EU position say…?": the earlier party is named again in
  // what it owns, which the new subject would not replace.
  if (named !== name && ownedNamesParty(rest, analyze, glossary)) return undefined;
  return `${asked.slice(0, opening.length)}${writtenAsName(subject, analyze, glossary)}${rest}`;
}

/** Words ending the thing a possessive owns: "ETNO's proposal ON…", "the EU's line BEFORE…". */
const OWNED_ENDS = new Set([
  "about",
  "on",
  "of",
  "in",
  "at",
  "for",
  "to",
  "before",
  "after",
  "during",
  "with",
  "from",
  "by",
  "over",
  "into",
  "against",
  "regarding",
  "ahead",
]);

/**
 * Whether the thing the earlier subject owns ("'s draft EU position say about…", read up to its
 * first preposition) names a party of its own: "What did the Commission's draft EU position say
 * about cybercrime?" asked of the US would still ask of an EU position ("What did the US's draft
 * EU position say…?", refused). The follow-up is then read with the earlier question in front of
 * it, as any other.
 */
function ownedNamesParty(rest: string, analyze: Analyze, glossary: Glossary | undefined): boolean {
  const words = rest
    .replace(/^['’]s\b/u, "")
    .trim()
    .split(/\s+/);
  const end = words.findIndex((w) => OWNED_ENDS.has(w.toLowerCase().replace(/[?!.,;:]+$/u, "")));
  const owned = words.slice(0, end === -1 ? words.length : end).join(" ");
  return owned !== "" && namesParty(owned.replace(/[?!.,;:]+$/u, ""), analyze, glossary);
}
