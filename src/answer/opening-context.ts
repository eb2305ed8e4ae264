// A question opening with a context clause ("following Russia's push to define spam, which
// assembly…": `openingContext`), refused with every word required, is read again with the
// clause's terms as context: the clause's required terms must be held by the first passages.
import { askedWithReferents } from "../search/question.ts";
import { type OpeningContext, openingContext } from "../search/question-focus.ts";
import { isRequired } from "./key-term-roles.ts";
import { withOfficeHolders } from "./office-holder-terms.ts";
import type { QuestionTerms } from "./question-terms.ts";
import { allowedMissing } from "./relevance-rule.ts";
import type { Analyze, KeyTerm } from "./terms.ts";

/** How the engine reads the clause. */
export interface OpeningContextTools
  extends Pick<QuestionTerms, "keyTermsOfText" | "keyTermsOfOpening"> {
  /** The question's own analyzer. */
  analyzeText: Analyze;
}

/**
 * The key terms of a question read after its opening context clause (its ask's own, the clause's
 * as context), with office holders named as the passages name them; undefined where the question
 * opens with no such clause or the first passages do not meet the clause (`openingContextUnmet`).
 */
export function termsAfterOpeningContext(
  question: string,
  held: ReadonlySet<string>,
  texts: readonly string[],
  tools: OpeningContextTools,
): KeyTerm[] | undefined {
  return termsAfterContext(
    question,
    openingContext(askedWithReferents(question)),
    held,
    texts,
    tools,
  );
}

/**
 * The key terms of a question read after a context clause it opens with (`opening`), where the
 * first passages meet the clause (`openingContextUnmet`); undefined otherwise.
 */
export function termsAfterContext(
  question: string,
  opening: OpeningContext | undefined,
  held: ReadonlySet<string>,
  texts: readonly string[],
  tools: OpeningContextTools,
): KeyTerm[] | undefined {
  return opening && openingContextUnmet(opening, held, tools).length === 0
    ? withOfficeHolders(question, tools.keyTermsOfOpening(opening), texts, tools.analyzeText)
    : undefined;
}

/**
 * The required terms of a question's opening context clause (`openingContext`: "following
 * Russia's push to define spam, …") that the first passages read for coverage do not hold in
 * their titles, headings or text (`held`: `Relevance.heldTerms`, the coverage decision's own
 * reading of them): context the asker takes from the sources must be in them, though not in the
 * window answering the ask.
 */
function openingContextUnmet(
  opening: OpeningContext,
  held: ReadonlySet<string>,
  tools: OpeningContextTools,
): string[] {
  const { analyzeText, keyTermsOfText } = tools;
  const met = (k: KeyTerm) =>
    held.has(k.term) ||
    k.alternatives.some((alt) => alt.length > 0 && alt.every((t) => held.has(t)));
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
