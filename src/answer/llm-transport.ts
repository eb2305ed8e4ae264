// One chat completion over the wire, plain or streamed, with the usage it cost. A streamed reply has
// its own idle timeout, since the client's timeout stops counting once the headers arrive.
import OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { TokenUsage } from "../types.ts";
import { countMessageTokens, countTokens } from "./tokens.ts";

export interface Completion {
  content: string;
  usage: TokenUsage;
}

export type CompletionParams = Omit<ChatCompletionCreateParamsNonStreaming, "stream">;

export interface RequestOptions {
  /** Streams the reply and calls this with the whole content so far after every piece. */
  onContent?: (contentSoFar: string) => void;
  /** Ask a streaming server to report usage in its last chunk. */
  streamUsage?: boolean;
  /** Longest silence between two streamed pieces before the reply counts as timed out. */
  idleTimeoutMs: number;
  signal?: AbortSignal;
}

export async function requestCompletion(
  client: OpenAI,
  params: CompletionParams,
  options: RequestOptions,
): Promise<Completion> {
  const { messages } = params;
  if (!options.onContent) {
    const response = await client.chat.completions.create(
      { ...params, stream: false },
      options.signal ? { signal: options.signal } : {},
    );
    const content = response.choices[0]?.message?.content ?? "";
    return { content, usage: usageOf(response.usage, messages, content) };
  }
  const { content, apiUsage } = await readStreamWithIdleTimeout(
    (signal) =>
      client.chat.completions.create(
        {
          ...params,
          stream: true,
          ...(options.streamUsage ? { stream_options: { include_usage: true } } : {}),
        },
        { signal },
      ),
    options.onContent,
    options.idleTimeoutMs,
    options.signal,
  );
  return { content, usage: usageOf(apiUsage, messages, content) };
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

/** The server's count when it gave one, else a local tokenizer's estimate. */
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

export function addUsage(a: TokenUsage | undefined, b: TokenUsage): TokenUsage {
  if (!a) return b;
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    source: a.source === "api" && b.source === "api" ? "api" : "estimated",
  };
}
