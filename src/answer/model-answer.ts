// The language model's answer, within the answer's deadline: the passages and the guidance for
// the question's kind go to the model; a verified answer comes back, or why the answer is to be
// extractive (the model failed, missed the deadline, or no sentence passed verification).
import type { Logger } from "../log.ts";
import type { AnswerType, QuestionAnalysis } from "../search/question.ts";
import type { Answer, AnswerOptions, ScoredPassage, TokenUsage } from "../types.ts";
import { DEADLINE_PASSED, type Deadline, deadlineReason } from "./deadline.ts";
import {
  guidanceFor,
  listItemGuidance,
  SHORT_ANSWER_GUIDANCE,
  UNSETTLED_GUIDANCE,
  WORK_SAYS_GUIDANCE,
} from "./guidance.ts";
import type { ComposeOptions, LlmAnswerer, LlmComposition } from "./llm-contract.ts";
import { type AnswerRest, closestSourcesOf } from "./not-covered.ts";

/** What the model is asked. */
export interface ModelAsk {
  /** The question as retrieval read it. */
  question: string;
  passages: ScoredPassage[];
  analysis: QuestionAnalysis;
  /** What each item of a list gives (`AnswerShape.expected`). */
  expected: AnswerType;
  /** Whether one place states the whole question: else the answer is never full. */
  onePlace: boolean;
  /** The passages whose documents a model's refusal names as the closest sources. */
  closestFrom: readonly ScoredPassage[];
  /** Whether the chat closing the message asked for a short answer (`asksShortAnswer`). */
  short?: boolean;
}

/** The model's answer, or why the answer is extractive, with the model's counts where it composed. */
export type ModelOutcome =
  | { ok: true; answer: AnswerRest }
  | {
      ok: false;
      fallbackReason: string;
      verification?: Answer["verification"];
      usage?: TokenUsage;
    };

export async function answerByModel(
  llm: LlmAnswerer,
  deadline: Deadline,
  ask: ModelAsk,
  run: { options: AnswerOptions; log?: Logger; deadlineMs: number },
): Promise<ModelOutcome> {
  const { options, log, deadlineMs } = run;
  try {
    const composed = await deadline.race(
      llm.compose(ask.question, ask.passages, composeOptions(ask, options, deadline)),
    );
    if (composed === DEADLINE_PASSED || (!composed.ok && deadline.passed)) {
      log?.warn({ deadlineMs }, "the language model missed the answer deadline");
      return { ok: false, fallbackReason: deadlineReason(deadlineMs) };
    }
    return composedOutcome(composed, ask);
  } catch (error) {
    options.signal?.throwIfAborted();
    log?.error({ err: error }, "LLM answer failed; answering extractively");
    return {
      ok: false,
      fallbackReason: `The language model could not answer (${describeError(error)}).`,
    };
  }
}

/**
 * What the model is given beside the question and passages: the history, the guidance for the
 * question, the verified text so far reported while the deadline holds, and the deadline's signal.
 */
function composeOptions(ask: ModelAsk, options: AnswerOptions, deadline: Deadline): ComposeOptions {
  const onProgress = options.onProgress;
  return {
    history: options.history,
    guidance: modelGuidance(ask),
    ...(onProgress
      ? {
          onVerified: (v) => {
            if (!deadline.passed) onProgress({ stage: "verified", ...v });
          },
        }
      : {}),
    signal: deadline.signal,
  };
}

/**
 * The guidance for the question's kind, with the guidance for a list's items, for what a work
 * says, for a question no one place states whole and for a short answer where they apply.
 */
function modelGuidance(ask: ModelAsk): string {
  const { analysis, onePlace } = ask;
  return [
    guidanceFor(analysis.kind),
    analysis.wantsList ? listItemGuidance(ask.expected) : undefined,
    analysis.asksWhatSaid ? WORK_SAYS_GUIDANCE : undefined,
    onePlace ? undefined : UNSETTLED_GUIDANCE,
    ask.short ? SHORT_ANSWER_GUIDANCE : undefined,
  ]
    .filter((g) => g !== undefined)
    .join(" ");
}

/**
 * The model's composition, within the deadline, as the outcome: its answer (never full unless
 * one place states the whole question; the closest sources where it refused), or why it failed.
 */
function composedOutcome(composed: LlmComposition, ask: ModelAsk): ModelOutcome {
  const { onePlace } = ask;
  if (composed.ok) {
    return {
      ok: true,
      answer: {
        text: composed.text,
        mode: "llm",
        coverage: composed.coverage === "full" && !onePlace ? "partial" : composed.coverage,
        citations: composed.citations,
        closestSources: composed.coverage === "none" ? closestSourcesOf(ask.closestFrom) : [],
        verification: composed.verification,
        ...(composed.usage ? { usage: composed.usage } : {}),
      },
    };
  }
  return {
    ok: false,
    fallbackReason: composed.reason,
    verification: composed.verification,
    usage: composed.usage,
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return typeof status === "number" ? `${error.name}, HTTP ${status}` : error.name;
  }
  return "unknown error";
}
