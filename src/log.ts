// The pino logger, and the one rule for keeping secrets out of everything we print. Secrets are
// redacted by key (structured fields), by shape (Slack and OpenAI token prefixes) and by value (the
// configured secrets themselves, whatever their shape), on every log line and every printed error.
import { type Logger, pino } from "pino";
import type { Config } from "./config.ts";

export type { Logger };

const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "apiKey",
  "authorization",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "OPENAI_API_KEY",
];

const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'headers["authorization"]',
  'headers["x-slack-signature"]',
  '*.headers["authorization"]',
];

const REDACTED = "[redacted]";

/** Token shapes we never want in a log line, even inside a message string. */
const TOKEN_PATTERN = /\b(xox[abpers]-[0-9A-Za-z-]+|xapp-[0-9A-Za-z-]+|sk-[A-Za-z0-9_-]{8,})/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN_PATTERN, REDACTED);
}

/**
 * A configured value shorter than this is redacted by shape only, not by value: no real key, token
 * or signing secret is this short (OpenAI keys, Slack tokens and signing secrets are 32 characters
 * and more), a keyless local server is often given a placeholder such as "none" or "ollama", and
 * replacing a short common string everywhere would garble every line.
 */
export const MIN_SECRET_LENGTH = 8;

/** Makes text safe to print: every secret value and every token-shaped string becomes "[redacted]". */
export type RedactSecrets = (text: string) => string;

/** The secret values a configuration holds: the OpenAI key and the three Slack secrets. */
export function secretValuesOf(config: Pick<Config, "openai" | "slack">): string[] {
  return [
    config.openai.apiKey,
    config.slack.botToken,
    config.slack.appToken,
    config.slack.signingSecret,
  ].filter((v): v is string => v !== undefined);
}

/**
 * The redactor for a set of secret values. Each value is also matched in its JSON-escaped form,
 * since a log line is JSON by the time it is redacted.
 */
export function createSecretRedactor(secrets: readonly string[]): RedactSecrets {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  // Longest first, so that a secret containing another is replaced whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return redactTokens(out);
  };
}

/** `redactSecrets` for a configuration: what the CLI, doctor and the Slack app print through. */
export function redactorFor(config: Pick<Config, "openai" | "slack">): RedactSecrets {
  return createSecretRedactor(secretValuesOf(config));
}

/**
 * The logger. `redactSecrets` (default: token shapes only) runs on every serialized line just
 * before it is written, so a secret is caught wherever it sits: a message, an error's stack, a
 * nested field, a child logger's bindings.
 */
export function createLogger(
  level = "info",
  destination?: pino.DestinationStream,
  redactSecrets: RedactSecrets = redactTokens,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: "wcit-desk" },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: { streamWrite: redactSecrets },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything (tests, --json output). */
export const silentLogger: Logger = pino({ level: "silent" });
