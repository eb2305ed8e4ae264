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
export type OutputMode = "json_schema" | "json_object" | "plain";
const OUTPUT_MODES: OutputMode[] = ["json_schema", "json_object", "plain"];

export interface CompleteOptions {
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

export function createCompleter(deps: {
  client: OpenAI;
  model: string;
  log: Logger;
  idleTimeoutMs: number;
}): Complete {
  const { client, model, log } = deps;
  // What this server has shown it does not support; learned once, remembered for the process.
  let outputMode: OutputMode = "json_schema";
  let sendStreamOptions = true;
  let sendTemperature = true;

  function responseFormat(): CompletionParams["response_format"] | undefined {
    if (outputMode === "json_schema")
      return { type: "json_schema", json_schema: answerJsonSchema() };
    if (outputMode === "json_object") return { type: "json_object" };
    return undefined;
  }

  return async function complete(messages, options) {
    for (;;) {
      const format = options.structured ? responseFormat() : undefined;
      const params: CompletionParams = {
        model,
        messages,
        ...(format ? { response_format: format } : {}),
        ...(sendTemperature && options.temperature !== undefined
          ? { temperature: options.temperature }
          : {}),
      };
      try {
        return await requestCompletion(client, params, {
          ...(options.onContent ? { onContent: options.onContent } : {}),
          streamUsage: sendStreamOptions,
          idleTimeoutMs: deps.idleTimeoutMs,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } catch (err) {
        if (
          options.structured &&
          outputMode !== "plain" &&
          isUnsupportedParameterError(err, ["response_format", "json_schema", "json_object"])
        ) {
          const next = OUTPUT_MODES[OUTPUT_MODES.indexOf(outputMode) + 1] ?? "plain";
          log.info(
            { model, from: outputMode, to: next },
            "the model server rejected this response format; trying the next",
          );
          outputMode = next;
          continue;
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
  };
}
