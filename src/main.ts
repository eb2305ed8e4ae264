// The Slack app's entry point (`npm start`): config → context (store, index, engine) → Bolt.
// Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT. Thin on purpose.
import { pathToFileURL } from "node:url";
import type { KnownBlock } from "@slack/types";
import { type Config, ConfigError, loadConfig, loadDotEnv } from "./config.ts";
import { createLogger, type Logger, redactorFor } from "./log.ts";
import { createSlackApp, type SlackApp } from "./slack/app.ts";
import type { RetryOptions, WebClient } from "./slack/deps.ts";
import { formatMissingSettings, missingSlackSettings } from "./slack/settings.ts";
import { SlackStartupError, StartupAborted, type StartupBackoff } from "./slack/startup.ts";
import type { CorpusStore } from "./store/corpus.ts";
import type { Db } from "./store/db.ts";
import type { QuestionLog } from "./store/questions.ts";
import type { AnswerEngine, SubcommandHandler } from "./types.ts";

/** What main needs from the composition root (src/context.ts); the Slack-only parts are optional. */
export interface SlackHostContext {
  db: Db;
  corpus: CorpusStore;
  questions: QuestionLog;
  engine: AnswerEngine;
  /** The open search index; `GET /readyz` reports ready once it holds passages. */
  index?: { readonly passageCount: number };
  extraSubcommands?: Record<string, SubcommandHandler>;
  homeSections?: (teamId: string) => Promise<KnownBlock[]>;
  /** Background work that posts to Slack (the digest scheduler), started once Slack is up. */
  startBackground?: (client: WebClient) => void;
  close(): Promise<void>;
}

export interface MainIo {
  env: Record<string, string | undefined>;
  stderr: (text: string) => void;
  /** Opens the store, index and engine; tests pass their own. */
  open?: (config: Config, log: Logger) => Promise<SlackHostContext>;
  /** Called once the app runs, with a function that shuts it down (signals call it too). */
  onStarted?: (started: { slack: SlackApp; port?: number; shutdown: () => Promise<void> }) => void;
  /** HTTP mode: called once the port is open, before Slack is connected (health checks answer). */
  onListening?: (listening: { port?: number }) => void;
  handleSignals?: boolean;
  /** Where HTTP mode listens (default: PORT on every interface). */
  listen?: { port: number; host?: string };
  /** Start-up retry policies (tests shorten them). */
  slackRetry?: RetryOptions;
  startupBackoff?: StartupBackoff;
}

/**
 * Starts the Slack app. Resolves with an exit code when start-up fails (2: bad or missing settings;
 * 1: Slack rejected a token or stayed out of reach, said in one line on stderr) and with 0 once
 * running; the process then lives until SIGINT/SIGTERM.
 */
export async function main(io: MainIo): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const missing = missingSlackSettings(config);
  if (missing.length) {
    io.stderr(`${formatMissingSettings(missing)}\n`);
    return 2;
  }
  const log = createLogger(config.logLevel, undefined, redactorFor(config));
  // Loaded lazily so that a settings error is reported without loading the index and engine.
  const open =
    io.open ??
    (async (c: Config, l: Logger): Promise<SlackHostContext> => {
      const { openContext } = await import("./context.ts");
      return openContext(c, l);
    });
  const ctx = await open(config, log);
  let slack: SlackApp;
  try {
    slack = createSlackApp({
      config,
      log,
      db: ctx.db,
      corpus: ctx.corpus,
      questions: ctx.questions,
      engine: ctx.engine,
      isReady: () => (ctx.index ? ctx.index.passageCount > 0 : ctx.corpus.stats().passages > 0),
      ...(io.listen ? { listen: io.listen } : {}),
      ...(io.slackRetry ? { retryConfig: io.slackRetry } : {}),
      ...(io.startupBackoff ? { startupBackoff: io.startupBackoff } : {}),
      ...(ctx.extraSubcommands ? { extraSubcommands: ctx.extraSubcommands } : {}),
      ...(ctx.homeSections ? { homeSections: ctx.homeSections } : {}),
    });
  } catch (err) {
    await ctx.close();
    throw err;
  }

  let stopping: Promise<void> | undefined;
  const shutdown = () => {
    stopping ??= (async () => {
      log.info("shutting down: no new events; finishing answers in flight");
      await slack.stop();
      await ctx.close();
      log.info("stopped");
    })();
    return stopping;
  };
  if (io.handleSignals ?? true) {
    // Installed before connecting, so that a stop while Slack is still out of reach is clean too.
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        shutdown().then(
          () => process.exit(0),
          (err: unknown) => {
            log.error({ err }, "shutdown failed");
            process.exit(1);
          },
        );
      });
    }
  }

  let port: number | undefined;
  try {
    ({ port } = await slack.listen());
    io.onListening?.(port !== undefined ? { port } : {});
    await slack.connect();
  } catch (err) {
    await shutdown();
    if (err instanceof StartupAborted) return 0;
    if (err instanceof SlackStartupError) {
      io.stderr(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  ctx.startBackground?.(slack.client);
  io.onStarted?.({ slack, ...(port !== undefined ? { port } : {}), shutdown });
  return 0;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  loadDotEnv();
  main({ env: process.env, stderr: (t) => process.stderr.write(t) }).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (err: unknown) => {
      process.stderr.write(
        `wcit-desk could not start: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      process.exit(1);
    },
  );
}
