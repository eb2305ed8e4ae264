// How a follow-up read in its thread (the earlier question in front of it as context) is read: its
// own terms, the passages the coverage decision reads, what the place covering it must meet of its
// own, and whether it is asked on its own when its thread does not cover it. Two readings of one
// shape (`FollowUpReading`): the plain one, and one for a follow-up naming its thread's topic by a
// stand-in ("that whole saga", "the fight": followup23).
import { askedInFollowUp, questionContent } from "../search/question.ts";
import { MONTHS } from "../text.ts";
import type { ScoredPassage } from "../types.ts";
import type { Search } from "./coverage-otherwise.ts";
import { topicStandIns, withoutStandIns } from "./follow-up-topic.ts";
import { isNearTopicTerm, isRequired, NEAR_TOPIC_TERM_WEIGHT } from "./key-term-roles.ts";
import { ANSWER_PASSAGES } from "./limits.ts";
import { type Analyze, containsTerm, type KeyTerm } from "./terms.ts";

/** How many passages a follow-up's own words add to its thread's (`withOwnSearch`). */
const OWN_SEARCH_PASSAGES = 2;
/** The thread's passages read before a follow-up's own (`withOwnSearch`). */
const THREAD_LEAD_PASSAGES = 3;

export interface FollowUpReading {
  /** The follow-up's own key terms (the earlier question's are added as context). */
  ownTerms: KeyTerm[];
  /** The passages coverage reads, from the thread's. */
  passages(thread: ScoredPassage[]): Promise<ScoredPassage[]>;
  /** Whether the place covering it (the terms its window lacks) meets nothing of its own. */
  ownUnmet(covering: { unmetTerms: readonly string[] }): boolean;
  /** Whether, where its thread does not cover it, it is asked on its own. */
  asksAlone: boolean;
  /** Whether it asks where, naming nothing of its own ("where'd he say that?": `asksWhereOnly`). */
  asksWhere: boolean;
}

export interface FollowUpTools {
  analyzeText: Analyze;
  /** A question's key terms (its asking sentence's). */
  keyTermsFor(question: string): KeyTerm[];
  /** A text's key terms as it stands. */
  keyTermsOfText(text: string): KeyTerm[];
  search: Search;
}

/**
 * The reading of a follow-up. One naming its thread's topic by a stand-in (`topicStandIns`) is read
 * by all its words, a list's items included ("…after that? list the venues"), and the stand-in is
 * none of its own, where it has a noun of its own that says what it asks (not one as common as the
 * corpus's topic, "the final treaty"). Without one, it is read as any follow-up: read as the
 * thread's topic, "so how did that whole saga end - did any of it survive into the final treaty?"
 * was answered from the earlier question's place, which says neither.
 */
export function readFollowUp(question: string, tools: FollowUpTools): FollowUpReading {
  const { analyzeText } = tools;
  const standInTerms = new Set(topicStandIns(question).flatMap((w) => analyzeText(w)));
  const readWhole =
    standInTerms.size > 0
      ? tools
          .keyTermsOfText(questionContent(question).content)
          .filter((k) => !standInTerms.has(k.term))
      : [];
  const ownNamed = readWhole.filter((k) => isRequired(k) && !isNearTopicTerm(k));
  return ownNamed.length > 0
    ? standInReading(question, readWhole, ownNamed, tools)
    : plainReading(question, asksWhereOnly(question), tools);
}

/**
 * A follow-up read as its thread's continuation. The place covering it must meet a noun or name
 * of its own (`ownNounsUnmet`); where its thread does not cover it and it names something of its
 * own, it is asked on its own: "and how did he later lay out the structure of the 2012 treaty?"
 * after a question on the African group's reasons brought the earlier topic's passages and none on
 * the treaty's structure. Tuning half (1,505 q): one follow-up refused -> 1.00, no other answer
 * changed.
 */
function plainReading(
  question: string,
  asksWhere: boolean,
  { keyTermsOfText }: FollowUpTools,
): FollowUpReading {
  // (Its last sentence, typed without "?" after one that has it, is its own words too:
  // `askedInFollowUp`.)
  const ownTerms = keyTermsOfText(askedInFollowUp(question));
  return {
    ownTerms,
    asksWhere: asksWhere && !ownTerms.some((k) => isRequired(k) && !k.predicate),
    passages: async (thread) => thread,
    ownUnmet: (covering) => ownNounsUnmet(ownTerms, covering),
    asksAlone: ownTerms.some(isRequired),
  };
}

/**
 * A follow-up naming its thread's topic by a stand-in is searched by its own words as well: its
 * thread's words bring back the earlier answer's place ("where did the fight move to after that?"
 * after a question on the signatures). Only passages holding a noun of its own join the thread's
 * (`withOwnSearch`), and the place covering it must name one. It is not asked alone afterwards:
 * its own words were searched already.
 */
function standInReading(
  question: string,
  ownTerms: KeyTerm[],
  ownNamed: readonly KeyTerm[],
  { analyzeText, search }: FollowUpTools,
): FollowUpReading {
  const holdsOwnNamed = ({ passage }: ScoredPassage) => {
    const said = new Set(analyzeText(passage.text));
    return ownNamed.some((k) => containsTerm(said, k));
  };
  return {
    ownTerms,
    passages: async (thread) =>
      withOwnSearch(
        thread,
        (await search(withoutStandIns(questionContent(question).content))).filter(holdsOwnNamed),
      ),
    ownUnmet: (covering) => ownNamed.every((k) => covering.unmetTerms.includes(k.term)),
    asksAlone: false,
    asksWhere: false,
  };
}

/**
 * Whether a follow-up read in its thread names things of its own, nouns or names (not the thing
 * it asks for, "what was his BACKGROUND…"), and the place covering it meets none of them: that
 * place answers the earlier question, not this one. "what was his background before that JOB?"
 * after "Who led the US delegation?" was answered from "President Obama chose Ambassador Terry
 * Kramer to head the US delegation", on the earlier question's words alone. (Not its verbs or
 * adjectives: a follow-up words what happened its own way, "who pushed back on it?" for "The
 * United States replied by asking…", and requiring them refused two answers.)
 */
function ownNounsUnmet(
  ownTerms: readonly KeyTerm[],
  covering: { unmetTerms: readonly string[] },
): boolean {
  const own = ownTerms.filter((k) => !k.generic && !k.predicate && !k.asked);
  return own.length > 0 && own.every((k) => covering.unmetTerms.includes(k.term));
}

/**
 * The thread's best passages, then the best of those a follow-up's own words found
 * (`OWN_SEARCH_PASSAGES`), then the rest of the thread's: both are among the passages coverage
 * reads. Each added passage takes the score of the thread's passage before it.
 */
function withOwnSearch(thread: ScoredPassage[], own: ScoredPassage[]): ScoredPassage[] {
  const seen = new Set(thread.map(({ passage }) => passage.id));
  const head = thread.slice(0, THREAD_LEAD_PASSAGES);
  const at = head.at(-1)?.score ?? 0;
  const added = own
    .filter(({ passage }) => !seen.has(passage.id))
    .slice(0, OWN_SEARCH_PASSAGES)
    .map((p) => ({ ...p, score: at }));
  return [...head, ...added, ...thread.slice(THREAD_LEAD_PASSAGES)].slice(0, ANSWER_PASSAGES);
}

/** "where'd he say that?", "and where was it?": a follow-up opening on "where" (after "and", "so"). */
const ASKS_WHERE = /^\W*(?:(?:and|so|ok|okay|but)\b[\s,]*)*where\b(?!\s+(?:else|next)\b)/i;

/**
 * Whether a follow-up asks where, and only that. Read in its thread, such a follow-up has no term
 * a place must meet but its thread's, and the earlier answer's place met them all: "where'd he say
 * that?" after a question on who at the FCC argued against security text was answered `full`
 * from the sentence giving only the month he said it in.
 */
function asksWhereOnly(question: string): boolean {
  return (
    ASKS_WHERE.test(question.trim()) && !/,|\band\b\s+(?:when|who|why|how|what)\b/i.test(question)
  );
}

/**
 * The check a follow-up fails where the place of its thread covering it does not meet what it asks
 * of its own: none of its own nouns (`ownUnmet`; tuning half, 1,505 q: one near-miss follow-up
 * refused, no in-scope answer changed), or, asking where and naming no place of its own, no place
 * (`namesPlace`). Undefined where it passes.
 */
export function followUpUnmet(
  followUp: FollowUpReading,
  covering: { unmetTerms: readonly string[]; window?: string },
): "followUpOwnNouns" | "followUpPlace" | undefined {
  if (followUp.ownUnmet(covering)) return "followUpOwnNouns";
  if (followUp.asksWhere && !namesPlace(covering.window ?? "")) return "followUpPlace";
  return undefined;
}

/** Months, which follow "in" as places do ("in November 2012"). */
const MONTH = new RegExp(`^(?:${MONTHS})\\b`);
/** "in Dubai", "at the American Enterprise Institute", "to Busan": a place named after its preposition. */
const PLACE_NAMED = /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’.-]*)/gu;

/** Whether a text names a place: a capitalised name after "in", "at", "to" or "from", not a month. */
export function namesPlace(text: string): boolean {
  return [...text.matchAll(PLACE_NAMED)].some((m) => !MONTH.test(m[1] ?? ""));
}

/** "it", "them", "their": a pointer at what the thread spoke of. */
const POINTER = /\b(?:it|its|them|they|their)\b/i;
/**
 * "that", "this", "those" or "these" standing alone: "after brokering THAT,", "set THAT against",
 * "did THAT sail thru" (not "the ones that did sign", "that resolution").
 */
const STANDING_POINTER =
  /\b(?:(?:did|does|do|was|is|were|are)\s+(?:that|this|those|these)\b|(?:that|this|those|these)\s*(?:[?.,!;:-]|$|\b(?:in|on|at|to|for|with|by|from|out|up|off|over|against|about|after|before)\b))/i;

/**
 * Whether a follow-up points back at its thread's subject: by a pronoun ("how did it become
 * public?") or a stand-in ("when did the thing actually run?": follow-up-topic.ts). Asked alone,
 * it would ask of nothing.
 */
function pointsBack(question: string): boolean {
  return (
    POINTER.test(question) || STANDING_POINTER.test(question) || topicStandIns(question).length > 0
  );
}

/**
 * The ask of a follow-up that its thread's place does not answer, to be asked on its own: its own
 * terms that the thread (the earlier question and its answer) never wrote, less common English and
 * words as common as the corpus's topic ("Dubai", "ITU"), where the place covering it in its thread
 * meets none of them: "and who does the 2012 text cover, by comparison" after a question on who
 * carried traffic in 1988 was answered from the 1988 paragraph. Not a follow-up pointing back at
 * its thread's subject (`pointsBack`), whose own words are no question alone: "so after brokering
 * that, did the brits actually sign?" after a question on "robustness" is still answered from its
 * thread (read with the thread's subject put in for "that" is untried). Undefined where the
 * thread's place meets some of the ask, or there is none.
 */
export function askUnmetInThread(
  followUp: FollowUpReading,
  question: string,
  thread: string,
  analyzeText: Analyze,
  covering: { unmetTerms: readonly string[] },
): KeyTerm[] | undefined {
  if (pointsBack(question)) return undefined;
  const said = new Set(analyzeText(thread));
  const ask = followUp.ownTerms.filter(
    (k) =>
      !k.generic &&
      !k.everyday &&
      !k.fromContext &&
      k.weight >= NEAR_TOPIC_TERM_WEIGHT &&
      !containsTerm(said, k),
  );
  return ask.length > 0 && ask.every((k) => covering.unmetTerms.includes(k.term)) ? ask : undefined;
}
