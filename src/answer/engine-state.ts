// What one answer engine holds between answers (`EngineState`): its dependencies and the readers
// built once from them (the question's key terms, its answer shape, and the tool records that
// follow-up-query.ts, asks-stated.ts, opening-context.ts and coverage-otherwise.ts read a question
// with). `createAnswerEngine` (engine.ts) builds it once; every step of an answer reads it.
import { DEFAULT_ANSWER_DEADLINE_MS } from "../config.ts";
import type { Logger } from "../log.ts";
import { analyze } from "../search/analyze.ts";
import type { Glossary } from "../search/glossary.ts";
import type { CorrectedQuestion } from "../search/question-rewrite.ts";
import type { Passage, WordCase } from "../types.ts";
import { shapeReader } from "./answer-shape.ts";
import type { AskTools } from "./asks-stated.ts";
import type { CoverageTools } from "./coverage-otherwise.ts";
import type { FollowUpQueryDeps } from "./follow-up-query.ts";
import { withAcronyms } from "./glossary-terms.ts";
import type { LlmAnswerer, Retrieve } from "./llm-contract.ts";
import type { OpeningContextTools } from "./opening-context.ts";
import { type QuestionTerms, questionTermReaders } from "./question-terms.ts";
import { RELEVANCE_RULE, type RelevanceRule } from "./relevance-rule.ts";
import { DEFAULT_SUGGESTED_QUESTIONS } from "./suggested.ts";
import type { Analyze, TermWeight } from "./terms.ts";

export interface AnswerEngineDeps {
  /**
   * A passage of the corpus by its id (the store's `getPassage`): an orphan "this X" opening its
   * paragraph reads the paragraph before (`withBracketedReferents`). Absent, only passages read.
   */
  passageById?: (id: string) => Passage | undefined;
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

/** One engine's dependencies, their defaults filled in, and the readers built from them. */
export interface EngineState extends QuestionTerms {
  deps: AnswerEngineDeps;
  now: () => number;
  /** The question's own analyzer. */
  analyzeText: Analyze;
  /** Passages' analyzer: acronyms as written. */
  readText: Analyze;
  relevanceRule: RelevanceRule;
  deadlineMs: number;
  suggested: readonly string[];
  correctSpelling: (question: string) => CorrectedQuestion;
  /** The shape of answer a question asks for (answer-shape.ts). */
  shapeOf: CoverageTools["shapeOf"];
  /** How a follow-up's search query is read (follow-up-query.ts). */
  followUpQuery: FollowUpQueryDeps;
  /** How each later ask of a question is read (asks-stated.ts). */
  askTools: AskTools;
  /** How a question's opening context clause is read (opening-context.ts). */
  openingTools: OpeningContextTools;
  /** How the readers of coverage-otherwise.ts read a question and a passage: as the engine does. */
  coverageTools: CoverageTools;
}

/** The state an engine of these dependencies answers with, built once. */
export function engineState(deps: AnswerEngineDeps): EngineState {
  const now = deps.now ?? (() => performance.now());
  const analyzeText = deps.analyze ?? analyze;
  // Passages are read with their acronyms as written, so "US" meets a question about Washington
  // and "tell us" does not; a question's own terms come from the plain analyzer.
  const readText = withAcronyms(analyzeText);
  const relevanceRule = deps.relevanceRule ?? RELEVANCE_RULE;
  const correctSpelling =
    deps.correctSpelling ?? ((text: string): CorrectedQuestion => ({ text, corrections: [] }));

  const terms = questionTermReaders({
    analyze: analyzeText,
    termWeight: deps.termWeight,
    glossary: deps.glossary,
  });
  const { keyTermsFor, keyTermsOfText, keyTermsOfOpening, keyTermsWithContext } = terms;
  const shapeOf = shapeReader(analyzeText, keyTermsFor);

  return {
    ...terms,
    deps,
    now,
    analyzeText,
    readText,
    relevanceRule,
    deadlineMs: deps.answerDeadlineMs ?? DEFAULT_ANSWER_DEADLINE_MS,
    suggested: deps.suggested ?? DEFAULT_SUGGESTED_QUESTIONS,
    correctSpelling,
    shapeOf,
    followUpQuery: {
      llm: deps.llm,
      log: deps.log,
      analyzeText,
      glossary: deps.glossary,
      correctSpelling,
      ...(deps.wordCase ? { wordCase: deps.wordCase } : {}),
    },
    askTools: { keyTermsFor, keyTermsWithContext, shapeOf, analyzeText, readText },
    openingTools: { keyTermsOfText, keyTermsOfOpening, analyzeText },
    coverageTools: {
      keyTermsFor,
      shapeOf,
      analyzeText,
      readText,
      rule: relevanceRule,
      wordCase: deps.wordCase,
    },
  };
}
