// `npm run doctor`: is the configuration usable? Checks the prompts and, when a model is configured,
// makes one tiny request to it (and to the embedding model), reporting success or the exact failure.
import type OpenAI from "openai";
import type { Config } from "../config.ts";
import { redactorFor } from "../log.ts";
import { embedTexts } from "../search/embeddings.ts";
import { createOpenAIClient, describeOpenAIError, OPENAI_DEFAULT_BASE_URL } from "./openai.ts";
import { DEFAULT_PROMPTS_DIR, loadPrompts } from "./prompts.ts";

export interface DoctorResult {
  ok: boolean;
  lines: string[];
}

/** A doctor should answer quickly: one attempt, and no waiting out a long timeout. */
const DOCTOR_TIMEOUT_MS = 20_000;

export async function runDoctor(
  config: Config,
  options: { client?: OpenAI; promptsDir?: string } = {},
): Promise<DoctorResult> {
  const lines: string[] = [];
  let ok = true;
  // A server's error text is shown because it names the problem; a proxy may echo the key in it.
  const redactSecrets = redactorFor(config);
  const pass = (text: string) => lines.push(redactSecrets(`ok    ${text}`));
  const fail = (text: string) => {
    ok = false;
    lines.push(redactSecrets(`FAIL  ${text}`));
  };
  const note = (text: string) => lines.push(redactSecrets(`      ${text}`));

  pass("configuration read (every variable well-formed)");
  note(`corpus: ${config.corpusDir}`);
  note(`database: ${config.databasePath}`);

  try {
    loadPrompts(options.promptsDir ?? DEFAULT_PROMPTS_DIR);
    pass("prompts load, with every placeholder in place");
  } catch (err) {
    fail(`prompts: ${(err as Error).message}`);
  }

  const ai = config.openai;
  if (!ai.enabled) {
    pass("no language model configured: answers are extractive (from the corpus's own sentences)");
    note(
      "set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (Azure OpenAI, Ollama, vLLM) for LLM answers",
    );
    if (ai.embeddingModel) {
      note("OPENAI_EMBEDDING_MODEL is set but unused without OPENAI_API_KEY or OPENAI_BASE_URL");
    }
    return { ok, lines };
  }

  const baseURL = ai.baseURL ?? OPENAI_DEFAULT_BASE_URL;
  note(
    `server: ${baseURL}${ai.baseURL ? "" : " (OpenAI; set OPENAI_BASE_URL for another server)"}`,
  );
  note(`API key: ${ai.apiKey ? "set" : "not set (fine for a local server that needs none)"}`);
  note(
    `model: ${ai.model}; timeout ${ai.timeoutMs} ms; ${ai.maxRetries} retries; prompt budget ${ai.promptTokenBudget} tokens`,
  );

  const client =
    options.client ??
    createOpenAIClient(ai, { maxRetries: 0, timeoutMs: Math.min(ai.timeoutMs, DOCTOR_TIMEOUT_MS) });
  const context = { model: ai.model, ...(ai.baseURL ? { baseURL: ai.baseURL } : {}) };

  const started = Date.now();
  try {
    const response = await client.chat.completions.create({
      model: ai.model,
      messages: [{ role: "user", content: "Reply with the single word OK." }],
    });
    const reply = (response.choices[0]?.message?.content ?? "").trim().slice(0, 40);
    pass(`model ${ai.model} answered in ${Date.now() - started} ms${reply ? ` ("${reply}")` : ""}`);
  } catch (err) {
    const failure = describeOpenAIError(err, context);
    fail(`model ${ai.model}: ${failure.logMessage}`);
  }

  if (ai.embeddingModel) {
    try {
      const [vector] = await embedTexts(client, ai.embeddingModel, ["WCIT-12"]);
      pass(
        `embedding model ${ai.embeddingModel} answered (${vector?.length ?? 0} dimensions): hybrid retrieval on`,
      );
    } catch (err) {
      const failure = describeOpenAIError(err, {
        ...context,
        model: ai.embeddingModel,
        modelVariable: "OPENAI_EMBEDDING_MODEL",
      });
      fail(`embedding model ${ai.embeddingModel}: ${failure.logMessage}`);
    }
  } else {
    note("no OPENAI_EMBEDDING_MODEL: retrieval is BM25 alone");
  }
  return { ok, lines };
}
