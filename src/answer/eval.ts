// The answer-quality evaluation: asks every question of the set (bench/wcit/eval.json) and measures
// what the answers state, cite and retrieve. Scoring is pure (answer in, outcome out) so that it can
// be checked on hand-made answers; `npm run eval` prints the figures (src/answer/eval-report.ts).
//
// Definitions (README "Answer quality"):
// - nugget recall: share of a question's nuggets stated in the answer; a refusal scores 0. A nugget
//   is stated when one of its phrases occurs in the answer text, case-insensitively, on word
//   boundaries, after `[n]` markers are removed and whitespace, quote marks and dashes are folded
//   as citation verification folds them.
// - cited right: an answered in-scope question cites an acceptable document.
// - retrieval recall: an acceptable document among the answer's top 5 / top 8 passages; and, finer,
//   the share of nuggets that the top 5 / top 8 passages state (what an answer built from them could
//   state at best).
import { percentile } from "../percentile.ts";
import type { Answer, AnswerEngine, AnswerMode, Coverage } from "../types.ts";
import type { EvalQuestion, EvalSet, EvalSplit, QuestionKind } from "./eval-set.ts";
import { orphanSentences } from "./orphan-count.ts";
import { displaySentence } from "./sentences.ts";
import { normalizeForQuote } from "./verify.ts";

export type SplitChoice = EvalSplit | "all";

/** How one answer scored. */
export interface QuestionOutcome {
  id: string;
  split: EvalSplit;
  question: string;
  inScope: boolean;
  kind?: QuestionKind;
  followUp: boolean;
  mode: AnswerMode;
  coverage: Coverage;
  answered: boolean;
  /** In scope: nuggets stated / nuggets; 0 for a refusal. Out of scope: undefined. */
  nuggetRecall?: number;
  /** The first phrase of each nugget the answer does not state. */
  missedNuggets: string[];
  citedDocuments: string[];
  acceptableDocuments: string[];
  /** In scope and answered, citing an acceptable document. */
  citedRight: boolean;
  /** An acceptable document among the first 5 / 8 passages retrieved (in scope only). */
  retrievedTop5: boolean;
  retrievedTop8: boolean;
  /** In scope: share of the nuggets that the first 5 / 8 passages state between them. */
  nuggetsInTop5?: number;
  nuggetsInTop8?: number;
  /** Words of the answer text without `[n]` markers (0 for a refusal). */
  words: number;
  latencyMs: number;
  text: string;
  /** The answer's sentences whose "this/these X" points at nothing it states (none for a refusal). */
  orphanSentences: string[];
}

interface RecallGroup {
  questions: number;
  /** Mean nugget recall; null when the group is empty. */
  nuggetRecall: number | null;
}

interface CoverageGroup {
  answers: number;
  /** Mean nugget recall of the in-scope answers with this label; null when there are none. */
  nuggetRecall: number | null;
}

/** Every figure for one half of the set (or the whole). */
export interface SplitReport {
  questions: number;
  inScope: number;
  outOfScope: number;
  /** Mean over in-scope questions, refusals counting 0; null without in-scope questions. */
  nuggetRecall: number | null;
  byKind: Partial<Record<QuestionKind, RecallGroup>>;
  followUps: RecallGroup;
  /** In-scope questions answered (coverage not "none"). */
  answeredInScope: number;
  /** Answered in-scope questions citing an acceptable document. */
  citedRight: number;
  /** citedRight / answeredInScope; null when nothing was answered. */
  citedRightRate: number | null;
  /** In-scope questions refused as not covered. */
  wrongRefusals: number;
  outOfScopeRefused: number;
  /** Out-of-scope questions answered with coverage "full". */
  outOfScopeFull: number;
  /** Answered questions quoting an orphan "this X" sentence, and how many such sentences. */
  orphans: { answers: number; sentences: number };
  /** Over answered questions (in or out of scope), markers removed. */
  answerWords: { answers: number; median: number; p90: number };
  /**
   * Share of in-scope questions with an acceptable document among the top 5 / 8 passages, and the
   * mean share of nuggets those passages state.
   */
  retrieval: {
    top5: number | null;
    top8: number | null;
    nuggetsTop5: number | null;
    nuggetsTop8: number | null;
  };
  latencyMs: { p50: number };
  /** In-scope answers by coverage label, with what they actually stated. */
  coverage: { full: CoverageGroup; partial: CoverageGroup };
}

export interface EvalRun {
  mode: AnswerMode;
  /** Every question asked, in set order. */
  outcomes: QuestionOutcome[];
  /** One report per half asked, and "all" when both were. */
  reports: Partial<Record<SplitChoice, SplitReport>>;
}

export interface RunEvalOptions {
  /** Which half to ask (default: all). */
  split?: SplitChoice;
  /** Extractive by default: a run should neither cost tokens nor vary between runs. */
  forceExtractive?: boolean;
}

/** Asks the questions of the chosen half (follow-ups with their history) and scores the answers. */
export async function runEval(
  engine: AnswerEngine,
  evalSet: EvalSet,
  options: RunEvalOptions = {},
): Promise<EvalRun> {
  const split = options.split ?? "all";
  const forceExtractive = options.forceExtractive ?? true;
  const outcomes: QuestionOutcome[] = [];
  for (const q of evalSet.questions) {
    if (split !== "all" && q.split !== split) continue;
    const answer = await engine.answer(q.question, {
      forceExtractive,
      ...(q.history ? { history: q.history } : {}),
    });
    outcomes.push(scoreAnswer(q, answer));
  }
  return {
    mode: forceExtractive ? "extractive" : engine.mode,
    outcomes,
    reports: reportsFor(outcomes, split),
  };
}

function reportsFor(
  outcomes: readonly QuestionOutcome[],
  split: SplitChoice,
): Partial<Record<SplitChoice, SplitReport>> {
  if (split !== "all") return { [split]: summarizeOutcomes(outcomes) };
  // (A set without blind probes gets no empty probe report.)
  const probes = outcomes.filter((o) => o.split === "probe");
  return {
    tune: summarizeOutcomes(outcomes.filter((o) => o.split === "tune")),
    heldout: summarizeOutcomes(outcomes.filter((o) => o.split === "heldout")),
    ...(probes.length > 0 ? { probe: summarizeOutcomes(probes) } : {}),
    all: summarizeOutcomes(outcomes),
  };
}

/** Text as nuggets are matched against it: markers and emphasis out, folded, lower case. */
function matchableText(text: string): string {
  return normalizeForQuote(displaySentence(text)).toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `phrase` occurs in `matchable` (already folded) on word boundaries: "89" is not found in
 * "1989", nor "Res" in "Resolution". A phrase that starts or ends with punctuation is not bounded there.
 */
function containsPhrase(matchable: string, phrase: string): boolean {
  const needle = normalizeForQuote(phrase).toLowerCase();
  if (needle === "") return false;
  const boundedStart = WORD_CHAR.test(needle[0] as string);
  const boundedEnd = WORD_CHAR.test(needle[needle.length - 1] as string);
  for (let at = matchable.indexOf(needle); at >= 0; at = matchable.indexOf(needle, at + 1)) {
    const before = matchable[at - 1];
    const after = matchable[at + needle.length];
    if (boundedStart && before !== undefined && WORD_CHAR.test(before)) continue;
    if (boundedEnd && after !== undefined && WORD_CHAR.test(after)) continue;
    return true;
  }
  return false;
}

/** Which nuggets the text states: for each, whether any of its phrases occurs. */
export function nuggetsStated(text: string, nuggets: readonly (readonly string[])[]): boolean[] {
  const matchable = matchableText(text);
  return nuggets.map((phrases) => phrases.some((p) => containsPhrase(matchable, p)));
}

/** Words of an answer as a reader counts them: markers and bare punctuation are not words. */
export function answerWordCount(text: string): number {
  return displaySentence(text)
    .split(" ")
    .filter((w) => WORD_CHAR.test(w)).length;
}

export function scoreAnswer(q: EvalQuestion, answer: Answer): QuestionOutcome {
  const answered = answer.coverage !== "none";
  const citedDocuments = [...new Set(answer.citations.map((c) => c.documentId))];
  const acceptable = (ids: readonly string[]) => ids.some((d) => q.acceptableDocuments.includes(d));
  const retrievedIds = answer.passages.map((p) => p.document.id);
  const stated = answered ? nuggetsStated(answer.text, q.nuggets) : q.nuggets.map(() => false);
  const statedByPassages = (k: number) => {
    const text = answer.passages
      .slice(0, k)
      .map((p) => p.passage.text)
      .join("\n");
    return shareTrue(nuggetsStated(text, q.nuggets));
  };
  return {
    id: q.id,
    split: q.split,
    question: q.question,
    inScope: q.inScope,
    ...(q.kind ? { kind: q.kind } : {}),
    followUp: (q.history?.length ?? 0) > 0,
    mode: answer.mode,
    coverage: answer.coverage,
    answered,
    ...(q.inScope
      ? {
          nuggetRecall: shareTrue(stated),
          nuggetsInTop5: statedByPassages(5),
          nuggetsInTop8: statedByPassages(8),
        }
      : {}),
    missedNuggets: q.nuggets.filter((_, i) => !stated[i]).map((phrases) => phrases[0] as string),
    citedDocuments,
    acceptableDocuments: q.acceptableDocuments,
    citedRight: q.inScope && answered && acceptable(citedDocuments),
    retrievedTop5: q.inScope && acceptable(retrievedIds.slice(0, 5)),
    retrievedTop8: q.inScope && acceptable(retrievedIds.slice(0, 8)),
    words: answered ? answerWordCount(answer.text) : 0,
    latencyMs: answer.latencyMs,
    text: answer.text,
    orphanSentences: answered ? orphanSentences(answer, q.question) : [],
  };
}

function shareTrue(flags: readonly boolean[]): number {
  return flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function share(outcomes: readonly QuestionOutcome[], test: (o: QuestionOutcome) => boolean) {
  return outcomes.length === 0 ? null : outcomes.filter(test).length / outcomes.length;
}

function recallGroup(outcomes: readonly QuestionOutcome[]): RecallGroup {
  return {
    questions: outcomes.length,
    nuggetRecall: mean(outcomes.map((o) => o.nuggetRecall ?? 0)),
  };
}

function orphanFigures(outcomes: readonly QuestionOutcome[]): SplitReport["orphans"] {
  const quoting = outcomes.filter((o) => o.orphanSentences.length > 0);
  return {
    answers: quoting.length,
    sentences: quoting.reduce((n, o) => n + o.orphanSentences.length, 0),
  };
}

const ascending = (values: number[]) => values.sort((a, b) => a - b);

export function summarizeOutcomes(outcomes: readonly QuestionOutcome[]): SplitReport {
  const inScope = outcomes.filter((o) => o.inScope);
  const outOfScope = outcomes.filter((o) => !o.inScope);
  const answeredInScope = inScope.filter((o) => o.answered);
  const byKind: SplitReport["byKind"] = {};
  for (const o of inScope) {
    if (!o.kind || byKind[o.kind]) continue;
    byKind[o.kind] = recallGroup(inScope.filter((p) => p.kind === o.kind));
  }
  const words = ascending(outcomes.filter((o) => o.answered).map((o) => o.words));
  const labelled = (coverage: Coverage): CoverageGroup => {
    const group = answeredInScope.filter((o) => o.coverage === coverage);
    return { answers: group.length, nuggetRecall: mean(group.map((o) => o.nuggetRecall ?? 0)) };
  };
  const citedRight = answeredInScope.filter((o) => o.citedRight).length;
  return {
    questions: outcomes.length,
    inScope: inScope.length,
    outOfScope: outOfScope.length,
    nuggetRecall: mean(inScope.map((o) => o.nuggetRecall ?? 0)),
    byKind,
    followUps: recallGroup(inScope.filter((o) => o.followUp)),
    answeredInScope: answeredInScope.length,
    citedRight,
    citedRightRate: answeredInScope.length === 0 ? null : citedRight / answeredInScope.length,
    wrongRefusals: inScope.length - answeredInScope.length,
    outOfScopeRefused: outOfScope.filter((o) => !o.answered).length,
    outOfScopeFull: outOfScope.filter((o) => o.coverage === "full").length,
    orphans: orphanFigures(outcomes),
    answerWords: {
      answers: words.length,
      median: percentile(words, 50),
      p90: percentile(words, 90),
    },
    retrieval: {
      top5: share(inScope, (o) => o.retrievedTop5),
      top8: share(inScope, (o) => o.retrievedTop8),
      nuggetsTop5: mean(inScope.map((o) => o.nuggetsInTop5 ?? 0)),
      nuggetsTop8: mean(inScope.map((o) => o.nuggetsInTop8 ?? 0)),
    },
    latencyMs: { p50: percentile(ascending(outcomes.map((o) => o.latencyMs)), 50) },
    coverage: { full: labelled("full"), partial: labelled("partial") },
  };
}
