// The only module that reads process.env. One schema, embedded-mode defaults, and errors that name
// each bad variable and what it is for.
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { WcitError } from "./errors.ts";

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s === undefined || s === "" ? undefined : s));

const intFrom = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === "" ? String(fallback) : s.trim()))
    .pipe(z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`))
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const csv = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  );

const hhmm = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? "08:30" : s.trim()))
  .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time like 08:30"));

const ianaZone = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === "" ? "UTC" : s.trim()))
  .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Brussels or UTC");

const url = optionalString.refine(
  (s) => s === undefined || /^https?:\/\/\S+$/.test(s),
  "must be an http(s) URL",
);

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The default ANSWER_DEADLINE_MS: well inside the patience of someone waiting in Slack, and long
 * enough for a model to write a few cited sentences. After it the answer is extractive.
 */
export const DEFAULT_ANSWER_DEADLINE_MS = 25_000;

/** What each variable is for: shown next to the error when one is malformed. */
export const VARIABLE_HELP: Record<string, string> = {
  CORPUS_DIR: "folder of documents to index",
  DATA_DIR: "folder for the SQLite index",
  DATABASE_PATH: "SQLite file of the index (default DATA_DIR/wcit-desk.sqlite)",
  LOG_LEVEL: "pino log level",
  OPENAI_API_KEY: "key for OpenAI or a compatible server; enables LLM answers",
  OPENAI_BASE_URL: "base URL of an OpenAI-compatible server (Azure OpenAI, Ollama, vLLM)",
  OPENAI_MODEL: "chat model that writes answers",
  OPENAI_TIMEOUT_MS: "timeout of one model request, in milliseconds",
  OPENAI_MAX_RETRIES: "retries of a failed model request (429, 5xx, timeouts)",
  OPENAI_PROMPT_TOKEN_BUDGET: "most tokens of passages put in one prompt",
  ANSWER_DEADLINE_MS:
    "longest the language model may take over one answer, in milliseconds; then the answer is extractive",
  OPENAI_EMBEDDING_MODEL: "embedding model; enables hybrid retrieval",
  SLACK_BOT_TOKEN: "bot token (xoxb-…) from the app's OAuth page",
  SLACK_SIGNING_SECRET: "signing secret from the app's Basic Information page (HTTP mode)",
  SLACK_APP_TOKEN: "app-level token (xapp-…) with connections:write; enables Socket Mode",
  SLACK_API_URL: "Web API base URL (GovSlack, tests)",
  PORT: "HTTP port in HTTP mode",
  ALLOWED_CHANNEL_IDS: "comma-separated channel ids the bot answers in (empty: all)",
  ALLOWED_TEAM_ID: "the only workspace id the bot answers in (empty: any)",
  RATE_LIMIT_PER_MINUTE: "questions one user may ask a minute",
  EVENT_DEDUPE_TTL_HOURS: "how long processed Slack event ids are remembered",
  ANSWER_CONCURRENCY: "Slack questions answered at the same time; the rest wait in line",
  ANSWER_QUEUE_LIMIT: "Slack questions that may wait in line; one more is told the bot is busy",
  DIGEST_DEFAULT_TIME: "default daily digest time, HH:MM",
  DIGEST_TZ: "default digest time zone (IANA name)",
};

const schema = z.object({
  CORPUS_DIR: optionalString,
  DATA_DIR: optionalString,
  DATABASE_PATH: optionalString,
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .optional()
    .default("info"),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url,
  OPENAI_MODEL: optionalString,
  OPENAI_TIMEOUT_MS: intFrom(1_000, 600_000, 30_000),
  OPENAI_MAX_RETRIES: intFrom(0, 10, 2),
  OPENAI_PROMPT_TOKEN_BUDGET: intFrom(500, 200_000, 3_000),
  ANSWER_DEADLINE_MS: intFrom(1_000, 600_000, DEFAULT_ANSWER_DEADLINE_MS),
  OPENAI_EMBEDDING_MODEL: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url,
  PORT: intFrom(1, 65_535, 3000),
  ALLOWED_CHANNEL_IDS: csv,
  ALLOWED_TEAM_ID: optionalString,
  RATE_LIMIT_PER_MINUTE: intFrom(1, 1_000, 10),
  EVENT_DEDUPE_TTL_HOURS: intFrom(1, 24 * 30, 24),
  ANSWER_CONCURRENCY: intFrom(1, 64, 4),
  ANSWER_QUEUE_LIMIT: intFrom(0, 10_000, 100),
  DIGEST_DEFAULT_TIME: hhmm,
  DIGEST_TZ: ianaZone,
});

export const DEFAULT_OPENAI_MODEL = "gpt-4.1-mini";

export interface Config {
  corpusDir: string;
  dataDir: string;
  databasePath: string;
  logLevel: string;
  openai: {
    /** Set when an LLM is configured (a key, or a base URL for a keyless local server). */
    enabled: boolean;
    apiKey?: string;
    baseURL?: string;
    model: string;
    timeoutMs: number;
    maxRetries: number;
    promptTokenBudget: number;
    /** ANSWER_DEADLINE_MS: the model's total time for one answer (rewrite and composition). */
    answerDeadlineMs: number;
    embeddingModel?: string;
  };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    port: number;
    allowedChannelIds: string[];
    allowedTeamId?: string;
    rateLimitPerMinute: number;
    eventDedupeTtlHours: number;
    /** Answers worked on at once (a few: answering is mostly one core's work, or waiting on a model). */
    answerConcurrency: number;
    /** Answers that may wait for a turn before new questions get "busy, try again in a moment". */
    answerQueueLimit: number;
  };
  digest: {
    defaultTime: string;
    timeZone: string;
  };
}

export class ConfigError extends WcitError {
  constructor(
    message: string,
    readonly problems: { variable: string; problem: string }[],
  ) {
    super("config_invalid", message);
  }
}

/** Reads the configuration; throws ConfigError naming every malformed variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? "?");
      return { variable, problem: issue.message };
    });
    const lines = problems.map(
      (p) =>
        `  ${p.variable}: ${p.problem}${VARIABLE_HELP[p.variable] ? ` (${VARIABLE_HELP[p.variable]})` : ""}`,
    );
    throw new ConfigError(
      `Configuration error: ${problems.length === 1 ? "one variable is" : `${problems.length} variables are`} malformed:\n${lines.join("\n")}\nSee .env.example for every setting.`,
      problems,
    );
  }
  const e = parsed.data;
  const corpusDir = path.resolve(cwd, e.CORPUS_DIR ?? "corpus");
  const dataDir = path.resolve(cwd, e.DATA_DIR ?? "data");
  const databasePath = path.resolve(cwd, e.DATABASE_PATH ?? path.join(dataDir, "wcit-desk.sqlite"));
  return {
    corpusDir,
    dataDir,
    databasePath,
    logLevel: e.LOG_LEVEL,
    openai: {
      enabled: Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL),
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      promptTokenBudget: e.OPENAI_PROMPT_TOKEN_BUDGET,
      answerDeadlineMs: e.ANSWER_DEADLINE_MS,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
    },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      port: e.PORT,
      allowedChannelIds: e.ALLOWED_CHANNEL_IDS,
      allowedTeamId: e.ALLOWED_TEAM_ID,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      eventDedupeTtlHours: e.EVENT_DEDUPE_TTL_HOURS,
      answerConcurrency: e.ANSWER_CONCURRENCY,
      answerQueueLimit: e.ANSWER_QUEUE_LIMIT,
    },
    digest: {
      defaultTime: e.DIGEST_DEFAULT_TIME,
      timeZone: e.DIGEST_TZ,
    },
  };
}

/**
 * Loads `.env` from the working folder into process.env, if there is one; variables already set
 * in the environment win. Called by the entry points only, before loadConfig.
 */
export function loadDotEnv(cwd: string = process.cwd()): string | undefined {
  const file = path.join(cwd, ".env");
  if (!existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}
