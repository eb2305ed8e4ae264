// Compose policy: passages in, verified sentences out. Fits the passages to the prompt budget, asks
// for the structured answer (one more try after a reply that is not the JSON asked for), verifies
// every sentence — while it streams and at the end, by the same rule — and decides coverage. Reports
// a model or network failure as a value with a one-line reason; never throws for one.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Logger } from "../log.ts";
import type { ScoredPassage, TokenUsage } from "../types.ts";
import { buildCitation } from "./citations.ts";
import { guidanceFor } from "./guidance.ts";
import { NOT_COVERED_TEXT } from "./limits.ts";
import type { ComposeOptions, LlmComposition, VerifiedSoFar } from "./llm-contract.ts";
import type { Complete } from "./llm-fallbacks.ts";
import { type ComposedSentence, completedSentences, parseComposedAnswer } from "./llm-response.ts";
import { addUsage } from "./llm-transport.ts";
import { describeOpenAIError } from "./openai.ts";
import {
  type Prompts,
  promptPassageId,
  renderHistory,
  renderPassageBlock,
  renderPassages,
  renderPrompt,
} from "./prompts.ts";
import { fitToTokenBudget } from "./tokens.ts";
import { type GivenPassage, type VerifiedAnswer, verifyCitations } from "./verify.ts";

const NOT_VERIFIED_REASON = "the model's citations could not be verified";
const INVALID_JSON_REASON = "the model's answer was not valid JSON, even on a second try";

const ANSWER_TEMPERATURE = 0.1;

/** Maps the ids a model wrote to the prompt's ids: "1" → "P1", a real passage id → its prompt id. */
function canonicalIds(ids: string[], given: GivenPassage[]): string[] {
  // "P1, P2" in one string is two ids; a passage id never contains a comma or a space.
  const split = ids.flatMap((raw) => raw.split(/[,\s]+/).filter(Boolean));
  return split.map((raw) => {
    const id = raw.trim();
    if (/^\d+$/.test(id)) return `P${id}`;
    const byPassage = given.find((g) => g.scored.passage.id === id);
    return byPassage ? byPassage.id : id;
  });
}

/** The one verification both the stream and the final answer go through. */
function verifySentences(sentences: ComposedSentence[], given: GivenPassage[]): VerifiedAnswer {
  return verifyCitations(
    sentences.map((s) => ({ ...s, passage_ids: canonicalIds(s.passage_ids, given) })),
    given,
    buildCitation,
  );
}

/**
 * Watches a streaming reply and reports the verified answer so far each time a finished sentence
 * changes it. Only kept sentences ever leave here; a dropped one is never shown, not even briefly.
 */
function verifiedProgress(given: GivenPassage[], onVerified: (v: VerifiedSoFar) => void) {
  let lastShown = "";
  return () => {
    let finished = 0;
    return (contentSoFar: string) => {
      const sentences = completedSentences(contentSoFar);
      if (sentences.length === finished) return;
      finished = sentences.length;
      const verified = verifySentences(sentences, given);
      if (verified.text === "" || verified.text === lastShown) return;
      lastShown = verified.text;
      onVerified({ text: verified.text, citations: verified.citations });
    };
  };
}

export interface ComposerDeps {
  complete: Complete;
  prompts: Prompts;
  model: string;
  log: Logger;
  promptTokenBudget: number;
  /** For the operator's log lines about a failed request. */
  baseURL?: string;
}

export function createComposer(deps: ComposerDeps) {
  return async function compose(
    question: string,
    passages: ScoredPassage[],
    options: ComposeOptions,
  ): Promise<LlmComposition> {
    if (passages.length === 0) return { ok: false, reason: "no passages to answer from" };
    const { given, messages } = answerPrompt(deps, question, passages, options);
    const progress = options.onVerified ? verifiedProgress(given, options.onVerified) : undefined;
    const reply: ModelReply = { modelCoverage: "none" };
    try {
      await requestAnswer(deps, messages, options, progress, reply);
    } catch (err) {
      return failureFrom(deps, err, reply.usage);
    }
    const { usage, sentences, modelCoverage } = reply;
    if (!sentences) return { ok: false, reason: INVALID_JSON_REASON, ...(usage ? { usage } : {}) };
    return verifiedComposition(deps.log, sentences, modelCoverage, given, usage);
  };
}

/** What the model has replied so far: its structured answer once one parses, and the tokens used. */
interface ModelReply {
  usage?: TokenUsage;
  sentences?: ComposedSentence[];
  modelCoverage: "full" | "partial" | "none";
}

/** The passages that fit the prompt budget, each with its prompt id, and the messages asking. */
function answerPrompt(
  deps: ComposerDeps,
  question: string,
  passages: ScoredPassage[],
  options: ComposeOptions,
): { given: GivenPassage[]; messages: ChatCompletionMessageParam[] } {
  const fitted = fitToTokenBudget(passages, deps.promptTokenBudget, renderPassageBlock);
  if (fitted.omitted > 0) {
    deps.log.debug(
      { omitted: fitted.omitted, budget: deps.promptTokenBudget },
      "passages left out of the prompt to fit the token budget",
    );
  }
  const given: GivenPassage[] = fitted.kept.map((scored, i) => ({
    id: promptPassageId(i),
    scored,
  }));
  const messages: ChatCompletionMessageParam[] = renderPrompt(deps.prompts.answer, {
    question,
    history: renderHistory(options.history),
    passages: renderPassages(fitted.kept),
    answer_guidance: options.guidance ?? guidanceFor("fact"),
  });
  return { given, messages };
}

/**
 * Asks for the structured answer, twice at most: after a reply that is not the JSON asked for,
 * once more. Fills `reply` as it goes, so that a failure still reports the tokens used.
 */
async function requestAnswer(
  deps: ComposerDeps,
  messages: ChatCompletionMessageParam[],
  options: ComposeOptions,
  progress: (() => (contentSoFar: string) => void) | undefined,
  reply: ModelReply,
): Promise<void> {
  for (let attempt = 1; attempt <= 2 && !reply.sentences; attempt++) {
    const completion = await deps.complete(messages, {
      structured: true,
      temperature: ANSWER_TEMPERATURE,
      ...(progress ? { onContent: progress() } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    reply.usage = addUsage(reply.usage, completion.usage);
    const result = parseComposedAnswer(completion.content);
    if (result.ok) {
      reply.sentences = result.value.sentences;
      reply.modelCoverage = result.value.coverage;
      break;
    }
    deps.log.warn(
      { attempt, problem: result.problem, model: deps.model },
      "the model's answer was not valid JSON for the schema",
    );
    askAgain(messages, completion.content, result.problem);
  }
}

/** Show the model its own reply and what was wrong with it: one more chance. */
function askAgain(messages: ChatCompletionMessageParam[], content: string, problem: string): void {
  messages.push(
    { role: "assistant", content },
    {
      role: "user",
      content: `That reply could not be used (${problem}). Reply again with only the JSON object: {"sentences": [{"text": "...", "passage_ids": ["P1"], "quote": "5 to 25 words copied exactly from P1"}], "coverage": "full" | "partial" | "none"}.`,
    },
  );
}

/** A failed request as a value with a one-line reason, logged for the operator. */
function failureFrom(
  deps: ComposerDeps,
  err: unknown,
  usage: TokenUsage | undefined,
): LlmComposition {
  const { model, log } = deps;
  const failure = describeOpenAIError(err, {
    model,
    ...(deps.baseURL ? { baseURL: deps.baseURL } : {}),
  });
  const serious = ["auth", "permission", "not-found"].includes(failure.kind);
  log[serious ? "error" : "warn"](
    { kind: failure.kind, status: failure.status, model },
    failure.logMessage,
  );
  return { ok: false, reason: failure.reason, ...(usage ? { usage } : {}) };
}

/** The model's sentences verified against the passages given, and the coverage they leave. */
function verifiedComposition(
  log: Logger,
  sentences: ComposedSentence[],
  modelCoverage: "full" | "partial" | "none",
  given: GivenPassage[],
  usage: TokenUsage | undefined,
): LlmComposition {
  const verified = verifySentences(sentences, given);
  const verification = { kept: verified.kept, dropped: verified.dropped };
  if (verified.dropped > 0) {
    log.info(
      { dropped: verified.droppedSentences.map((d) => ({ reason: d.reason, detail: d.detail })) },
      "sentences dropped by citation verification",
    );
  }
  if (verified.kept === 0) return noneKept(sentences, modelCoverage, verification, usage);
  // Sentences were cut, or the model said "none" yet wrote cited sentences: at most partial.
  const coverage =
    modelCoverage === "none" || (modelCoverage === "full" && verified.dropped > 0)
      ? "partial"
      : modelCoverage;
  return {
    ok: true,
    text: verified.text,
    citations: verified.citations,
    coverage,
    verification,
    ...(usage ? { usage } : {}),
  };
}

/** No sentence kept: the model's honest "not covered", or a failure to verify. */
function noneKept(
  sentences: ComposedSentence[],
  modelCoverage: "full" | "partial" | "none",
  verification: { kept: number; dropped: number },
  usage: TokenUsage | undefined,
): LlmComposition {
  if (modelCoverage === "none" && sentences.every((s) => s.passage_ids.length === 0)) {
    // The model says the passages do not answer the question: an honest answer, not a failure.
    return {
      ok: true,
      text: NOT_COVERED_TEXT,
      citations: [],
      coverage: "none",
      verification,
      ...(usage ? { usage } : {}),
    };
  }
  return { ok: false, reason: NOT_VERIFIED_REASON, verification, ...(usage ? { usage } : {}) };
}
