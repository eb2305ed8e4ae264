// A question opening with a context clause ("following Russia's push to define spam, which
// assembly…": `openingContext`), refused with every word required, is read again with the
// clause's terms as context: the clause's required terms must be met in the first passages.
import { askedWithReferents, type OpeningContext, openingContext } from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import type { QuestionTerms } from "./question-terms.ts";
import { allowedMissing } from "./relevance.ts";
import { type Analyze, isRequired, type KeyTerm, withOfficeHolders } from "./terms.ts";

/** How many of the first passages an opening context clause's terms must be met in (`openingContextUnmet`). */
const OPENING_CONTEXT_PASSAGES = 5;

/** How the engine reads the clause and the passages. */
export interface OpeningContextTools
  extends Pick<QuestionTerms, "keyTermsOfText" | "keyTermsOfOpening"> {
  /** The question's own analyzer. */
  analyzeText: Analyze;
  /** Passages' analyzer (acronyms as written). */
  readText: Analyze;
}

/**
 * The key terms of a question read after its opening context clause (its ask's own, the clause's
 * as context), with office holders named as the passages name them; undefined where the question
 * opens with no such clause or the first passages do not meet the clause (`openingContextUnmet`).
 */
export function termsAfterOpeningContext(
  question: string,
  passages: readonly ScoredPassage[],
  texts: readonly string[],
  tools: OpeningContextTools,
): KeyTerm[] | undefined {
  const opening = openingContext(askedWithReferents(question));
  return opening && openingContextUnmet(opening, passages, tools).length === 0
    ? withOfficeHolders(question, tools.keyTermsOfOpening(opening), texts, tools.analyzeText)
    : undefined;
}

/**
 * The required terms of a question's opening context clause (`openingContext`: "following
 * Russia's push to define spam, …") that none of the first passages read for coverage meets,
 * in its title, headings or text: context the asker takes from the sources must be in them,
 * though not in the window answering the ask.
 */
function openingContextUnmet(
  opening: OpeningContext,
  passages: readonly ScoredPassage[],
  tools: OpeningContextTools,
): string[] {
  const { readText, analyzeText, keyTermsOfText } = tools;
  const seen = new Set<string>();
  for (const { document, passage } of passages.slice(0, OPENING_CONTEXT_PASSAGES)) {
    const whole = `${document.title}\n${passage.sectionPath.join("\n")}\n${passage.text}`;
    for (const t of readText(whole)) seen.add(t);
  }
  const met = (k: KeyTerm) =>
    seen.has(k.term) ||
    k.alternatives.some((alt) => alt.length > 0 && alt.every((t) => seen.has(t)));
  const required = keyTermsOfText(opening.context).filter(isRequired);
  const unmet = required.filter((k) => !met(k)).map((k) => k.term);
  // The asker's own word for what the sources say otherwise ("Russia's PUSH to define spam",
  // where Russia "asked" for it) may go unmet, as few as a window may lack (`allowedMissing`);
  // a name or number never ("Tunisia", "2018"): context the sources lack.
  const named = new Set(
    (
      opening.context.match(/(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’-]*|\p{N}[\p{N}.,-]*)/gu) ?? []
    ).flatMap((w) => analyzeText(w)),
  );
  return unmet.length > allowedMissing(required.length) || unmet.some((t) => named.has(t))
    ? unmet
    : [];
}
