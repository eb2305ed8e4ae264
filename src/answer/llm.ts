// The language-model answerer: passages in, verified sentences out. It asks for structured JSON
// (JSON-schema response format where the server has it, plain JSON where not), checks every citation
// with verifyCitations, and reports failure as a value with a one-line reason: the engine then falls
// back to the extractive answer. It never throws for a model or network failure.
import OpenAI from "openai";
import type {
  ChatCompletionCreateParamsBase,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import { z } from "zod";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { ScoredPassage, TokenUsage, Turn } from "../types.ts";
import { buildCitation } from "./citations.ts";
import { NOT_COVERED_TEXT } from "./limits.ts";
import type { LlmAnswerer, LlmComposition } from "./llm-contract.ts";
import { createOpenAIClient, describeOpenAIError, isUnsupportedParameterError } from "./openai.ts";
import {
  loadPrompts,
  type Prompts,
  promptPassageId,
  renderHistory,
  renderPassageBlock,
  renderPassages,
  renderPrompt,
} from "./prompts.ts";
import { countMessageTokens, countTokens, fitToTokenBudget } from "./tokens.ts";
import { cleanSentenceText, type GivenPassage, verifyCitations } from "./verify.ts";

export const composedSentenceSchema = z.object({
  text: z.string(),
  // Some local models write ids as numbers; the verifier decides whether they name a given passage.
  passage_ids: z.array(z.union([z.string(), z.number()]).transform(String)),
  quote: z.string().nullish(),
});

export const composedAnswerSchema = z.object({
  sentences: z.array(composedSentenceSchema),
  coverage: z.enum(["full", "partial", "none"]),
});

export type ComposedAnswer = z.infer<typeof composedAnswerSchema>;

/** The same shape for servers that enforce a JSON schema (strict mode: every key required). */
export const ANSWER_JSON_SCHEMA = {
  name: "cited_answer",
  strict: true,
  schema: {
    type: "object",
    additionalProperties: false,
    required: ["sentences", "coverage"],
    properties: {
      sentences: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["text", "passage_ids", "quote"],
          properties: {
            text: { type: "string" },
            passage_ids: { type: "array", items: { type: "string" } },
            quote: { type: ["string", "null"] },
          },
        },
      },
      coverage: { type: "string", enum: ["full", "partial", "none"] },
    },
  },
} as const;

/** How the answer's JSON is requested; a server that rejects one gets the next. */
export type OutputMode = "json_schema" | "json_object" | "plain";
const OUTPUT_MODES: OutputMode[] = ["json_schema", "json_object", "plain"];

export const NOT_VERIFIED_REASON = "the model's citations could not be verified";
export const INVALID_JSON_REASON = "the model's answer was not valid JSON, even on a second try";

const ANSWER_TEMPERATURE = 0.1;

/**
 * The first complete JSON object in a text: models without a JSON mode wrap it in prose or code
 * fences. Throws SyntaxError when there is none.
 */
export function extractJsonObject(text: string): unknown {
  const start = text.indexOf("{");
  if (start < 0) throw new SyntaxError("no JSON object in the reply");
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth === 0) return JSON.parse(text.slice(start, i + 1));
    }
  }
  throw new SyntaxError("the JSON object in the reply is incomplete");
}

export function parseComposedAnswer(
  text: string,
): { ok: true; value: ComposedAnswer } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = extractJsonObject(text);
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  const parsed = composedAnswerSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: `${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "does not match the schema"}`,
    };
  }
  return { ok: true, value: parsed.data };
}

/** Decodes a JSON string body that may be cut off mid-way (while streaming). */
function decodePartialJsonString(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) break;
    if (next === "u") {
      const hex = body.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) break;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };
    out += simple[next] ?? next;
    i++;
  }
  return out;
}

/**
 * The readable text of a partial JSON answer: the sentence texts written so far, joined, without
 * ids. Tolerates a reply cut off anywhere, since it runs on every streamed chunk.
 */
export function streamedSentenceText(partialJson: string): string {
  const texts: string[] = [];
  const key = /"text"\s*:\s*"/g;
  for (let m = key.exec(partialJson); m !== null; m = key.exec(partialJson)) {
    const from = m.index + m[0].length;
    let end = from;
    let escaped = false;
    while (end < partialJson.length) {
      const ch = partialJson[end];
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') break;
      end++;
    }
    texts.push(cleanSentenceText(decodePartialJsonString(partialJson.slice(from, end))));
    key.lastIndex = end;
  }
  return texts.filter(Boolean).join(" ");
}

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

function addUsage(a: TokenUsage | undefined, b: TokenUsage): TokenUsage {
  if (!a) return b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    source: a.source === "api" && b.source === "api" ? "api" : "estimated",
  };
}

/**
 * Reads a streamed completion. The client's timeout ends once the response headers arrive, so a
 * stream that stalls half-way would wait forever: a gap longer than the timeout between chunks
 * ends it as a timeout.
 */
async function readStreamWithIdleTimeout(
  open: (signal: AbortSignal) => Promise<AsyncIterable<OpenAI.ChatCompletionChunk>>,
  onContent: (contentSoFar: string) => void,
  idleTimeoutMs: number,
  outerSignal?: AbortSignal,
): Promise<{ content: string; apiUsage: OpenAI.CompletionUsage | undefined }> {
  const controller = new AbortController();
  const signal = outerSignal
    ? AbortSignal.any([outerSignal, controller.signal])
    : controller.signal;
  let stalled = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, idleTimeoutMs);
  };
  let content = "";
  let apiUsage: OpenAI.CompletionUsage | undefined;
  try {
    const stream = await open(signal);
    arm();
    for await (const chunk of stream) {
      arm();
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) {
        content += delta;
        onContent(content);
      }
      if (chunk.usage) apiUsage = chunk.usage;
    }
    // The client ends an aborted stream quietly, as if it were complete.
    if (stalled)
      throw new OpenAI.APIConnectionTimeoutError({ message: "the response stream stalled" });
    if (outerSignal?.aborted) throw new OpenAI.APIUserAbortError();
  } catch (err) {
    if (stalled) {
      throw new OpenAI.APIConnectionTimeoutError({ message: "the response stream stalled" });
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { content, apiUsage };
}

interface Completion {
  content: string;
  usage: TokenUsage;
}

export interface LlmAnswererDeps {
  config: Config["openai"];
  log: Logger;
  client?: OpenAI;
  prompts?: Prompts;
}

export function createLlmAnswerer(deps: LlmAnswererDeps): LlmAnswerer {
  const { config, log } = deps;
  const client = deps.client ?? createOpenAIClient(config, { log });
  const prompts = deps.prompts ?? loadPrompts();
  const model = config.model;
  // What this server has shown it does not support; learned once, remembered for the process.
  let outputMode: OutputMode = "json_schema";
  let sendStreamOptions = true;
  let sendTemperature = true;

  function responseFormat(): ChatCompletionCreateParamsBase["response_format"] | undefined {
    if (outputMode === "json_schema")
      return { type: "json_schema", json_schema: structuredClone(ANSWER_JSON_SCHEMA) as never };
    if (outputMode === "json_object") return { type: "json_object" };
    return undefined;
  }

  /**
   * One chat completion, streamed when `onContent` is given. A 400 naming a parameter the server
   * does not know (response_format, stream_options, temperature) is answered by dropping it and
   * asking again; everything else propagates as the client's typed error.
   */
  async function complete(
    messages: ChatCompletionMessageParam[],
    options: {
      structured: boolean;
      temperature?: number;
      onContent?: (contentSoFar: string) => void;
      signal?: AbortSignal;
    },
  ): Promise<Completion> {
    for (;;) {
      const format = options.structured ? responseFormat() : undefined;
      const base = {
        model,
        messages,
        ...(format ? { response_format: format } : {}),
        ...(sendTemperature && options.temperature !== undefined
          ? { temperature: options.temperature }
          : {}),
      };
      try {
        if (!options.onContent) {
          const response = await client.chat.completions.create(
            { ...base, stream: false },
            { signal: options.signal },
          );
          const content = response.choices[0]?.message?.content ?? "";
          return { content, usage: usageOf(response.usage, messages, content) };
        }
        const streamed = await readStreamWithIdleTimeout(
          (signal) =>
            client.chat.completions.create(
              {
                ...base,
                stream: true,
                ...(sendStreamOptions ? { stream_options: { include_usage: true } } : {}),
              },
              { signal },
            ),
          options.onContent,
          config.timeoutMs,
          options.signal,
        );
        const { content, apiUsage } = streamed;
        return { content, usage: usageOf(apiUsage, messages, content) };
      } catch (err) {
        if (options.structured && outputMode !== "plain") {
          if (isUnsupportedParameterError(err, ["response_format", "json_schema", "json_object"])) {
            const next = OUTPUT_MODES[OUTPUT_MODES.indexOf(outputMode) + 1] ?? "plain";
            log.info(
              { model, from: outputMode, to: next },
              "the model server rejected this response format; trying the next",
            );
            outputMode = next;
            continue;
          }
        }
        if (
          options.onContent &&
          sendStreamOptions &&
          isUnsupportedParameterError(err, ["stream_options"])
        ) {
          sendStreamOptions = false;
          continue;
        }
        if (
          sendTemperature &&
          options.temperature !== undefined &&
          isUnsupportedParameterError(err, ["temperature"])
        ) {
          sendTemperature = false;
          continue;
        }
        throw err;
      }
    }
  }

  function usageOf(
    api: OpenAI.CompletionUsage | undefined | null,
    messages: ChatCompletionMessageParam[],
    content: string,
  ): TokenUsage {
    if (api && typeof api.prompt_tokens === "number") {
      return {
        promptTokens: api.prompt_tokens,
        completionTokens: api.completion_tokens ?? 0,
        source: "api",
      };
    }
    const asText = messages.map((m) => ({
      content: typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? ""),
    }));
    return {
      promptTokens: countMessageTokens(asText),
      completionTokens: countTokens(content),
      source: "estimated",
    };
  }

  function failureFrom(err: unknown, usage: TokenUsage | undefined): LlmComposition {
    const failure = describeOpenAIError(err, {
      model,
      ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    });
    const serious = ["auth", "permission", "not-found"].includes(failure.kind);
    log[serious ? "error" : "warn"](
      { kind: failure.kind, status: failure.status, model },
      failure.logMessage,
    );
    return { ok: false, reason: failure.reason, ...(usage ? { usage } : {}) };
  }

  async function rewriteQuestion(
    question: string,
    history: Turn[],
    signal?: AbortSignal,
  ): Promise<string> {
    if (history.length === 0) return question;
    const messages = renderPrompt(prompts.rewrite, {
      question,
      history: renderHistory(history),
    });
    try {
      const { content } = await complete(messages, { structured: false, temperature: 0, signal });
      const line =
        content
          .split(/\r?\n/)
          .map((l) => l.trim())
          .find(Boolean) ?? "";
      const rewritten = line
        .replace(/^(standalone question|question|rewritten question)\s*:\s*/i, "")
        .replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, "")
        .trim();
      // A reply that is empty or rambles is not a question; the original is the safer query.
      if (rewritten === "" || rewritten.length > question.length * 4 + 300) return question;
      log.debug({ question, rewritten }, "follow-up rewritten");
      return rewritten;
    } catch (err) {
      const failure = describeOpenAIError(err, { model });
      log.warn({ kind: failure.kind }, `rewriting the follow-up failed: ${failure.logMessage}`);
      return question;
    }
  }

  async function compose(
    question: string,
    passages: ScoredPassage[],
    options: { history?: Turn[]; onDelta?: (textSoFar: string) => void; signal?: AbortSignal },
  ): Promise<LlmComposition> {
    if (passages.length === 0) return { ok: false, reason: "no passages to answer from" };
    const fitted = fitToTokenBudget(passages, config.promptTokenBudget, renderPassageBlock);
    if (fitted.omitted > 0) {
      log.debug(
        { omitted: fitted.omitted, budget: config.promptTokenBudget },
        "passages left out of the prompt to fit the token budget",
      );
    }
    const given: GivenPassage[] = fitted.kept.map((scored, i) => ({
      id: promptPassageId(i),
      scored,
    }));
    const messages: ChatCompletionMessageParam[] = renderPrompt(prompts.answer, {
      question,
      history: renderHistory(options.history),
      passages: renderPassages(fitted.kept),
    });

    const onDelta = options.onDelta;
    let lastShown = "";
    const onContent = onDelta
      ? (contentSoFar: string) => {
          const visible = streamedSentenceText(contentSoFar);
          if (visible !== lastShown) {
            lastShown = visible;
            onDelta(visible);
          }
        }
      : undefined;

    let usage: TokenUsage | undefined;
    let parsed: ComposedAnswer | undefined;
    try {
      for (let attempt = 1; attempt <= 2 && !parsed; attempt++) {
        const completion = await complete(messages, {
          structured: true,
          temperature: ANSWER_TEMPERATURE,
          ...(onContent ? { onContent } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
        });
        usage = addUsage(usage, completion.usage);
        const result = parseComposedAnswer(completion.content);
        if (result.ok) {
          parsed = result.value;
          break;
        }
        log.warn(
          { attempt, problem: result.problem, model },
          "the model's answer was not valid JSON for the schema",
        );
        // Show the model its own reply and what was wrong with it: one more chance.
        messages.push(
          { role: "assistant", content: completion.content },
          {
            role: "user",
            content: `That reply could not be used (${result.problem}). Reply again with only the JSON object: {"sentences": [{"text": "...", "passage_ids": ["P1"], "quote": "..." or null}], "coverage": "full" | "partial" | "none"}.`,
          },
        );
      }
    } catch (err) {
      return failureFrom(err, usage);
    }
    if (!parsed) return { ok: false, reason: INVALID_JSON_REASON, ...(usage ? { usage } : {}) };

    const sentences = parsed.sentences.map((s) => ({
      ...s,
      passage_ids: canonicalIds(s.passage_ids, given),
    }));
    const verified = verifyCitations(sentences, given, buildCitation);
    const verification = { kept: verified.kept, dropped: verified.dropped };
    if (verified.dropped > 0) {
      log.info(
        { dropped: verified.droppedSentences.map((d) => ({ reason: d.reason, detail: d.detail })) },
        "sentences dropped by citation verification",
      );
    }
    if (verified.kept === 0) {
      if (parsed.coverage === "none" && parsed.sentences.every((s) => s.passage_ids.length === 0)) {
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
    // Sentences were cut, or the model said "none" yet wrote cited sentences: at most partial.
    const coverage =
      parsed.coverage === "none" || (parsed.coverage === "full" && verified.dropped > 0)
        ? "partial"
        : parsed.coverage;
    return {
      ok: true,
      text: verified.text,
      citations: verified.citations,
      coverage,
      verification,
      ...(usage ? { usage } : {}),
    };
  }

  return { model, rewriteQuestion, compose };
}
