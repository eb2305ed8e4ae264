// The language-model answerer, assembled from its parts: the response contract (llm-response.ts),
// the transport (llm-transport.ts), parameter fallbacks (llm-fallbacks.ts), and the compose and
// rewrite policies (llm-compose.ts, llm-rewrite.ts). The engine sees only the LlmAnswerer seam.
import type OpenAI from "openai";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { createComposer } from "./llm-compose.ts";
import type { LlmAnswerer } from "./llm-contract.ts";
import { createCompleter } from "./llm-fallbacks.ts";
import { createRewriter } from "./llm-rewrite.ts";
import { createOpenAIClient } from "./openai.ts";
import { loadPrompts, type Prompts } from "./prompts.ts";

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
  const complete = createCompleter({ client, model, log, idleTimeoutMs: config.timeoutMs });
  return {
    model,
    rewriteQuestion: createRewriter({ complete, prompts, model, log }),
    compose: createComposer({
      complete,
      prompts,
      model,
      log,
      promptTokenBudget: config.promptTokenBudget,
      ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    }),
  };
}
