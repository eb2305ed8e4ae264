// "security first surfaced in dubai during a qos discussion - what had ETNO wanted on QoS in
// C-109, …?": a question refused whole whose ask follows a stated lead-in (`statedLeadIn`: a
// statement, then a dash or a semicolon) is read again with the lead-in as context, where the ask
// names a thing of its own before it points back at anything. Read whole, the lead-in's words
// ("security", "discussion") were required of the window answering the ask, which is often
// another paragraph (ETNO's C-109 in note 03, the security debate in note 04).
import { POINTING_WORDS, pointingWords } from "../search/pointing-words.ts";
import type { OpeningContext } from "../search/question-focus.ts";
import { isFamiliarTerm } from "./common-words.ts";
import { isNearTopicTerm, isRequired } from "./key-term-roles.ts";
import type { Relevance } from "./relevance.ts";
import { statedLeadIn } from "./stated-lead.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** A stated lead-in whose ask names its own topic, and the terms of the ask's names. */
export interface LeadInContext {
  opening: OpeningContext;
  /** The index terms of the names the ask gives before it points back (never empty). */
  askNames: string[];
  /**
   * Every name of the ask, wherever it stands, and every word of it that is no word of common
   * English ("etno", "qos", "portugal" typed in lower case): what its window must meet.
   */
  ownTerms: string[];
}

/**
 * A word pointing back at something said before it: every pronoun and demonstrative
 * (pointing-words.ts: "backed HIM on IT", "what was ITS line", "THAT work").
 */
const POINTS_BACK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${pointingWords(POINTING_WORDS)}(?![\p{L}\p{N}'’])`,
  "iu",
);

/**
 * A name as the question is read for coverage (its words in the corpus's own case): a word with a
 * capital after the ask's first word ("ETNO", "Mueller", "CEPT"), or one holding a digit ("C-109",
 * "1.1(a)", "397-0").
 */
const NAME_WORD =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}.'’()-]*|[\p{L}.()-]*\p{N}[\p{L}\p{N}.()-]*)/gu;

/**
 * The stated lead-in of a question and the names its ask gives of its own, or undefined where
 * there is no stated lead-in, or the ask points back (`POINTS_BACK`) before it names anything
 * ("what was ITS bottom line", "which countries backed HIM on it", "how far apart did THEY
 * land"), or names nothing but the corpus's topic ("which day was the vote", "did the 2012
 * package do anything"): then the lead-in holds what is asked about, and its words stay required.
 * A name counts where it is a required term of the ask no nearer the corpus's topic than
 * "treaty" (`isNearTopicTerm`: "Dubai", "ITRs" and "2012" name the subject every note treats).
 */
export function leadInContext(
  question: string,
  askTerms: (ask: string) => KeyTerm[],
  analyzeText: Analyze,
): LeadInContext | undefined {
  const opening = statedLeadIn(question);
  if (!opening) return undefined;
  const { ask } = opening;
  const firstWord = /^\S+/.exec(ask)?.[0].length ?? 0;
  const back = POINTS_BACK.exec(ask);
  const before = ask.slice(firstWord, back ? back.index : ask.length);
  const named = new Set((before.match(NAME_WORD) ?? []).flatMap((w) => analyzeText(w)));
  const written = new Set((ask.slice(firstWord).match(NAME_WORD) ?? []).flatMap(analyzeText));
  const own = askTerms(ask).filter((k) => isRequired(k) && !isNearTopicTerm(k));
  const askNames = own.filter((k) => named.has(k.term)).map((k) => k.term);
  const ownTerms = own
    .filter((k) => written.has(k.term) || !isFamiliarTerm(k.term, analyzeText))
    .map((k) => k.term);
  return askNames.length > 0 ? { opening, askNames, ownTerms } : undefined;
}

/**
 * Whether a reading after the lead-in leaves one of the ask's own terms (`ownTerms`: its names,
 * and its words of no common English) unmet in its window: the lead-in read as context lowers
 * what the window must hold, so these must all be there ("so how did Egypt vote on Iran's
 * right-of-access sentence?" is not answered by Iran's vote).
 */
export function askTermUnmet(terms: readonly string[], assessed: Relevance): boolean {
  const unmet = new Set([...assessed.missingTerms, ...(assessed.unmetTerms ?? [])]);
  return terms.some((t) => unmet.has(t));
}
