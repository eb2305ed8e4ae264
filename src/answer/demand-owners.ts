// Whose thing a question asks about: the party and topic of a stance question, a named possessor's
// thing ("EFF's petition"), the owner of an asked thing ("What reason did New Zealand give…"), the
// party whose proposal was backed, and a party set apart ("apart from CEPT"). Read by
// `readQuestionDemands` (`coverage-demands.ts`).

import { isTopicTerm } from "./key-term-roles.ts";
import { stanceAsked } from "./stance-asked.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/**
 * "What was India's position on the spam article?": whose stance is asked (its required terms,
 * and its last capitalised word as written) and the topic's required terms (`stanceStated`).
 */
export interface StanceDemand {
  party: KeyTerm[];
  partyWord?: string;
  topic: KeyTerm[];
}

/** A capitalised word: a name, or a word of one ("Arab", "CDT", "Kramer"). */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}.-]*/gu;

/**
 * The party and topic of a stance question (`stanceAsked`), as the question's required terms: the
 * party's names where it has any, else its words (not the corpus's topic words), and the topic's
 * (not the party's, the corpus's topic, or an everyday word).
 */
export function stanceDemand(
  question: string,
  required: readonly KeyTerm[],
  analyzeText: Analyze,
): StanceDemand | undefined {
  const asked = stanceAsked(question);
  if (asked === undefined) return undefined;
  const partyTerms = new Set(asked.party !== undefined ? analyzeText(asked.party) : []);
  // (Its names, where it has any: "the Arab group" is stated by "the Arab administrations".)
  const nameTerms = new Set(analyzeText((asked.party?.match(NAME_WORD) ?? []).join(" ")));
  const partyOf = (names: ReadonlySet<string>) =>
    required.filter((k) => names.has(k.term) && !isTopicTerm(k));
  const named = partyOf(nameTerms);
  const party = named.length > 0 ? named : partyOf(partyTerms);
  const topicTerms = new Set(asked.topic !== undefined ? analyzeText(asked.topic) : []);
  const topic = required.filter(
    (k) => topicTerms.has(k.term) && !partyTerms.has(k.term) && !isTopicTerm(k) && !k.everyday,
  );
  const partyWord = asked.party?.match(NAME_WORD)?.at(-1);
  return { party, ...(partyWord !== undefined ? { partyWord } : {}), topic };
}

/** A capitalised name's possessive and the word it owns: "EFF's petition", "RSF's count". */
export const NAMED_POSSESSOR = /(?<![\p{L}-])(\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s+([\p{L}-]+)/gu;

/**
 * "Which delegations seconded the UK's suggestion…", "who co-sponsored Russia's Document 27",
 * "which countries backed India's spam article": a who/which question asking for those who backed
 * a named party's proposal; group 1 is the owner as written.
 */
export const BACKERS_ASKED =
  /^\s*(?:which|who|what)\b[^?]*?\b(?:second(?:ed|s)?|back(?:ed|s)?|support(?:ed|s)?|(?:co-?)?sponsor(?:ed|s)?|endors(?:e|ed|es)|join(?:ed|s)?|sided\s+with|signed\s+on\s+to)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}.&-]*)['’]s?\s/iu;

/** A party a question sets apart from those it asks for: "apart from CEPT", "besides India". */
export const SET_APART =
  /\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?)\s+([^?,;:]+)/i;

/**
 * "What REASON did New Zealand give…", "Which RESERVATIONS did Poland attach…": the name whose
 * asked thing (a noun of the question, not a kind of name) the question wants, if it names one.
 */
const ASKED_THING_OWNER =
  /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:did|does|do|has|have|had)\s+((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)/u;

/**
 * "What REASONS did the Canadian delegation give…": a reason asked of a name after "the", as the
 * doer of a why question is read ("Why did the Saudis…"). (Not any asked thing: "What word did
 * the UK suggest…" is answered by "the United Kingdom suggested…", a name the owner check reads
 * only as written.)
 */
const ASKED_REASON_OWNER =
  /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:reasons?|grounds|justifications?|explanations?|rationale)\s+(?:did|does|do|has|have|had)\s+the\s+((?:\p{Lu}[\p{L}\p{M}-]*)(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)/u;

/**
 * "What MONTH did Touré own up…", "Which year did the Council…": a noun of time after the question
 * word asks when, not for a thing the name that follows owns.
 */
const TIME_ASKED = /^\s*(?:what|which)\s+(?:exact\s+)?(?:month|year|day|date|week|time)\b/i;

export function askedThingOwner(
  question: string,
  keyTerms: readonly KeyTerm[],
): string | undefined {
  if (!keyTerms.some((k) => k.asked && k.kind === undefined)) return undefined;
  if (TIME_ASKED.test(question)) return undefined;
  return ASKED_THING_OWNER.exec(question)?.[1] ?? ASKED_REASON_OWNER.exec(question)?.[1];
}
