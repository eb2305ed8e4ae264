// The pino logger. Tokens and secrets are redacted wherever they appear in a log object.
import { type Logger, pino } from "pino";

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

/** Token shapes we never want in a log line, even inside a message string. */
const TOKEN_PATTERN = /\b(xox[abpers]-[0-9A-Za-z-]+|xapp-[0-9A-Za-z-]+|sk-[A-Za-z0-9_-]{8,})/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN_PATTERN, "[redacted]");
}

export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: "wcit-desk" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === "string" ? redactTokens(a) : a));
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    formatters: {
      log(object) {
        // Error messages from SDKs sometimes echo a token; scrub strings one level deep.
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(object)) {
          out[k] = typeof v === "string" ? redactTokens(v) : v;
        }
        return out;
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that drops everything (tests, --json output). */
export const silentLogger: Logger = pino({ level: "silent" });
