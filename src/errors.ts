// One family for every failure wcit-desk names. Each error carries a stable string `code`, and the
// table below says once, for every code, how a surface treats it: the exit status the command line
// and `npm start` end with, and whether the message may be shown to whoever asked (a Slack user) or
// only to whoever runs wcit-desk. Surfaces map errors with the functions at the end of this file,
// never by `instanceof` on a particular class. Messages are written for people: they say what is
// wrong and what to do, and never carry a stack trace.

/**
 * How a failure ends a process: 2 the command or a setting was misused (fix the input and run it
 * again), 1 the work failed (the message says why), 0 a stop that was asked for (nothing to say).
 */
export type ExitStatus = 0 | 1 | 2;

/**
 * Who a message is written for. `user`: anyone, including a Slack user who asked (it names no file,
 * setting or process). `operator`: whoever runs wcit-desk (the terminal, start-up, logs); a Slack
 * user gets the surface's own apology instead.
 */
export type Audience = "user" | "operator";

interface CodeRule {
  exitStatus: ExitStatus;
  audience: Audience;
}

/** Every code, with its rule. A new error class adds its code here first. */
export const ERROR_RULES = {
  // Misuse: the input or a setting is wrong; exit 2.
  usage_invalid: { exitStatus: 2, audience: "operator" },
  config_invalid: { exitStatus: 2, audience: "operator" },
  slack_settings_missing: { exitStatus: 2, audience: "operator" },
  question_invalid: { exitStatus: 2, audience: "user" },
  digest_preview_invalid: { exitStatus: 2, audience: "operator" },
  digest_command_invalid: { exitStatus: 2, audience: "user" },
  // Failures: the work could not be done; exit 1.
  corpus_invalid: { exitStatus: 1, audience: "operator" },
  corpus_manifest_invalid: { exitStatus: 1, audience: "operator" },
  document_unreadable: { exitStatus: 1, audience: "operator" },
  source_fetch_failed: { exitStatus: 1, audience: "operator" },
  store_unavailable: { exitStatus: 1, audience: "operator" },
  store_busy: { exitStatus: 1, audience: "operator" },
  search_index_unreadable: { exitStatus: 1, audience: "operator" },
  glossary_invalid: { exitStatus: 1, audience: "operator" },
  embedding_failed: { exitStatus: 1, audience: "operator" },
  prompt_invalid: { exitStatus: 1, audience: "operator" },
  suggested_questions_invalid: { exitStatus: 1, audience: "operator" },
  eval_set_invalid: { exitStatus: 1, audience: "operator" },
  digest_topics_invalid: { exitStatus: 1, audience: "operator" },
  digest_history_incomplete: { exitStatus: 1, audience: "operator" },
  slack_startup_failed: { exitStatus: 1, audience: "operator" },
  // A stop asked for (SIGTERM while still starting): not a failure.
  startup_stopped: { exitStatus: 0, audience: "operator" },
} as const satisfies Record<string, CodeRule>;

export type ErrorCode = keyof typeof ERROR_RULES;

/** The base of every error wcit-desk throws on purpose. */
export abstract class WcitError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  get exitStatus(): ExitStatus {
    return ERROR_RULES[this.code].exitStatus;
  }

  get audience(): Audience {
    return ERROR_RULES[this.code].audience;
  }
}

/** The exit status a failure ends a process with: its code's, or 1 for anything unforeseen. */
export function exitStatusOf(err: unknown): ExitStatus {
  return err instanceof WcitError ? err.exitStatus : 1;
}

/**
 * One line (or a few, for a list of problems) for whoever runs wcit-desk: the error's own message,
 * or `what: <message>` for an error nobody foresaw (whose stack trace belongs in the log).
 */
export function operatorMessage(err: unknown, what = "wcit-desk failed"): string {
  if (err instanceof WcitError) return err.message;
  return `${what}: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * What a surface may tell the person who asked: the message of an error written for users, else
 * undefined (the surface shows its own apology, never internals).
 */
export function userMessageOf(err: unknown): string | undefined {
  return err instanceof WcitError && err.audience === "user" ? err.message : undefined;
}

/**
 * Ends a command by the one rule: prints the operator's line (nothing for a stop that was asked
 * for) and returns the exit status.
 */
export function reportFailure(
  err: unknown,
  write: (line: string) => void,
  what?: string,
): ExitStatus {
  const status = exitStatusOf(err);
  if (status !== 0) write(`${operatorMessage(err, what)}\n`);
  return status;
}
