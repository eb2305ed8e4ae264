// Whether what a question asks is the gap the corpus owns up to: a predicate the best window lacks
// ("ratified") that the corpus names only in a sentence saying it did not verify how many did so,
// where the question asks that count or yes/no (`askedAsUnverified`, `countAsked`).
import { splitAsks } from "../search/question-asks.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * Whether a predicate of the question the best window lacks (a verb, an adverb: "ratified",
 * "later") is one the corpus names where it says it did not verify how many did so, and the
 * question asks that count or yes/no (`countAsked`): "How many countries signed in Dubai, and how
 * many have ratified the 2012 ITRs since?" answered by the signatures' share of the world
 * population, beside "This corpus did not verify how many states have since signed, ratified or
 * provisionally applied the 2012 ITRs"; "has the UAE ratified the 2012 treaty yet?" likewise. The
 * place answers another fact, and the one asked is the gap the corpus owns up to. Only the words
 * after "how many" in such a sentence count (not "confirm" of "has not confirmed"); not for "do
 * we know…?", which that sentence answers; a common word or a follow-up's earlier word does not
 * count. (Any word of such a sentence, nouns included, refused 21 in-scope questions: "final",
 * "apply", "wrote" stand in the notes' other caveats.)
 */
export function askedAsUnverified(
  unmet: readonly KeyTerm[],
  unverified: readonly ReadonlySet<string>[],
  asked: ReadonlySet<string>,
): boolean {
  return unmet.some(
    (k) =>
      k.predicate === true &&
      k.generic !== true &&
      k.fromContext !== true &&
      containsTerm(asked, k) &&
      unverified.some((terms) => containsTerm(terms, k)),
  );
}

/** "how many": what a disclaimer leaves unverified after it, and what an ask counts after it. */
export const HOW_MANY = /\bhow\s+many\b/i;

/**
 * The words a question asks a count or a yes/no of: a yes/no question's all, and in an ask after
 * the first counting ("…, and how many have ratified the 2012 ITRs since?") those after "how
 * many". (A first ask counting is left to the other checks: taking it too moved held-out answers
 * this rule was not measured on.)
 */
export function countAsked(question: string, yesNo: boolean, analyzeText: Analyze): Set<string> {
  if (yesNo) return new Set(analyzeText(question));
  return new Set(
    splitAsks(question)
      .slice(1)
      .flatMap((ask) => {
        const at = HOW_MANY.exec(ask)?.index;
        return at === undefined ? [] : analyzeText(ask.slice(at));
      }),
  );
}
