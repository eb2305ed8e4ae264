// The engine's coverage decision (engine.ts), in its steps: the question read as a whole and
// assessed (`readWhole`: read again after its opening context clause or its stated lead-in where
// that reading is the one taken), its whole-question checks (`checkWholeAsks`: a later ask unmet,
// an item unstated, a later act hedged, a later ask's date unstated), then covered another way
// or ask by ask, and a follow-up's own words (`decideCoverage`), and the debug log's record of
// why (`logCoverage`).
import type { QuestionAnalysis } from "../search/question.ts";
import { analyzeQuestion } from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import { ownAsks } from "./asks.ts";
import {
  type AssessedQuestion,
  askByAsk,
  askCovered,
  type CoverageTools,
  type CoveredAsk,
  type CoveredBy,
  coveredOtherwise,
  LATER_ASK_UNMET,
  type Search,
} from "./coverage-otherwise.ts";
import { type RelevanceOptions, shapeReading } from "./coverage-reading.ts";
import { asksAndWindowPassage, laterAskUnmet, someAskUnmet } from "./each-ask.ts";
import type { EngineState } from "./engine-state.ts";
import type { AnswerShape } from "./extractive.ts";
import type { DatedEvent } from "./extractive-timeline.ts";
import { type FollowUpReading, followUpUnmet } from "./follow-up-reading.ts";
import { ITEM_UNSTATED, itemUnstated } from "./item-asks.ts";
import { LATER_ACT_HEDGED, laterActHedged } from "./later-act-hedged.ts";
import { LATER_DATE_UNSTATED, laterDateUnstated } from "./later-date.ts";
import { askTermUnmet, leadInContext } from "./lead-in-context.ts";
import { namesOnlyCommon } from "./name-case.ts";
import type { StatedItem } from "./named-items.ts";
import { withOfficeHolders } from "./office-holder-terms.ts";
import { termsAfterContext, termsAfterOpeningContext } from "./opening-context.ts";
import { partDatedThere, partNamedThere } from "./part-asks.ts";
import { assessRelevance, type Relevance } from "./relevance.ts";
import type { RelevanceRule } from "./relevance-rule.ts";
import { sideUnstated } from "./side-asks.ts";
import { readAfterStatedLead } from "./stated-lead.ts";
import type { KeyTerm } from "./terms.ts";

/**
 * A follow-up continues a conversation the corpus already answered, in few words of its own ("did
 * his delegation end up signing the treaty?"): one of them, and up to half their weight, may be
 * worded otherwise in the passage.
 */
const FOLLOW_UP_LENIENCE: Partial<RelevanceRule> = { extraMissing: 1, maxMissingShare: 0.5 };

/**
 * A question's assessment refused by one of the engine's own checks of the whole question (a
 * later ask unmet, an item unstated, a later act hedged, a follow-up's own words unmet): not
 * covered, the check named among its failed checks for the debug log.
 */
function refusedBy(assessed: Relevance, check: string): Relevance {
  return { ...assessed, covered: false, failedChecks: [...(assessed.failedChecks ?? []), check] };
}

/** A question as read for retrieval, with the passages retrieved for it. */
export interface Retrieved {
  /** The question with its slips read as corpus words and the chat around it left out. */
  question: string;
  /** What was searched: the question, or a follow-up read with its thread. */
  searchQuery: string;
  /** A follow-up's earlier question, read as context. */
  context?: string;
  /** The answer's memoised search of a text (coverage-otherwise.ts's `Search`). */
  search: Search;
  /** A follow-up read in its thread (follow-up-reading.ts). */
  followUp?: FollowUpReading;
  /** The passages coverage reads. */
  passages: ScoredPassage[];
}

/** The question read and assessed as a whole, before its whole-question checks. */
export interface WholeReading {
  /** The passages' texts. */
  texts: string[];
  analysis: QuestionAnalysis;
  /** Read once: the coverage decision and the extractive answer take the same shape. */
  shape: AnswerShape;
  /** The key terms taken: the whole question's, or those read after its context or lead-in. */
  keyTerms: KeyTerm[];
  /** The assessment taken with them. */
  assessedWhole: Relevance;
  /** Read with its opening clause as context (`termsAfterOpeningContext`). */
  byContext: boolean;
  /** Read with its stated lead-in as context (`readAfterStatedLead`). */
  askLed: boolean;
}

/**
 * The question read and assessed as a whole. Refused with every word required, a question opening
 * with context is read again with the clause as context; covered whole, one opening with a stated
 * lead-in is read again with the lead-in as context, taken where covered from another passage.
 */
export function readWhole(engine: EngineState, retrieved: Retrieved): WholeReading {
  const { question, searchQuery, context, passages } = retrieved;
  // "The FCC chair" is whoever the passages introduce as FCC Chairman, wherever they name him.
  const texts = passages.map(({ passage }) => passage.text);
  const wholeTerms = wholeKeyTerms(engine, retrieved, texts);
  // A follow-up read in its thread is analysed as asked; a rewritten one, as rewritten.
  const analysis = analyzeQuestion(context ? question : searchQuery);
  // Read once: the coverage decision and the extractive answer take the same shape.
  const shape = engine.shapeOf(analysis, texts);
  const reading = wholeRelevanceReading(engine, retrieved, analysis, shape);
  const wholeAssessed = assessRelevance(passages, wholeTerms, engine.readText, reading);
  // Refused with every word required, a question opening with context ("given the 89
  // signatures, how many signed in 1988?") is read again with the clause as context: covered
  // where its ask is stated in one place and the clause's terms are met in the first passages.
  // (Only then: where the whole question is covered, reading the clause as context moved the
  // answer of "After Kramer's announcement, how did the other Western delegations respond?" off
  // the announcement.)
  // (The clause is read once here, and its terms only where the first passages meet it.)
  const openingKeyTerms =
    context === undefined && !wholeAssessed.covered
      ? termsAfterOpeningContext(searchQuery, wholeAssessed.heldTerms, texts, engine.openingTools)
      : undefined;
  // (So too one whose ask, after a stated lead-in, names its own topic: lead-in-context.ts.)
  const afterLeadIn =
    context === undefined && !wholeAssessed.covered && openingKeyTerms === undefined
      ? readAfterLeadInContext(engine, retrieved, wholeAssessed, texts, reading)
      : undefined;
  const contextKeyTerms = openingKeyTerms ?? afterLeadIn?.keyTerms;
  const afterLead =
    context === undefined && wholeAssessed.covered && shape.sides.length < 2
      ? readAfterLeadIn(engine, retrieved, wholeAssessed, texts, reading)
      : undefined;
  const keyTerms = contextKeyTerms ?? afterLead?.keyTerms ?? wholeTerms;
  const assessedWhole =
    afterLeadIn?.assessed ??
    (openingKeyTerms
      ? assessRelevance(passages, openingKeyTerms, engine.readText, reading)
      : (afterLead?.assessed ?? wholeAssessed));
  return {
    texts,
    analysis,
    shape,
    keyTerms,
    assessedWhole,
    byContext: contextKeyTerms !== undefined,
    askLed: afterLead !== undefined,
  };
}

/**
 * The whole question's key terms (a follow-up's own, read with its thread's context), with the
 * office holders the passages introduce (`withOfficeHolders`).
 */
function wholeKeyTerms(
  engine: EngineState,
  retrieved: Retrieved,
  texts: readonly string[],
): KeyTerm[] {
  const { searchQuery, context, followUp } = retrieved;
  return withOfficeHolders(
    searchQuery,
    followUp
      ? engine.keyTermsWithContext(followUp.ownTerms, context)
      : engine.keyTermsFor(searchQuery),
    texts,
    engine.analyzeText,
  );
}

/** How the coverage decision reads the whole question: its shape, rule and wording judged. */
function wholeRelevanceReading(
  engine: EngineState,
  retrieved: Retrieved,
  analysis: QuestionAnalysis,
  shape: AnswerShape,
): RelevanceOptions {
  const { question, searchQuery, context } = retrieved;
  // "What did Access think…?", where the corpus says only "access": it does not name Access.
  // (Read without what was typed around the question: after "Morning all", "Before the
  // Internet stuff, …" opens the question; it names nothing.)
  const unnamed = engine.deps.wordCase
    ? namesOnlyCommon(analysis.content, engine.deps.wordCase)
    : [];
  return {
    ...shapeReading(analysis, shape, unnamed, engine.readText),
    rule: context ? { ...engine.relevanceRule, ...FOLLOW_UP_LENIENCE } : engine.relevanceRule,
    question: context ? question : searchQuery,
  };
}

/**
 * Refused whole, a question whose ask follows a stated lead-in and names its own topic
 * (`leadInContext`) is read with the lead-in as context where the first passages meet the lead-in
 * (`termsAfterContext`); that reading is taken where it is covered with every name of the ask, and
 * every word of it that is no common English, met in its window (`askTermUnmet`), and its answer
 * is never `full`: the lead-in is the asker's statement, which no check reads as stated.
 */
function readAfterLeadInContext(
  engine: EngineState,
  retrieved: Retrieved,
  wholeAssessed: Relevance,
  texts: readonly string[],
  reading: RelevanceOptions,
): { keyTerms: KeyTerm[]; assessed: Relevance } | undefined {
  const { searchQuery, passages } = retrieved;
  const lead = leadInContext(searchQuery, engine.keyTermsOfText, engine.analyzeText);
  if (!lead) return undefined;
  const { heldTerms } = wholeAssessed;
  const keyTerms = termsAfterContext(
    searchQuery,
    lead.opening,
    heldTerms,
    texts,
    engine.openingTools,
  );
  if (!keyTerms) return undefined;
  const assessed = assessRelevance(passages, keyTerms, engine.readText, reading);
  return assessed.covered && !askTermUnmet(lead.ownTerms, assessed)
    ? { keyTerms, assessed: { ...assessed, statedTogether: false } }
    : undefined;
}

/**
 * Covered whole, a question opening with a stated lead-in ("Touré said in June he'd recommend
 * opening up the drafts - when did the Council actually make the call?") is read again with the
 * lead-in as context, and that reading is taken where it is covered from another passage
 * (`readAfterStatedLead`, stated-lead.ts).
 */
function readAfterLeadIn(
  engine: EngineState,
  retrieved: Retrieved,
  wholeAssessed: Relevance,
  texts: readonly string[],
  reading: RelevanceOptions,
) {
  const { searchQuery, passages } = retrieved;
  const { analyzeText, readText } = engine;
  return readAfterStatedLead(searchQuery, wholeAssessed, passages, {
    keyTermsOfText: engine.keyTermsOfText,
    keyTermsOfOpening: (opening) =>
      withOfficeHolders(searchQuery, engine.keyTermsOfOpening(opening), texts, analyzeText),
    assess: (read, terms) => assessRelevance(read, terms, readText, reading),
    analyzeText,
  });
}

/**
 * The whole question's own checks of a question its passages cover as a whole (never of a
 * follow-up read in its thread): a later ask unmet and an item unstated refuse it here, to be
 * covered another way; a later act told only as hedged (`actHedged`), or a later ask's date its
 * passages do not give (`dateUnstated`), refuses it in the end.
 */
export async function checkWholeAsks(
  engine: EngineState,
  retrieved: Retrieved,
  whole: WholeReading,
): Promise<WholeChecks> {
  const { askTools, coverageTools } = engine;
  const { searchQuery, context, passages, search } = retrieved;
  const { assessedWhole } = whole;
  // A question asking two things is not covered as a whole where its window meets nothing a
  // later ask alone names ("…, and how did India vote on it?" beside the vote's result): each
  // ask is then judged on its own (each-ask.ts, coverage-otherwise.ts).
  const assessedAsks =
    context === undefined &&
    assessedWhole.covered &&
    laterAskUnmet(searchQuery, assessedWhole, passages, askTools)
      ? refusedBy(assessedWhole, LATER_ASK_UNMET)
      : assessedWhole;
  // Nor is a question naming items and asking of each at its end ("C59 and Document 21: when
  // did each land?") where its window's passage does not cover each item alone (item-asks.ts).
  const coveredThere = async (ask: string, found: readonly ScoredPassage[]) => {
    const terms = coverageTools.keyTermsFor(ask);
    const judged = await askCovered(ask, terms, found, async () => [...found], coverageTools);
    return judged !== undefined;
  };
  // (So too a two-sided question's sides, "how many days between A and B": side-asks.ts.)
  const itemLeftOut =
    context === undefined &&
    assessedAsks.covered &&
    ((await itemUnstated(
      searchQuery,
      assessedAsks,
      passages,
      coveredThere,
      coverageTools.keyTermsFor,
    )) ||
      (await sideUnstated(
        searchQuery,
        assessedAsks.windowPassageId,
        passages,
        coveredThere,
        (part, ask, found) => {
          const terms = coverageTools.keyTermsFor(ask);
          return (
            partDatedThere(part, found, coverageTools.analyzeText, terms) &&
            partNamedThere(part, found, coverageTools.analyzeText, terms)
          );
        },
      )));
  const assessed = itemLeftOut ? refusedBy(assessedAsks, ITEM_UNSTATED) : assessedAsks;
  // Nor is one whose later ask asks an act its window's paragraph tells only as hedged, denied
  // or not done ("…and when did they drop it" beside "considering withdrawing it"): refused,
  // not covered another way (later-act-hedged.ts).
  const actHedged =
    context === undefined &&
    assessed.covered &&
    laterActHedged(asksAndWindowPassage(searchQuery, assessed, passages), askTools);
  // Nor is one whose later ask asks a date its passages do not give for that ask's act ("…, and
  // what day did they actually pull it?" beside the filing's date): refused (later-date.ts).
  const dateUnstated =
    context === undefined &&
    assessed.covered &&
    !actHedged &&
    (await laterDateUnstated(searchQuery, passages, search, coverageTools));
  return { assessed, actHedged, dateUnstated };
}

/** The whole question's checks: its assessment, and the two later-ask readings that refuse it. */
export interface WholeChecks {
  assessed: Relevance;
  /** A later act told only as hedged, denied or not done (later-act-hedged.ts). */
  actHedged: boolean;
  /** A later ask's date its passages do not give (later-date.ts). */
  dateUnstated: boolean;
}

/** The coverage decision: whether and how the question is covered, and what its answer reads. */
export interface CoverageDecision {
  /** The decision, covered another way or refused by a check as it ended. */
  relevance: Relevance;
  /** How it was covered, where not as a whole. */
  coveredBy?: CoveredBy;
  /** Each event with the passages dating it (`byEvent`). */
  datedEvents?: DatedEvent[];
  /** Each ask covered on its own: `byEachAsk`, or answered ask by ask (`firstApart`). */
  eachAsk?: CoveredAsk[];
  /** Each named item or caveat with its stating sentence (`byItem`, `byCaveat`). */
  statedItems?: StatedItem[];
  /** The question's own asks, where covered and not a follow-up (`ownAsks`). */
  asks: string[];
  /** A follow-up whose thread's place met none of its own nouns. */
  ownUnmet: boolean;
  /** Answered ask by ask as an ask is unmet in its window (`someAskUnmet`). */
  firstApart: boolean;
}

/**
 * Covered another way (side by side, by its first ask, event by event: coverage-otherwise.ts),
 * a question is covered, but no one place states it: never full. A follow-up its thread's place
 * covers must meet there what it asks of its own (`followUpUnmet`); a later act hedged refuses.
 * Covered, a question whose window's passage names nothing its first ask names is answered ask
 * by ask where each ask is covered on its own.
 */
export async function decideCoverage(
  engine: EngineState,
  retrieved: Retrieved,
  whole: WholeReading,
  checked: WholeChecks,
): Promise<CoverageDecision> {
  const { searchQuery, context } = retrieved;
  const { assessed } = checked;
  const asked = assessedQuestion(retrieved, whole, assessed);
  const readerTools = readerToolsOf(engine, whole.byContext);
  const otherwise = await coveredOtherwise(asked, readerTools);
  const coveredBy = assessed.covered ? undefined : otherwise?.by;
  const datedEvents = otherwise?.events;
  const coveredAsks = coveredBy ? otherwise?.asks : undefined;
  const statedItems =
    coveredBy === "byItem" || coveredBy === "byCaveat" ? otherwise?.items : undefined;
  const { relevance, ownUnmet } = endedAs(retrieved.followUp, checked, coveredBy);
  const asks = context === undefined && relevance.covered ? ownAsks(searchQuery) : [];
  const firstApart = await firstAskApart(engine, retrieved, asked, readerTools, {
    relevance,
    coveredBy,
    coveredAsks,
  });
  return {
    relevance,
    coveredBy,
    datedEvents,
    eachAsk: coveredAsks ?? firstApart,
    statedItems,
    asks,
    ownUnmet,
    firstApart: firstApart !== undefined,
  };
}

/** The question as the coverage readers read it, with its assessment and passages. */
function assessedQuestion(
  retrieved: Retrieved,
  whole: WholeReading,
  assessed: Relevance,
): AssessedQuestion {
  const { searchQuery, context, passages, search } = retrieved;
  const { analysis, shape, keyTerms } = whole;
  return {
    question: searchQuery,
    analysis,
    shape,
    keyTerms,
    assessed,
    passages,
    followUp: context !== undefined,
    search,
  };
}

/** The coverage readers' tools. */
function readerToolsOf(engine: EngineState, byContext: boolean): CoverageTools {
  // (Each ask of a question read with its opening clause as context is read so too.)
  return byContext
    ? {
        ...engine.coverageTools,
        keyTermsFor: (q: string) => engine.keyTermsAfterContext(q) ?? engine.keyTermsFor(q),
      }
    : engine.coverageTools;
}

/**
 * The decision as it ends: covered another way, refused by a follow-up's unmet words or a later
 * ask's check, or the assessment as it was; and whether a follow-up's own nouns were unmet.
 */
function endedAs(
  followUp: FollowUpReading | undefined,
  checked: WholeChecks,
  coveredBy: CoveredBy | undefined,
): { relevance: Relevance; ownUnmet: boolean } {
  const { assessed, actHedged, dateUnstated } = checked;
  // A follow-up its thread's place covers must meet there what it asks of its own
  // (`followUpUnmet`).
  const followUpFailed =
    followUp !== undefined && assessed.covered ? followUpUnmet(followUp, assessed) : undefined;
  const ownUnmet = followUpFailed === "followUpOwnNouns";
  // (A follow-up is never read for a hedged later act: `actHedged` needs no thread.)
  const failed =
    followUpFailed ??
    (actHedged ? LATER_ACT_HEDGED : dateUnstated ? LATER_DATE_UNSTATED : undefined);
  const relevance = coveredBy
    ? { ...assessed, covered: true, statedTogether: false }
    : failed
      ? refusedBy(assessed, failed)
      : assessed;
  return { relevance, ownUnmet };
}

/**
 * Covered as a whole, or by its first ask alone, a question whose window's passage names
 * nothing its first ask names (the place states a later ask, or neither), or none of the own
 * words of a later ask naming nothing (asks37), is answered ask by ask where each ask is
 * covered on its own passages, as `byEachAsk` judges them (`someAskUnmet`); where one is not,
 * it is answered as before (join35). Not a list or a comparison, whose asks are their items
 * and sides.
 */
async function firstAskApart(
  engine: EngineState,
  retrieved: Retrieved,
  asked: AssessedQuestion,
  readerTools: CoverageTools,
  decided: { relevance: Relevance; coveredBy?: CoveredBy; coveredAsks?: CoveredAsk[] },
): Promise<CoveredAsk[] | undefined> {
  const { searchQuery, context, passages } = retrieved;
  const { shape } = asked;
  const { relevance, coveredBy, coveredAsks } = decided;
  // (Covered by its first ask alone, the question has no window: its answer leads with its
  // first passage.)
  const ledBy = {
    ...relevance,
    windowPassageId: relevance.windowPassageId ?? passages[0]?.passage.id,
  };
  return context === undefined &&
    relevance.covered &&
    coveredAsks === undefined &&
    (coveredBy === undefined || coveredBy === "byAsk") &&
    shape.list === undefined &&
    shape.sides.length < 2 &&
    someAskUnmet(searchQuery, ledBy, passages, engine.askTools)
    ? await askByAsk(asked, readerTools)
    : undefined;
}

/** Why a question was or was not covered, for whoever runs it with LOG_LEVEL=debug. */
export function logCoverage(
  engine: EngineState,
  retrieved: Retrieved,
  byContext: boolean,
  decided: CoverageDecision,
): void {
  const { question, searchQuery } = retrieved;
  const { relevance, coveredBy, firstApart } = decided;
  engine.deps.log?.debug(
    {
      question,
      searchQuery,
      covered: relevance.covered,
      bySide: coveredBy === "bySide",
      byAsk: coveredBy === "byAsk",
      byEachAsk: coveredBy === "byEachAsk",
      ...(firstApart ? { firstAskApart: true } : {}),
      byEvent: coveredBy === "byEvent",
      byItem: coveredBy === "byItem",
      byCaveat: coveredBy === "byCaveat",
      termCoverage: relevance.termCoverage,
      missingShare: relevance.missingShare,
      missingTerms: relevance.missingTerms,
      unmetTerms: relevance.unmetTerms,
      absentTerms: relevance.absentTerms,
      ...(byContext ? { openingContextRead: true } : {}),
      typedAtSubject: relevance.typedAtSubject,
      statedTogether: relevance.statedTogether,
      failedChecks: relevance.failedChecks,
      window: relevance.window,
    },
    "coverage decided",
  );
}
