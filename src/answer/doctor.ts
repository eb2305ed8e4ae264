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

type ModelSettings = Config["openai"];

/** The doctor's lines as they are written: a check passed, a check failed, a note under one. */
interface DoctorReport {
  pass(text: string): void;
  fail(text: string): void;
  note(text: string): void;
  result(): DoctorResult;
}

/** Where a model's failure is described: the model and, when one is set, the server. */
interface ModelContext {
  model: string;
  baseURL?: string;
}

export async function runDoctor(
  config: Config,
  options: { client?: OpenAI; promptsDir?: string } = {},
): Promise<DoctorResult> {
  const report = doctorReport(config);
  checkSettings(report, config, options.promptsDir);

  const ai = config.openai;
  if (!ai.enabled) {
    noteNoModel(report, ai);
    return report.result();
  }

  noteServer(report, ai);
  const client =
    options.client ??
    createOpenAIClient(ai, { maxRetries: 0, timeoutMs: Math.min(ai.timeoutMs, DOCTOR_TIMEOUT_MS) });
  const context = { model: ai.model, ...(ai.baseURL ? { baseURL: ai.baseURL } : {}) };
  await checkChatModel(report, client, ai, context);
  await checkEmbeddingModel(report, client, ai, context);
  return report.result();
}

/** The report's lines, each with the configured secrets redacted, and whether every check passed. */
function doctorReport(config: Config): DoctorReport {
  const lines: string[] = [];
  let ok = true;
  // A server's error text is shown because it names the problem; a proxy may echo the key in it.
  const redactSecrets = redactorFor(config);
  return {
    pass: (text) => lines.push(redactSecrets(`ok    ${text}`)),
    fail: (text) => {
      ok = false;
      lines.push(redactSecrets(`FAIL  ${text}`));
    },
    note: (text) => lines.push(redactSecrets(`      ${text}`)),
    result: () => ({ ok, lines }),
  };
}

/** The configuration read, where the corpus and database are, and whether the prompts load. */
function checkSettings(report: DoctorReport, config: Config, promptsDir: string | undefined): void {
  report.pass("configuration read (every variable well-formed)");
  report.note(`corpus: ${config.corpusDir}`);
  report.note(`database: ${config.databasePath}`);

  try {
    loadPrompts(promptsDir ?? DEFAULT_PROMPTS_DIR);
    report.pass("prompts load, with every placeholder in place");
  } catch (err) {
    report.fail(`prompts: ${(err as Error).message}`);
  }
}

/** No model configured: answers are extractive, and how to configure one. */
function noteNoModel(report: DoctorReport, ai: ModelSettings): void {
  report.pass(
    "no language model configured: answers are extractive (from the corpus's own sentences)",
  );
  report.note(
    "set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (Azure OpenAI, Ollama, vLLM) for LLM answers",
  );
  if (ai.embeddingModel) {
    report.note(
      "OPENAI_EMBEDDING_MODEL is set but unused without OPENAI_API_KEY or OPENAI_BASE_URL",
    );
  }
}

/** The server, whether a key is set, and the model's settings. */
function noteServer(report: DoctorReport, ai: ModelSettings): void {
  const baseURL = ai.baseURL ?? OPENAI_DEFAULT_BASE_URL;
  report.note(
    `server: ${baseURL}${ai.baseURL ? "" : " (OpenAI; set OPENAI_BASE_URL for another server)"}`,
  );
  report.note(
    `API key: ${ai.apiKey ? "set" : "not set (fine for a local server that needs none)"}`,
  );
  report.note(
    `model: ${ai.model}; timeout ${ai.timeoutMs} ms; ${ai.maxRetries} retries; prompt budget ${ai.promptTokenBudget} tokens`,
  );
}

/** One tiny request to the chat model: its time and reply, or the exact failure. */
async function checkChatModel(
  report: DoctorReport,
  client: OpenAI,
  ai: ModelSettings,
  context: ModelContext,
): Promise<void> {
  const started = Date.now();
  try {
    const response = await client.chat.completions.create({
      model: ai.model,
      messages: [{ role: "user", content: "Reply with the single word OK." }],
    });
    const reply = (response.choices[0]?.message?.content ?? "").trim().slice(0, 40);
    report.pass(
      `model ${ai.model} answered in ${Date.now() - started} ms${reply ? ` ("${reply}")` : ""}`,
    );
  } catch (err) {
    const failure = describeOpenAIError(err, context);
    report.fail(`model ${ai.model}: ${failure.logMessage}`);
  }
}

/** One text embedded by the embedding model, where one is set: its dimensions, or the failure. */
async function checkEmbeddingModel(
  report: DoctorReport,
  client: OpenAI,
  ai: ModelSettings,
  context: ModelContext,
): Promise<void> {
  if (!ai.embeddingModel) {
    report.note("no OPENAI_EMBEDDING_MODEL: retrieval is BM25 alone");
    return;
  }
  try {
    const [vector] = await embedTexts(client, ai.embeddingModel, ["WCIT-12"]);
    report.pass(
      `embedding model ${ai.embeddingModel} answered (${vector?.length ?? 0} dimensions): hybrid retrieval on`,
    );
  } catch (err) {
    const failure = describeOpenAIError(err, {
      ...context,
      model: ai.embeddingModel,
      modelVariable: "OPENAI_EMBEDDING_MODEL",
    });
    report.fail(`embedding model ${ai.embeddingModel}: ${failure.logMessage}`);
  }
}
