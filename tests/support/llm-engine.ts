// The real answer engine with the real LLM answerer (and the real openai client) talking to the
// fake OpenAI-compatible server, over the fixed passages of fake-openai.ts.
import { type AnswerEngineDeps, createAnswerEngine } from "../../src/answer/engine.ts";
import { createLlmAnswerer } from "../../src/answer/llm.ts";
import type { Config } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import type { AnswerEngine, ScoredPassage } from "../../src/types.ts";
import { openaiConfig, PASSAGES } from "./fake-openai.ts";

/**
 * Wired as src/context.ts wires it (the answer deadline comes from the OpenAI settings); retrieval
 * returns the first k of `passages` (`PASSAGES` unless given) and tells `onQuery` what it was
 * asked.
 */
export function llmEngineOnPassages(
  baseURL: string,
  options: {
    openai?: Partial<Config["openai"]>;
    onQuery?: (query: string) => void;
    passages?: readonly ScoredPassage[];
    correctSpelling?: AnswerEngineDeps["correctSpelling"];
  } = {},
): AnswerEngine {
  const config = openaiConfig(baseURL, options.openai);
  return createAnswerEngine({
    retrieve: async (query, k) => {
      options.onQuery?.(query);
      return (options.passages ?? PASSAGES).slice(0, k);
    },
    llm: createLlmAnswerer({ config, log: silentLogger }),
    ...(options.correctSpelling ? { correctSpelling: options.correctSpelling } : {}),
    log: silentLogger,
    answerDeadlineMs: config.answerDeadlineMs,
  });
}
