// The answer engine: question in, cited Answer out, as one pipeline: the question checked
// (validate-question.ts) and read as a search query (follow-up-query.ts), retrieval, the coverage
// decision (relevance.ts, with the second readings of a refused question: opening-context.ts,
// coverage-otherwise.ts, and of a follow-up: follow-up-reading.ts), the passages the answer reads
// (answer-passages.ts), then the model's answer within the deadline (model-answer.ts) or the
// extractive one (with each later ask stated: asks-stated.ts; or ask by ask: each-ask.ts), or a
// refusal (not-covered.ts). An LLM failure of any kind becomes an extractive answer that says
// why. The question's key terms and answer shape are read as question-terms.ts and
// answer-shape.ts read them.
import { DEFAULT_ANSWER_DEADLINE_MS } from "../config.ts";
import type { Logger } from "../log.ts";
import { analyze } from "../search/analyze.ts";
import type { Glossary } from "../search/glossary.ts";
import { analyzeQuestion } from "../search/question.ts";
import { asksShortAnswer, withoutChatAfter } from "../search/question-chat.ts";
import { withoutChatBefore } from "../search/question-situation.ts";
import type { CorrectedQuestion } from "../search/spelling.ts";
import type { Answer, AnswerEngine, AnswerOptions, ScoredPassage, WordCase } from "../types.ts";
import { readOn, subjectFirst, withEachSide, withKindPassages } from "./answer-passages.ts";
import { shapeReader } from "./answer-shape.ts";
import { ownAsks } from "./asks.ts";
import { type AskTools, withEachAskStated } from "./asks-stated.ts";
import { coverageOf, windowStatesQuestion } from "./coverage-label.ts";
import {
  askByAsk,
  askCovered,
  type CoverageTools,
  coveredOtherwise,
  LATER_ASK_UNMET,
  type Search,
} from "./coverage-otherwise.ts";
import { shapeReading } from "./coverage-reading.ts";
import { type Deadline, startDeadline } from "./deadline.ts";
import { asksAndWindowPassage, composeEachAsk, firstAskUnmet, laterAskUnmet } from "./each-ask.ts";
import { composeExtractive } from "./extractive.ts";
import { composeTimeline } from "./extractive-timeline.ts";
import { type FollowUpQueryDeps, searchQueryFor } from "./follow-up-query.ts";
import { followUpUnmet, readFollowUp } from "./follow-up-reading.ts";
import { withAcronyms } from "./glossary-terms.ts";
import { ITEM_UNSTATED, itemUnstated } from "./item-asks.ts";
import { LATER_ACT_HEDGED, laterActHedged } from "./later-act-hedged.ts";
import {
  ANSWER_PASSAGES,
  LIST_ANSWER_PASSAGES,
  LIST_PER_DOCUMENT_CAP,
  SEARCH_RESULTS,
} from "./limits.ts";
import type { LlmAnswerer, Retrieve } from "./llm-contract.ts";
import { answerByModel } from "./model-answer.ts";
import { namesOnlyCommon } from "./name-case.ts";
import { composeNamedItems } from "./named-items.ts";
import { type AnswerRest, notCovered } from "./not-covered.ts";
import { withOfficeHolders } from "./office-holder-terms.ts";
import { type OpeningContextTools, termsAfterOpeningContext } from "./opening-context.ts";
import { questionTermReaders } from "./question-terms.ts";
import { assessRelevance, type Relevance } from "./relevance.ts";
import { RELEVANCE_RULE, type RelevanceRule } from "./relevance-rule.ts";
import { sideOnlyListed } from "./side-listed.ts";
import { readAfterStatedLead } from "./stated-lead.ts";
import { DEFAULT_SUGGESTED_QUESTIONS } from "./suggested.ts";
import { withoutSenseWords } from "./term-alternatives.ts";
import type { Analyze, TermWeight } from "./terms.ts";
import { validateQuestion } from "./validate-question.ts";

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

export interface AnswerEngineDeps {
  /** The composition root passes BM25 (`index.search`) or hybrid retrieval. */
  retrieve: Retrieve;
  /** Absent: extractive mode. */
  llm?: LlmAnswerer;
  /** Questions the corpus answers well (corpus/suggested-questions.json); else the defaults. */
  suggested?: string[];
  log?: Logger;
  now?: () => number;
  /** The index's analyzer; defaults to src/search's. */
  analyze?: Analyze;
  /** Corpus IDF of an index term, for weighting the question's terms (uniform without it). */
  termWeight?: TermWeight;
  /** Acronyms and long forms counted as the same term when measuring coverage. */
  glossary?: Glossary;
  /**
   * Reads a question's misspelt words as the corpus words they stand for (the index's
   * `correctSpelling`); absent, questions are read as typed.
   */
  correctSpelling?: (question: string) => CorrectedQuestion;
  /**
   * How the corpus writes a word inside its sentences (the index's `wordCase`): a name the
   * question capitalises that the corpus writes only as a common word is one it does not have
   * (name-case.ts). Absent, case is not read.
   */
  wordCase?: (word: string) => WordCase;
  /** Overrides RELEVANCE_RULE (for tuning on the eval set's tuning half). */
  relevanceRule?: RelevanceRule;
  /**
   * Longest the language model may take over one answer (follow-up rewrite and composition
   * together), in ms; then the answer is extractive and says why. ANSWER_DEADLINE_MS in config.
   */
  answerDeadlineMs?: number;
}

export function createAnswerEngine(deps: AnswerEngineDeps): AnswerEngine {
  const now = deps.now ?? (() => performance.now());
  const analyzeText = deps.analyze ?? analyze;
  // Passages are read with their acronyms as written, so "US" meets a question about Washington
  // and "tell us" does not; a question's own terms come from the plain analyzer.
  const readText = withAcronyms(analyzeText);
  const relevanceRule = deps.relevanceRule ?? RELEVANCE_RULE;
  const deadlineMs = deps.answerDeadlineMs ?? DEFAULT_ANSWER_DEADLINE_MS;
  const suggested = deps.suggested ?? DEFAULT_SUGGESTED_QUESTIONS;
  const correctSpelling =
    deps.correctSpelling ?? ((text: string): CorrectedQuestion => ({ text, corrections: [] }));

  const {
    keyTermsFor,
    keyTermsOfText,
    keyTermsAfterContext,
    keyTermsOfOpening,
    keyTermsWithContext,
  } = questionTermReaders({
    analyze: analyzeText,
    termWeight: deps.termWeight,
    glossary: deps.glossary,
  });
  const shapeOf = shapeReader(analyzeText, keyTermsFor);

  /** How a follow-up's search query is read (follow-up-query.ts). */
  const followUpQuery: FollowUpQueryDeps = {
    llm: deps.llm,
    log: deps.log,
    analyzeText,
    glossary: deps.glossary,
    correctSpelling,
  };

  /** How each later ask of a question is read (asks-stated.ts). */
  const askTools: AskTools = {
    keyTermsFor,
    keyTermsWithContext,
    shapeOf,
    analyzeText,
    readText,
  };

  /** How a question's opening context clause is read (opening-context.ts). */
  const openingTools: OpeningContextTools = {
    keyTermsOfText,
    keyTermsOfOpening,
    analyzeText,
  };

  /** How the readers of coverage-otherwise.ts read a question and a passage: as the engine does. */
  const coverageTools: CoverageTools = {
    keyTermsFor,
    shapeOf,
    analyzeText,
    readText,
    rule: relevanceRule,
    wordCase: deps.wordCase,
  };

  async function answer(rawQuestion: string, options: AnswerOptions = {}): Promise<Answer> {
    const question = validateQuestion(rawQuestion);
    // Only the model's part of the answer can wait on a server; extractive answers need no limit.
    const deadline =
      deps.llm && !options.forceExtractive ? startDeadline(deadlineMs, options.signal) : undefined;
    try {
      return await answerWithin(question, options, deadline);
    } finally {
      deadline?.clear();
    }
  }

  async function answerWithin(
    typed: string,
    options: AnswerOptions,
    deadline: Deadline | undefined,
  ): Promise<Answer> {
    const started = now();
    // Retrieval, coverage and the model all read the question with its slips read as corpus words.
    // Chat opening the message ("Hey wcit-desk,", "Q:", "Sorry if this is obvious, but") and the
    // asker's situation before the ask are read as none of it: every reader of the question's
    // first words reads the ask's (wrappers25). So is chat closing it ("thx in advance", "Keep it
    // short.", a pasted link, ":pray:"): every reader of its last ask reads the ask's (wrappers26).
    const { text: corrected, corrections } = correctSpelling(typed);
    const question = withoutChatAfter(withoutChatBefore(corrected));
    const { searchQuery, context } = await searchQueryFor(
      question,
      options,
      deadline,
      followUpQuery,
    );
    // Every retrieval of the answer stops where the answer's deadline does.
    const within = deadline ? { signal: deadline.signal } : undefined;
    const threadPassages = await deps.retrieve(searchQuery, ANSWER_PASSAGES, within);
    // Each text is searched once an answer: a follow-up's own words, each side of a comparison, a
    // first ask, an event of a timeline.
    const searches = new Map<string, Promise<ScoredPassage[]>>();
    const search: Search = (query) => {
      let found = searches.get(query);
      if (!found) {
        found = deps.retrieve(query, ANSWER_PASSAGES, within);
        searches.set(query, found);
      }
      return found;
    };
    // A follow-up read in its thread: its own terms, before the earlier question's are added, and
    // the passages its reading adds (follow-up-reading.ts).
    const followUp = context
      ? readFollowUp(question, { analyzeText, keyTermsFor, keyTermsOfText, search })
      : undefined;
    const passages = followUp ? await followUp.passages(threadPassages) : threadPassages;
    options.onProgress?.({ stage: "retrieved", passages: passages.length });
    // "The FCC chair" is whoever the passages introduce as FCC Chairman, wherever they name him.
    const texts = passages.map(({ passage }) => passage.text);
    const wholeTerms = withOfficeHolders(
      searchQuery,
      followUp ? keyTermsWithContext(followUp.ownTerms, context) : keyTermsFor(searchQuery),
      texts,
      analyzeText,
    );
    // A follow-up read in its thread is analysed as asked; a rewritten one, as rewritten.
    const analysis = analyzeQuestion(context ? question : searchQuery);
    // Read once: the coverage decision and the extractive answer take the same shape.
    const shape = shapeOf(analysis, texts);
    // "What did Access think…?", where the corpus says only "access": it does not name Access.
    // (Read without what was typed around the question: after "Morning all", "Before the
    // Internet stuff, …" opens the question; it names nothing.)
    const unnamed = deps.wordCase ? namesOnlyCommon(analysis.content, deps.wordCase) : [];
    const reading = {
      ...shapeReading(analysis, shape, unnamed, readText),
      rule: context ? { ...relevanceRule, ...FOLLOW_UP_LENIENCE } : relevanceRule,
      question: context ? question : searchQuery,
    };
    const wholeAssessed = assessRelevance(passages, wholeTerms, readText, reading);
    // Refused with every word required, a question opening with context ("given the 89
    // signatures, how many signed in 1988?") is read again with the clause as context: covered
    // where its ask is stated in one place and the clause's terms are met in the first passages.
    // (Only then: where the whole question is covered, reading the clause as context moved the
    // answer of "After Kramer's announcement, how did the other Western delegations respond?" off
    // the announcement.)
    // (The clause is read once here, and its terms only where the first passages meet it.)
    const contextKeyTerms =
      context === undefined && !wholeAssessed.covered
        ? termsAfterOpeningContext(searchQuery, wholeAssessed.heldTerms, texts, openingTools)
        : undefined;
    // Covered whole, a question opening with a stated lead-in ("Touré said in June he'd
    // recommend opening up the drafts - when did the Council actually make the call?") is read
    // again with the lead-in as context, and that reading is taken where it is covered from
    // another passage (`readAfterStatedLead`, stated-lead.ts).
    const afterLead =
      context === undefined && wholeAssessed.covered && shape.sides.length < 2
        ? readAfterStatedLead(searchQuery, wholeAssessed, passages, {
            keyTermsOfText,
            keyTermsOfOpening: (opening) =>
              withOfficeHolders(searchQuery, keyTermsOfOpening(opening), texts, analyzeText),
            assess: (read, terms) => assessRelevance(read, terms, readText, reading),
            analyzeText,
          })
        : undefined;
    const askLed = afterLead !== undefined;
    const keyTerms = contextKeyTerms ?? afterLead?.keyTerms ?? wholeTerms;
    const assessedWhole = contextKeyTerms
      ? assessRelevance(passages, contextKeyTerms, readText, reading)
      : (afterLead?.assessed ?? wholeAssessed);
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
    const itemLeftOut =
      context === undefined &&
      assessedAsks.covered &&
      (await itemUnstated(
        searchQuery,
        assessedAsks,
        passages,
        async (ask, found) => {
          const terms = coverageTools.keyTermsFor(ask);
          const judged = await askCovered(ask, terms, found, async () => [...found], coverageTools);
          return judged !== undefined;
        },
        coverageTools.keyTermsFor,
      ));
    const assessed = itemLeftOut ? refusedBy(assessedAsks, ITEM_UNSTATED) : assessedAsks;
    // Nor is one whose later ask asks an act its window's paragraph tells only as hedged, denied
    // or not done ("…and when did they drop it" beside "considering withdrawing it"): refused,
    // not covered another way (later-act-hedged.ts).
    const actHedged =
      context === undefined &&
      assessed.covered &&
      laterActHedged(asksAndWindowPassage(searchQuery, assessed, passages), askTools);
    const byContext = contextKeyTerms !== undefined;
    // Covered another way (side by side, by its first ask, event by event: coverage-otherwise.ts),
    // a question is covered, but no one place states it: never full.
    const asked = {
      question: searchQuery,
      analysis,
      shape,
      keyTerms,
      assessed,
      passages,
      followUp: context !== undefined,
      search,
    };
    // (Each ask of a question read with its opening clause as context is read so too.)
    const readerTools = byContext
      ? { ...coverageTools, keyTermsFor: (q: string) => keyTermsAfterContext(q) ?? keyTermsFor(q) }
      : coverageTools;
    const otherwise = await coveredOtherwise(asked, readerTools);
    const coveredBy = assessed.covered ? undefined : otherwise?.by;
    const datedEvents = otherwise?.events;
    const coveredAsks = coveredBy ? otherwise?.asks : undefined;
    const statedItems =
      coveredBy === "byItem" || coveredBy === "byCaveat" ? otherwise?.items : undefined;
    // A follow-up its thread's place covers must meet there what it asks of its own
    // (`followUpUnmet`).
    const followUpFailed =
      followUp !== undefined && assessed.covered ? followUpUnmet(followUp, assessed) : undefined;
    const ownUnmet = followUpFailed === "followUpOwnNouns";
    // (A follow-up is never read for a hedged later act: `actHedged` needs no thread.)
    const failed = followUpFailed ?? (actHedged ? LATER_ACT_HEDGED : undefined);
    const relevance = coveredBy
      ? { ...assessed, covered: true, statedTogether: false }
      : failed
        ? refusedBy(assessed, failed)
        : assessed;
    const asks = context === undefined && relevance.covered ? ownAsks(searchQuery) : [];
    // Covered as a whole, or by its first ask alone, a question whose window's passage names
    // nothing its first ask names (`firstAskUnmet`: the place states a later ask, or neither) is
    // answered ask by ask where each ask is covered on its own passages, as `byEachAsk` judges
    // them; where one is not, it is answered as before (join35). Not a list or a comparison,
    // whose asks are their items and sides.
    // (Covered by its first ask alone, the question has no window: its answer leads with its
    // first passage.)
    const ledBy = {
      ...relevance,
      windowPassageId: relevance.windowPassageId ?? passages[0]?.passage.id,
    };
    const firstApart =
      context === undefined &&
      relevance.covered &&
      coveredAsks === undefined &&
      (coveredBy === undefined || coveredBy === "byAsk") &&
      shape.list === undefined &&
      shape.sides.length < 2 &&
      firstAskUnmet(searchQuery, ledBy, passages, askTools)
        ? await askByAsk(asked, readerTools)
        : undefined;
    const eachAsk = coveredAsks ?? firstApart;
    // Why a question was or was not covered, for whoever runs it with LOG_LEVEL=debug.
    deps.log?.debug(
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
    // "The existing treaty" is not read for "the new treaty", by the model or the summary.
    const otherThings = new Set(relevance.otherThingPassageIds);
    const answerPassages = await withEachSide(
      subjectFirst(
        passages.filter(({ passage }) => !otherThings.has(passage.id)),
        // (Read with its stated lead-in as context, the answer is led by the passage of the
        // window answering the ask, not by the one restating the lead-in.)
        relevance.subjectPassageId ?? (askLed ? relevance.windowPassageId : undefined),
      ),
      analysis,
      search,
    );
    const listPassages =
      relevance.covered && shape.list !== undefined && shape.sides.length < 2
        ? await readOn(deps.retrieve, answerPassages, searchQuery, otherThings, deadline, {
            perDocumentCap: LIST_PER_DOCUMENT_CAP,
            total: LIST_ANSWER_PASSAGES,
          }).then((read) =>
            shape.list?.kind && analysis.listKind
              ? withKindPassages(
                  deps.retrieve,
                  read,
                  analysis.listKind.join(" "),
                  otherThings,
                  deadline,
                )
              : read,
          )
        : relevance.covered && analysis.asksWhatSaid
          ? await readOn(deps.retrieve, answerPassages, searchQuery, otherThings, deadline, {
              perDocumentCap: LIST_ANSWER_PASSAGES,
            })
          : answerPassages;
    const base = {
      question: typed,
      searchQuery,
      ...(corrections.length > 0 ? { corrections } : {}),
      passages: listPassages,
    };
    const finish = (rest: AnswerRest): Answer => ({
      ...base,
      ...rest,
      latencyMs: Math.max(0, Math.round(now() - started)),
    });

    // A comparison whose passages name a side only as an item of a series ("the US, UK, Canada,
    // Australia and others") states nothing of that side: the other side alone is no comparison.
    const listedSide =
      relevance.covered && analysis.kind === "compare" && shape.sides.length >= 2
        ? sideOnlyListed(answerPassages, shape.sides, readText)
        : undefined;
    if (listedSide !== undefined) {
      deps.log?.debug({ question, failedCheck: "sideOnlyListed", side: listedSide }, "refused");
      return finish(notCovered(passages));
    }
    if (!relevance.covered) {
      // A follow-up naming a topic of its own that its thread's words do not cover is asked on its
      // own (`FollowUpReading.asksAlone`); its own words must then cover it, by the same rule as
      // any question. (Not where the thread's place met none of its nouns: that one is not about
      // the thread's topic either, and stays refused.)
      if (followUp?.asksAlone && !ownUnmet) {
        const alone = await answerWithin(typed, { ...options, history: [] }, deadline);
        if (alone.coverage !== "none") return alone;
      }
      return finish(notCovered(passages));
    }
    // Where no one place states the whole question, the answer draws on more than one source and
    // is not labelled full, whoever writes it.
    const onePlace = windowStatesQuestion(relevance);

    // A question on what a work says reads on in the work's sections, as the summary does.
    const modelPassages = analysis.asksWhatSaid
      ? listPassages.slice(0, LIST_ANSWER_PASSAGES)
      : answerPassages;
    const byModel =
      deps.llm && deadline
        ? await answerByModel(
            deps.llm,
            deadline,
            {
              question: searchQuery,
              passages: modelPassages,
              analysis,
              expected: shape.expected,
              onePlace,
              closestFrom: answerPassages,
              short: asksShortAnswer(corrected),
            },
            { options, log: deps.log, deadlineMs },
          )
        : undefined;
    if (byModel?.ok) return finish(byModel.answer);
    const fallbackReason = byModel?.fallbackReason;
    const llmVerification = byModel?.verification;
    const usage = byModel?.usage;

    // (Dated event by event, the answer is each event's dated sentences: one passage's answer gave
    // one event's date, and a list of dates took dated points of other things.)
    const extractive =
      (datedEvents &&
        composeTimeline(datedEvents, {
          keyTermsFor,
          shapeOf: (event, texts) => shapeOf(analyzeQuestion(event), texts),
          readText,
          analyzeText,
        })) ||
      (eachAsk && composeEachAsk(eachAsk, askTools)) ||
      (statedItems && composeNamedItems(statedItems)) ||
      composeExtractive(listPassages, keyTerms.map(withoutSenseWords), readText, {
        ...(onePlace ? shape : { ...shape, inconclusive: true }),
        ...(relevance.windowPassageId ? { windowPassageId: relevance.windowPassageId } : {}),
        ...(relevance.windowPassageId && relevance.window ? { windowText: relevance.window } : {}),
        ...(relevance.typedWindowPassageId
          ? { typedWindowPassageId: relevance.typedWindowPassageId }
          : {}),
      });
    if (!extractive) {
      return finish({
        ...notCovered(passages),
        ...(fallbackReason ? { fallbackReason } : {}),
        ...(usage ? { usage } : {}),
      });
    }
    const stated =
      shape.list === undefined && shape.sides.length < 2 && eachAsk === undefined
        ? withEachAskStated(extractive, asks, listPassages, keyTerms, askTools)
        : extractive;
    return finish({
      text: stated.text,
      mode: "extractive",
      coverage: coverageOf(extractive, relevance),
      citations: stated.citations,
      closestSources: [],
      // When the LLM's sentences all failed verification, its counts explain the fallback.
      verification: llmVerification ?? { kept: 0, dropped: 0 },
      ...(fallbackReason ? { fallbackReason } : {}),
      ...(usage ? { usage } : {}),
    });
  }

  return {
    mode: deps.llm ? "llm" : "extractive",
    answer,
    async search(query, options = {}) {
      // "cybersecuirty" finds what "cybersecurity" does, and says so, as a question would.
      const { text, corrections } = correctSpelling(validateQuestion(query, "search"));
      return { passages: await deps.retrieve(text, options.k ?? SEARCH_RESULTS), corrections };
    },
    suggestedQuestions: () => [...suggested],
  };
}
