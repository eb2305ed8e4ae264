// The Slack app's entry point (`npm start`): config → context (store, index, engine) → Bolt.
// Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT. Thin on purpose.
import { pathToFileURL } from "node:url";
import { type Config, loadConfig, loadDotEnv } from "./config.ts";
import type { AppContext } from "./context.ts";
import { reportFailure, WcitError } from "./errors.ts";
import { createLogger, type Logger, redactorFor } from "./log.ts";
import type { SearchIndex } from "./search/index.ts";
import { createSlackApp, type SlackApp } from "./slack/app.ts";
import type { RetryOptions, SlackAppDeps } from "./slack/deps.ts";
import { formatMissingSettings, missingSlackSettings } from "./slack/settings.ts";
import type { StartupBackoff } from "./slack/startup.ts";

/**
 * What main needs from the composition root (src/context.ts): the Slack app's stores and engine,
 * and what it closes. The digest's parts are optional (tests run the app without them), and so is
 * the open search index (`GET /readyz` reports ready once it holds passages).
 */
export type SlackHostContext = Pick<
  AppContext,
  "corpus" | "questions" | "feedback" | "slackEvents" | "greetings" | "engine" | "close"
> &
  Partial<Pick<AppContext, "extraSubcommands" | "homeSections" | "startBackground">> & {
    index?: Pick<SearchIndex, "passageCount">;
  };

/** How an error nobody foresaw is introduced on stderr (errors of the family speak for themselves). */
const STARTUP_FAILED = "wcit-desk could not start";

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
 * 1: the index cannot be opened, or Slack rejected a token or stayed out of reach, said on stderr
 * by the error family's rule) and with 0 once running; the process then lives until SIGINT/SIGTERM.
 */
export async function main(io: MainIo): Promise<number> {
  const settings = settingsOf(io);
  if ("exitCode" in settings) return settings.exitCode;
  const { config } = settings;
  const log = createLogger(config.logLevel, undefined, redactorFor(config));
  // Every start-up failure ends by the error family's one rule (src/errors.ts); only one nobody
  // foresaw has a stack trace worth logging.
  const fail = (err: unknown) => {
    if (!(err instanceof WcitError)) log.error({ err }, "start-up failed");
    return reportFailure(err, io.stderr, STARTUP_FAILED);
  };
  let ctx: SlackHostContext;
  try {
    ctx = await openHost(io, config, log);
  } catch (err) {
    return fail(err);
  }
  let slack: SlackApp;
  try {
    slack = createSlackApp(slackAppDeps(io, config, log, ctx));
  } catch (err) {
    await ctx.close();
    return fail(err);
  }
  const shutdown = shutdownOf(slack, ctx, log);
  // Installed before connecting, so that a stop while Slack is still out of reach is clean too.
  if (io.handleSignals ?? true) shutDownOnSignals(shutdown, log);
  let port: number | undefined;
  try {
    port = await listenAndConnect(io, slack);
  } catch (err) {
    await shutdown();
    // A rejected token or an unreachable Slack is one line and exit 1; a stop asked for while
    // connecting (StartupAborted) is exit 0 and says nothing.
    return fail(err);
  }
  ctx.startBackground?.(slack.client);
  io.onStarted?.({ slack, ...(port !== undefined ? { port } : {}), shutdown });
  return 0;
}

/**
 * The settings read from the environment, or the exit code of a start-up they fail: a bad setting
 * said by the error family's rule, missing Slack settings listed (2).
 */
function settingsOf(io: MainIo): { config: Config } | { exitCode: number } {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (err) {
    return { exitCode: reportFailure(err, io.stderr, STARTUP_FAILED) };
  }
  const missing = missingSlackSettings(config);
  if (missing.length) {
    io.stderr(`${formatMissingSettings(missing)}\n`);
    return { exitCode: 2 };
  }
  return { config };
}

/**
 * The store, index and engine opened: by `io.open` where given, else by the composition root,
 * loaded lazily so that a settings error is reported without loading the index and engine.
 */
async function openHost(io: MainIo, config: Config, log: Logger): Promise<SlackHostContext> {
  const open =
    io.open ??
    (async (c: Config, l: Logger): Promise<SlackHostContext> => {
      const { openContext } = await import("./context.ts");
      return openContext(c, l);
    });
  return open(config, log);
}

/** What the Slack app is made from: the settings, the log, the context's stores and engine. */
function slackAppDeps(
  io: MainIo,
  config: Config,
  log: Logger,
  ctx: SlackHostContext,
): SlackAppDeps {
  return {
    config,
    log,
    corpus: ctx.corpus,
    questions: ctx.questions,
    feedback: ctx.feedback,
    events: ctx.slackEvents,
    greetings: ctx.greetings,
    engine: ctx.engine,
    isReady: () => (ctx.index ? ctx.index.passageCount > 0 : ctx.corpus.stats().passages > 0),
    ...(io.listen ? { listen: io.listen } : {}),
    ...(io.slackRetry ? { retryConfig: io.slackRetry } : {}),
    ...(io.startupBackoff ? { startupBackoff: io.startupBackoff } : {}),
    ...(ctx.extraSubcommands ? { extraSubcommands: ctx.extraSubcommands } : {}),
    ...(ctx.homeSections ? { homeSections: ctx.homeSections } : {}),
  };
}

/**
 * The app's shutdown, run once however often it is asked for: no new events, the answers in
 * flight finished, then the context closed.
 */
function shutdownOf(slack: SlackApp, ctx: SlackHostContext, log: Logger): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      log.info("shutting down: no new events; finishing answers in flight");
      await slack.stop();
      await ctx.close();
      log.info("stopped");
    })();
    return stopping;
  };
}

/** SIGINT and SIGTERM shut the app down, then end the process: 0, or 1 where shutdown failed. */
function shutDownOnSignals(shutdown: () => Promise<void>, log: Logger): void {
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

/** The app listening (HTTP mode: the port said to `io.onListening`), then connected to Slack. */
async function listenAndConnect(io: MainIo, slack: SlackApp): Promise<number | undefined> {
  const { port } = await slack.listen();
  io.onListening?.(port !== undefined ? { port } : {});
  await slack.connect();
  return port;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  loadDotEnv();
  main({ env: process.env, stderr: (t) => process.stderr.write(t) }).then(
    (code) => {
      if (code !== 0) process.exit(code);
    },
    (err: unknown) => {
      process.exit(reportFailure(err, (t) => process.stderr.write(t), STARTUP_FAILED));
    },
  );
}
