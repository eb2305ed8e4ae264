// How the engine reads a question's key terms: its asking sentence's, a text's as it stands, an ask
// read after its opening context clause, and a follow-up's own with its earlier question's as
// context. Every reader weighs terms by the corpus (`termWeight`) and meets the glossary's long
// forms, as the engine's dependencies give them.
import type { Glossary } from "../search/glossary.ts";
import { askedWithReferents } from "../search/question.ts";
import { type OpeningContext, openingContext } from "../search/question-focus.ts";
import {
  glossaryAlternatives,
  glossaryLongFormNames,
  glossaryNamesOfKind,
  glossaryShortenedNames,
} from "./glossary-terms.ts";
import { isRequired } from "./key-term-roles.ts";
import { type Analyze, type KeyTerm, keyTermsOf, type TermWeight } from "./terms.ts";

/** A follow-up's earlier question counts this much beside the follow-up's own words. */
const CONTEXT_TERM_WEIGHT = 0.5;

export interface QuestionTermsDeps {
  /** The question's own analyzer. */
  analyze: Analyze;
  /** Corpus IDF of an index term (uniform without it). */
  termWeight?: TermWeight;
  /** Acronyms and long forms counted as the same term. */
  glossary?: Glossary;
}

export interface QuestionTerms {
  /** A question's key terms: its asking sentence's (`askedWithReferents`). */
  keyTermsFor(query: string): KeyTerm[];
  /** A text's key terms as it stands. */
  keyTermsOfText(focus: string): KeyTerm[];
  /** A question's key terms read after its opening context clause; undefined without one. */
  keyTermsAfterContext(query: string): KeyTerm[] | undefined;
  /** An ask's key terms read after its opening clause, the clause's as context. */
  keyTermsOfOpening(opening: OpeningContext): KeyTerm[];
  /** A follow-up's own key terms, then the earlier question's as context at half weight. */
  keyTermsWithContext(own: KeyTerm[], context?: string): KeyTerm[];
}

export function questionTermReaders(deps: QuestionTermsDeps): QuestionTerms {
  /**
   * The key terms of a question: what its asking sentence says, without the instructions around it
   * ("give me three talking points on…") and the context sentences before it.
   */
  function keyTermsFor(query: string): KeyTerm[] {
    return keyTermsOfText(askedWithReferents(query));
  }

  /**
   * "following Russia's push to define spam, which assembly…": the key terms of a question whose
   * asking sentence opens with a context clause (`openingContext`), its ask's own and the
   * clause's weighed as a thread's earlier question is, not required where the ask is answered.
   * Undefined for a question with no such clause.
   */
  function keyTermsAfterContext(query: string): KeyTerm[] | undefined {
    const opening = openingContext(askedWithReferents(query));
    return opening && keyTermsOfOpening(opening);
  }

  /** The key terms of an ask read after its opening clause, the clause's as context. */
  function keyTermsOfOpening(opening: OpeningContext): KeyTerm[] {
    return keyTermsWithContext(keyTermsOfText(opening.ask), opening.context);
  }

  /** The key terms of a text as it stands (`keyTermsFor` reads a question's asking sentence). */
  function keyTermsOfText(focus: string): KeyTerm[] {
    return textKeyTerms(focus, deps);
  }

  /** A follow-up's own key terms (`own`), then the earlier question's as context at half weight. */
  function keyTermsWithContext(own: KeyTerm[], context?: string): KeyTerm[] {
    if (!context) return own;
    return ownThenEarlier(own, keyTermsFor(context));
  }

  return {
    keyTermsFor,
    keyTermsOfText,
    keyTermsAfterContext,
    keyTermsOfOpening,
    keyTermsWithContext,
  };
}

/**
 * The key terms of a text as it stands, weighed by the corpus, with the glossary's expansions,
 * names of a kind, shortened and long forms where there is a glossary.
 */
function textKeyTerms(focus: string, deps: QuestionTermsDeps): KeyTerm[] {
  const analyzeText = deps.analyze;
  const glossary = deps.glossary;
  return keyTermsOf(focus, {
    analyze: analyzeText,
    termWeight: deps.termWeight,
    expansions: glossary ? glossaryAlternatives(analyzeText(focus), glossary, focus) : undefined,
    namesOfKind: glossary ? glossaryNamesOfKind(glossary) : undefined,
    shortenedNames: glossary ? glossaryShortenedNames(glossary) : undefined,
    longFormNames: glossary ? glossaryLongFormNames(glossary) : undefined,
  });
}

/**
 * A follow-up's own key terms, then those of the earlier question's (`context`) it does not
 * have: as context at half weight, or as they are where the follow-up names nothing required.
 */
function ownThenEarlier(own: KeyTerm[], context: KeyTerm[]): KeyTerm[] {
  const seen = new Set(own.map((k) => k.term));
  const earlier = context.filter((k) => !seen.has(k.term));
  // "Who wrote it?": a follow-up naming nothing of its own is about the earlier question's topic.
  if (!own.some(isRequired)) return [...own, ...earlier];
  const fromContext = earlier.map((k) => ({
    ...k,
    weight: k.weight * CONTEXT_TERM_WEIGHT,
    fromContext: true,
  }));
  return [...own, ...fromContext];
}
