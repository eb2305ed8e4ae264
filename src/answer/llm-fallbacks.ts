// Parameter fallbacks: what to leave out for a server that does not support it. OpenAI-compatible
// servers differ in what they accept (structured outputs, usage in streams, temperature on
// reasoning models); a 400 naming the parameter is answered by dropping it and asking again, and the
// lesson is kept for the life of the process.
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Logger } from "../log.ts";
import { answerJsonSchema } from "./llm-response.ts";
import { type Completion, type CompletionParams, requestCompletion } from "./llm-transport.ts";
import { isUnsupportedParameterError } from "./openai.ts";

/** How the answer's JSON is requested; a server that rejects one gets the next. */
type OutputMode = "json_schema" | "json_object" | "plain";
const OUTPUT_MODES: OutputMode[] = ["json_schema", "json_object", "plain"];

interface CompleteOptions {
  /** Ask for the answer's JSON (schema, then JSON mode, then the prompt alone). */
  structured: boolean;
  temperature?: number;
  onContent?: (contentSoFar: string) => void;
  signal?: AbortSignal;
}

export type Complete = (
  messages: ChatCompletionMessageParam[],
  options: CompleteOptions,
) => Promise<Completion>;

/** What a server has shown it does not support; learned once, remembered for the process. */
interface Learned {
  outputMode: OutputMode;
  sendStreamOptions: boolean;
  sendTemperature: boolean;
}

export function createCompleter(deps: {
  client: OpenAI;
  model: string;
  log: Logger;
  idleTimeoutMs: number;
}): Complete {
  const { client, model, log } = deps;
  const learned: Learned = {
    outputMode: "json_schema",
    sendStreamOptions: true,
    sendTemperature: true,
  };
  return async function complete(messages, options) {
    for (;;) {
      try {
        return await requestCompletion(
          client,
          completionParams(model, messages, options, learned),
          {
            ...(options.onContent ? { onContent: options.onContent } : {}),
            streamUsage: learned.sendStreamOptions,
            idleTimeoutMs: deps.idleTimeoutMs,
            ...(options.signal ? { signal: options.signal } : {}),
          },
        );
      } catch (err) {
        if (!leftOutAfter(err, options, learned, { model, log })) throw err;
      }
    }
  };
}

/** The response format the answer's JSON is asked in, as far as the server has shown it takes. */
function responseFormat(outputMode: OutputMode): CompletionParams["response_format"] | undefined {
  if (outputMode === "json_schema") return { type: "json_schema", json_schema: answerJsonSchema() };
  if (outputMode === "json_object") return { type: "json_object" };
  return undefined;
}

/** The request's parameters, less what the server has shown it does not support. */
function completionParams(
  model: string,
  messages: ChatCompletionMessageParam[],
  options: CompleteOptions,
  learned: Learned,
): CompletionParams {
  const format = options.structured ? responseFormat(learned.outputMode) : undefined;
  return {
    model,
    messages,
    ...(format ? { response_format: format } : {}),
    ...(learned.sendTemperature && options.temperature !== undefined
      ? { temperature: options.temperature }
      : {}),
  };
}

/**
 * Whether `err` rejects a parameter the request sent that can be left out (the response format,
 * stream options, the temperature): if so, learns to leave it out (or to try the next output
 * mode) and returns true, to ask again.
 */
function leftOutAfter(
  err: unknown,
  options: CompleteOptions,
  learned: Learned,
  about: { model: string; log: Logger },
): boolean {
  if (
    options.structured &&
    learned.outputMode !== "plain" &&
    isUnsupportedParameterError(err, ["response_format", "json_schema", "json_object"])
  ) {
    const next = OUTPUT_MODES[OUTPUT_MODES.indexOf(learned.outputMode) + 1] ?? "plain";
    about.log.info(
      { model: about.model, from: learned.outputMode, to: next },
      "the model server rejected this response format; trying the next",
    );
    learned.outputMode = next;
    return true;
  }
  if (
    options.onContent &&
    learned.sendStreamOptions &&
    isUnsupportedParameterError(err, ["stream_options"])
  ) {
    learned.sendStreamOptions = false;
    return true;
  }
  if (
    learned.sendTemperature &&
    options.temperature !== undefined &&
    isUnsupportedParameterError(err, ["temperature"])
  ) {
    learned.sendTemperature = false;
    return true;
  }
  return false;
}
