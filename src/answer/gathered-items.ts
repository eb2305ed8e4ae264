// A who or list question whose items the notes tell in several places ("who in our notes calls
// the itu's text vague", "which delegations pushed rights wording into the treaty") is refused
// where its best window holds one item or none: each item is told in its own note, and one
// window's share of the question's words (`thresholds`), its answer's type (`answerTypeGiven`) or
// a term met only once (`loneTermMeets`) fails. Read item by item (`byGathered`,
// coverage-otherwise.ts), the question is covered by the sentences of its passages that each meet
// every word the question requires on its own, one a passage, from two notes or more: coverage is
// judged on the items gathered, not on one window.
//
// Trust: every required word, the kind and its qualifier alike, and the act a who question asks,
// must be met by each item's own sentence; only the asker's own common words that no passage
// found for the question says are left out, never a name. A sentence meeting only the kind ("African" in a paragraph on the RUC text) or only
// the qualifier ("would not sign" of European states) is a near miss's part, never an item; a
// question refused by any other check (a name the notes lack, an act not reported, a detail they
// do not give) is never read here.
import { WORD, writesAsName } from "../search/corpus-vocabulary.ts";
import type { ScoredPassage, WordCase } from "../types.ts";
import { isRequired } from "./key-term-roles.ts";
import { itemStated, type StatedItem } from "./named-items.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/**
 * The checks of one window that items told in several places fail: a window holding one item
 * lacks the others' words (`thresholds`), may not name an item of the asked kind
 * (`answerTypeGiven`) or meets a required word once (`loneTermMeets`). Any other check reads
 * what the notes do not say, and refuses whatever is gathered.
 */
const ONE_WINDOW_CHECKS: ReadonlySet<string> = new Set([
  "thresholds",
  "answerTypeGiven",
  "loneTermMeets",
]);

/** Fewest notes the items come from: told in one note, one window reads them. */
const MIN_NOTES = 2;

/** Whether a refusal is one that items told in several places explain. */
export function refusedOnOneWindow(failedChecks: readonly string[] | undefined): boolean {
  return (
    failedChecks !== undefined &&
    failedChecks.length > 0 &&
    failedChecks.every((check) => ONE_WINDOW_CHECKS.has(check))
  );
}

/**
 * The words each item's sentence must meet: every word the question requires, and the act a who
 * question asks ("chaired", "vague"), less the asker's own common words that no passage found for
 * it says ("track record", "behind closed doors"; `framing`). A name is never left out.
 */
export function restrictingTerms(
  keyTerms: readonly KeyTerm[],
  passages: readonly ScoredPassage[],
  readText: Analyze,
  framingWord: (term: string) => boolean,
): KeyTerm[] {
  const said = passages.map(({ passage }) => new Set(readText(passage.text)));
  const unsaid = (k: KeyTerm) => !said.some((words) => containsTerm(words, k));
  return keyTerms.filter((k) => asked(k) && !(unsaid(k) && framingWord(k.term)));
}

/** A word the question requires, or the act or quality it asks of its items. */
const asked = (k: KeyTerm): boolean =>
  isRequired(k) || (k.predicate === true && !k.generic && !k.unknown && !k.fromContext);

/**
 * Whether a question's term is not a name in the corpus (`writesAsName`: nearly always
 * capitalised inside its sentences), read from the question's own word for it. A name ("French",
 * "Kigali") may be the very thing asked; a word the corpus lacks as a name is left to the
 * absent-terms check, which reads the question before this.
 */
export function framingWordOf(
  question: string,
  analyzeText: Analyze,
  wordCase: ((word: string) => WordCase) | undefined,
): (term: string) => boolean {
  const words = question.match(WORD) ?? [];
  return (term) =>
    wordCase !== undefined &&
    words.some((w) => analyzeText(w).includes(term) && !writesAsName(wordCase(w)));
}

/**
 * The items gathered from `passages` (best first): in each passage, the sentence meeting every
 * restricting word (`itemStated`), one a passage; undefined unless they come from two notes or
 * more. (One word may be the whole restriction: "vague" in "who calls the itu's track record
 * 'vague'", once the asker's "track record" is left out.)
 */
export function gatheredItems(
  keyTerms: readonly KeyTerm[],
  passages: readonly ScoredPassage[],
  readText: Analyze,
  framingWord: (term: string) => boolean,
): StatedItem[] | undefined {
  const restricting = restrictingTerms(keyTerms, passages, readText, framingWord);
  if (restricting.length === 0) return undefined;
  const items: StatedItem[] = [];
  for (const scored of passages) {
    const one = itemStated(scored.passage.id, restricting, [scored], readText);
    if (one !== undefined) items.push(one);
  }
  const notes = new Set(items.map(({ scored }) => scored.document.id));
  return notes.size >= MIN_NOTES ? items : undefined;
}
