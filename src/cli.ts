#!/usr/bin/env node
// The command line: ask, search, ingest, sources, digest, doctor, eval. Thin: it wires the
// context, calls one function, and prints for people (or exactly one JSON object with --json).
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { runDoctor } from "./answer/doctor.ts";
import { runEval, type SplitChoice } from "./answer/eval.ts";
import { detailOutcomes, formatEvalDetails, formatEvalTable } from "./answer/eval-report.ts";
import { EVAL_SPLITS, loadEvalSet } from "./answer/eval-set.ts";
import { readAsNote, SEARCH_RESULTS } from "./answer/limits.ts";
import { validateQuestion } from "./answer/validate-question.ts";
import { type Config, loadConfig, loadDotEnv } from "./config.ts";
import { openContext, PROJECT_ROOT, runIngest } from "./context.ts";
import { fetchRemoteSources } from "./corpus/fetch.ts";
import type { IngestReport } from "./corpus/ingest.ts";
import { describeCorpusSources } from "./corpus/sources.ts";
import { isChannelId, runDigestCli } from "./digest/run.ts";
import { reportFailure, WcitError } from "./errors.ts";
import { createLogger, type Logger, redactorFor } from "./log.ts";
import { terminalSafe } from "./terminal.ts";
import { inertText } from "./text.ts";
import type { Answer, ScoredPassage, SpellingCorrection } from "./types.ts";

export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `wcit-desk: cited answers about the WCIT-12 treaty talks from the local corpus.

Usage:
  npm run ask -- "question" [--json] [--extractive]
  npm run search -- "terms" [--json] [-k N]
  npm run ingest -- [paths…] [--fetch] [--json]
  npm run sources -- [--json]
  npm run digest -- --channel C123 --dry-run
  npm run doctor
  npm run eval -- [--split tune|heldout|probe|all] [--details] [--json] [--llm] [--set FILE]

The first command builds the index from corpus/ by itself; later runs re-read only changed files.`;

/** The answer-quality set `npm run eval` asks by default (a benchmark file, not read in production). */
export const DEFAULT_EVAL_SET = path.join(PROJECT_ROOT, "bench", "wcit", "eval.json");

/** Exit codes: 0 done, 1 the command failed (the message says why), 2 the command was misused. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Every print path goes through `io`: nothing from a question, a passage or a model reaches the
  // terminal as a control sequence (JSON output is unchanged: JSON.stringify escapes controls),
  // and, once the settings are known, nothing carries a configured secret.
  const printer = (filter: (text: string) => string): CliIo => ({
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalSafe(filter(text))),
    stderr: (text) => rawIo.stderr(terminalSafe(filter(text))),
  });
  let io = printer((text) => text);
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.stdout(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  let config: Config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (e) {
    return reportFailure(e, io.stderr);
  }
  // Nothing printed carries a configured secret: a server's error text may echo one.
  const redactSecrets = redactorFor(config);
  io = printer(redactSecrets);
  // Logs go to stderr so that stdout stays the answer (and pure JSON with --json).
  const log = createLogger(
    io.env.LOG_LEVEL ?? "warn",
    { write: (s: string) => io.stderr(s) } as unknown as NodeJS.WritableStream as never,
    redactSecrets,
  );
  try {
    switch (command) {
      case "ask":
        return await ask(rest, config, log, io);
      case "search":
        return await search(rest, config, log, io);
      case "ingest":
        return await ingest(rest, config, log, io);
      case "sources":
        return await sources(rest, config, log, io);
      case "digest":
        return await digest(rest, config, log, io);
      case "doctor":
        return await doctor(rest, config, io);
      case "eval":
        return await evaluate(rest, config, log, io);
      default:
        io.stderr(`Unknown command "${command}"; the commands are ${COMMANDS.join(", ")}.\n`);
        return 2;
    }
  } catch (e) {
    // One rule for every command (src/errors.ts): the error's line and its exit status; only an
    // error nobody foresaw has a stack trace worth logging.
    if (!(e instanceof WcitError)) log.error({ err: e }, "command failed");
    return reportFailure(e, io.stderr);
  }
}

/** The command was misused: exit 2 with one line saying how to use it. */
export class UsageError extends WcitError {
  constructor(message: string) {
    super("usage_invalid", message);
  }
}

const COMMANDS = ["ask", "search", "ingest", "sources", "digest", "doctor", "eval"];

function optionList(options: NonNullable<ParseArgsConfig["options"]>): string {
  const names = Object.entries(options).map(([name, o]) =>
    o.short ? `-${o.short}/--${name}` : `--${name}`,
  );
  return names.length ? `it takes ${names.join(", ")}` : "it takes no options";
}

function parse<const O extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /^Unknown option '([^']+)'/.exec(err.message)?.[1];
    const what =
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown
        ? `Unknown option ${unknown} for ${command}`
        : err.message.replace(/\s+/g, " ").replace(/\.$/, "");
    throw new UsageError(`${what}; ${optionList(options)}.`);
  }
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length) {
    throw new UsageError(`${command} takes no arguments (got “${positionals.join(" ")}”).`);
  }
}

/** The question or search terms from the command line, checked before any index is opened. */
function questionFrom(positionals: string[], what: "question" | "search terms"): string {
  const text = positionals.join(" ").trim();
  if (!text) {
    throw new UsageError(
      what === "question"
        ? `Please give a question, for example: npm run ask -- "What did Article 5A of the ITRs say about security?"`
        : `Please give search terms, for example: npm run search -- "spam Article 5B"`,
    );
  }
  // The engine's own check (one length limit for every surface); its error exits 2 like misuse.
  return validateQuestion(text, what === "question" ? "question" : "search");
}

async function ask(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("ask", args, {
    json: { type: "boolean" },
    extractive: { type: "boolean" },
  });
  const question = questionFrom(positionals, "question");
  const ctx = await openContext(config, log, indexNotices(io));
  try {
    const answer = await ctx.engine.answer(question, {
      forceExtractive: Boolean(values.extractive),
    });
    io.stdout(
      values.json ? `${JSON.stringify(answerJson(answer), null, 2)}\n` : formatAnswer(answer),
    );
    try {
      await ctx.questions.recordAnswer({ surface: "cli" }, answer);
    } catch (err) {
      // The answer is out; a question log the database is too busy to take is not worth exit 1.
      log.warn({ err }, "the question could not be written to the question log");
    }
    return 0;
  } finally {
    await ctx.close();
  }
}

/** The `ask --json` shape promised in the README: stable, one object. */
export function answerJson(a: Answer) {
  return {
    question: a.question,
    ...(a.corrections?.length ? { corrections: a.corrections } : {}),
    mode: a.mode,
    coverage: a.coverage,
    answer: a.text,
    citations: a.citations.map((c) => ({
      n: c.n,
      documentId: c.documentId,
      title: c.title,
      url: c.url ?? null,
      ...(c.page !== undefined ? { page: c.page } : {}),
      ...(c.section ? { section: c.section } : {}),
      quote: c.quote,
      ...(c.primarySources?.length ? { primarySources: c.primarySources } : {}),
    })),
    ...(a.coverage === "none" ? { closestSources: a.closestSources } : {}),
    ...(a.fallbackReason ? { fallbackReason: a.fallbackReason } : {}),
    verification: a.verification,
    usage: a.usage ?? null,
    latencyMs: Math.round(a.latencyMs),
  };
}

function location(c: { page?: number; section?: string }): string {
  if (c.page !== undefined) return `p. ${c.page}`;
  return c.section ?? "";
}

/**
 * The answer for people. Unlike `--json` (raw, for programs), text that came from a model or the
 * corpus is shown inert: links defanged, mentions bracketed (`inertText`). The source links the
 * citations carry are printed as they are: they are the answer's only links.
 */
export function formatAnswer(a: Answer): string {
  const lines: string[] = [];
  const note = readAsNote(a.corrections);
  if (note) lines.push(inertText(note), "");
  if (a.coverage === "none") {
    lines.push(inertText(a.text), "");
    if (a.closestSources.length) {
      lines.push("Closest sources in the corpus:");
      for (const s of a.closestSources) lines.push(`  - ${s.title}${s.url ? ` <${s.url}>` : ""}`);
    }
    return `${lines.join("\n")}\n`;
  }
  const label =
    a.mode === "llm"
      ? `Written by a language model; ${a.verification.kept} sentence(s) verified against the sources${a.verification.dropped ? `, ${a.verification.dropped} unverifiable sentence(s) removed` : ""}.`
      : a.fallbackReason
        ? `Extractive summary (the language model's answer was not used: ${a.fallbackReason}).`
        : "Extractive summary: sentences quoted from the sources below.";
  lines.push(inertText(a.text), "", label);
  if (a.coverage === "partial") lines.push("The corpus covers this question only in part.");
  lines.push("", "Sources:");
  for (const c of a.citations) {
    const where = location(c);
    lines.push(`  [${c.n}] ${c.title}${where ? `, ${where}` : ""}${c.url ? ` <${c.url}>` : ""}`);
    lines.push(`      "${inertText(c.quote)}"`);
    for (const s of c.primarySources ?? []) {
      lines.push(`      rests on: ${s.title}${s.url ? ` <${s.url}>` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

async function search(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("search", args, {
    json: { type: "boolean" },
    k: { type: "string", short: "k" },
  });
  const query = questionFrom(positionals, "search terms");
  const k = values.k === undefined ? SEARCH_RESULTS : Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    throw new UsageError(`-k takes a whole number from 1 to 100 (got "${values.k}").`);
  }
  const ctx = await openContext(config, log, indexNotices(io));
  try {
    const { passages, corrections } = await ctx.engine.search(query, { k });
    io.stdout(
      values.json
        ? `${JSON.stringify(
            {
              passages: passages.map(passageJson),
              ...(corrections.length ? { corrections } : {}),
            },
            null,
            2,
          )}\n`
        : formatPassages(query, passages, corrections),
    );
    return 0;
  } finally {
    await ctx.close();
  }
}

function passageJson(s: ScoredPassage) {
  return {
    documentId: s.document.id,
    title: s.document.title,
    ...(s.passage.page !== undefined ? { page: s.passage.page } : {}),
    ...(s.passage.sectionPath.length ? { section: s.passage.sectionPath.join(" › ") } : {}),
    score: Number(s.score.toFixed(4)),
    text: s.passage.text,
  };
}

function formatPassages(
  query: string,
  passages: ScoredPassage[],
  corrections: readonly SpellingCorrection[],
): string {
  const note = readAsNote(corrections);
  const head = note ? `${inertText(note)}\n\n` : "";
  if (!passages.length) return `${head}No passage in the corpus matches "${query}".\n`;
  return `${head}${passages
    .map((s, i) => {
      const p = passageJson(s);
      const where = p.page !== undefined ? `p. ${p.page}` : (p.section ?? "");
      return `${i + 1}. ${p.title}${where ? `, ${where}` : ""}  (score ${p.score.toFixed(2)})\n   ${p.text}`;
    })
    .join("\n\n")}\n`;
}

function formatIngest(r: IngestReport): string {
  const lines = [
    `Indexed: ${r.filesRead} file(s) read, ${r.filesUnchanged} unchanged, ${r.passages} passage(s) written, ${r.skipped.length} skipped.`,
  ];
  if (r.added.length) lines.push(`Added: ${r.added.join(", ")}`);
  if (r.changed.length) lines.push(`Changed: ${r.changed.join(", ")}`);
  if (r.removed.length) lines.push(`Removed: ${r.removed.join(", ")}`);
  for (const s of r.skipped) lines.push(`Skipped ${s.path}: ${s.reason}`);
  for (const w of r.warnings) lines.push(`Warning: ${w}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Before answering, short notes on stderr: the index is being brought up to date, or is left as
 * it is (a broken sources.json, another process ingesting) and why.
 */
function indexNotices(io: CliIo) {
  return {
    onIngest: reportAutoIngest(io),
    onNotice: (message: string) => io.stderr(`Warning: ${message}\n`),
  };
}

function reportAutoIngest(io: CliIo) {
  return (phase: "start" | "done", report?: IngestReport) => {
    if (phase === "start") {
      io.stderr("Building the index from corpus/ (first run, or files changed)…\n");
    } else if (report) {
      io.stderr(
        `Indexed ${report.filesRead} file(s) into ${report.passages} passage(s)${report.skipped.length ? `; ${report.skipped.length} skipped (run \`npm run ingest\` for details)` : ""}.\n\n`,
      );
    }
  };
}

async function ingest(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("ingest", args, {
    fetch: { type: "boolean" },
    json: { type: "boolean" },
  });
  let fetchFailed = false;
  if (values.fetch) {
    const fetched = await fetchRemoteSources({ corpusDir: config.corpusDir, log });
    for (const f of fetched.results) {
      io.stderr(
        f.ok
          ? `Fetched ${f.id} → ${f.path}${f.skipped ? " (already present)" : ""}\n`
          : `Could not fetch ${f.id} (${f.url}): ${f.reason}\n`,
      );
      if (!f.ok) fetchFailed = true;
    }
  }
  const paths = positionals.map((p) => path.resolve(io.cwd, p));
  const report = await runIngest(config, log, paths.length ? paths : undefined);
  io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatIngest(report));
  return report.ok && !fetchFailed ? 0 : 1;
}

async function sources(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("sources", args, { json: { type: "boolean" } });
  noPositionals("sources", positionals);
  const ctx = await openContext(config, log, indexNotices(io));
  try {
    const docs = ctx.corpus.listDocuments();
    const stats = ctx.corpus.stats();
    const notIndexed = describeCorpusSources({
      corpusDir: config.corpusDir,
      store: ctx.corpus,
    }).filter((s) => s.state !== "indexed");
    if (values.json) {
      io.stdout(`${JSON.stringify({ documents: docs, notIndexed, stats }, null, 2)}\n`);
      return 0;
    }
    const lines = docs.map((d) => {
      const by = d.author ?? d.publisher;
      return `- ${d.title}${by ? ` — ${by}` : ""}${d.date ? ` (${d.date})` : ""}\n  ${d.url ?? `corpus/${d.path}`}${d.credit ? `\n  ${d.credit}` : ""}`;
    });
    for (const s of notIndexed) {
      const hint =
        s.state === "not downloaded"
          ? " (npm run ingest -- --fetch downloads it)"
          : s.reason
            ? `: ${s.reason}`
            : "";
      lines.push(`- ${s.title} — ${s.state}${hint}${s.url ? `\n  ${s.url}` : ""}`);
    }
    lines.push(
      "",
      `${stats.documents} document(s), ${stats.passages} passage(s)${stats.lastIngest ? `; last indexed ${stats.lastIngest.finishedAt ?? stats.lastIngest.startedAt}` : ""}.`,
    );
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  } finally {
    await ctx.close();
  }
}

async function digest(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("digest", args, {
    channel: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  noPositionals("digest", positionals);
  if (!values.channel)
    throw new UsageError("Please name a channel: npm run digest -- --channel C123 --dry-run");
  if (!isChannelId(values.channel)) {
    throw new UsageError(
      `“${values.channel}” is not a Slack channel id; give one like C0123ABCD: npm run digest -- --channel C0123ABCD --dry-run`,
    );
  }
  if (!values["dry-run"]) {
    throw new UsageError(
      "The command line only previews digests (--dry-run). Digests are posted by the Slack app (`npm start`) or with /wcit digest now.",
    );
  }
  const ctx = await openContext(config, log, indexNotices(io));
  try {
    const out = await runDigestCli({ ...ctx, channel: values.channel, dryRun: true, config });
    io.stdout(out);
    return 0;
  } finally {
    await ctx.close();
  }
}

async function doctor(args: string[], config: Config, io: CliIo): Promise<number> {
  const { positionals } = parse("doctor", args, {});
  noPositionals("doctor", positionals);
  const result = await runDoctor(config);
  io.stdout(`${result.lines.join("\n")}\n`);
  return result.ok ? 0 : 1;
}

const EVAL_SPLIT_CHOICES: readonly SplitChoice[] = [...EVAL_SPLITS, "all"];

/**
 * `eval`: the answer-quality benchmark. It exits 0 whatever the scores (it measures, it does not
 * judge), 2 on misuse and 1 when the set is malformed. Per-question detail covers the tuning half
 * unless the held-out half alone is asked for by name.
 */
async function evaluate(args: string[], config: Config, log: Logger, io: CliIo): Promise<number> {
  const { values, positionals } = parse("eval", args, {
    json: { type: "boolean" },
    details: { type: "boolean" },
    llm: { type: "boolean" },
    split: { type: "string" },
    set: { type: "string" },
  });
  noPositionals("eval", positionals);
  const split = (values.split ?? "all") as SplitChoice;
  if (!EVAL_SPLIT_CHOICES.includes(split)) {
    throw new UsageError(
      `--split must be ${EVAL_SPLIT_CHOICES.join(", ")} (got "${values.split}").`,
    );
  }
  if (values.llm && !config.openai.enabled) {
    throw new UsageError(
      "--llm needs a language model: set OPENAI_API_KEY (or OPENAI_BASE_URL); see .env.example.",
    );
  }
  const file = values.set ? path.resolve(io.cwd, values.set) : DEFAULT_EVAL_SET;
  const evalSet = loadEvalSet(file);
  const ctx = await openContext(config, log, indexNotices(io));
  try {
    const run = await runEval(ctx.engine, evalSet, { split, forceExtractive: !values.llm });
    if (values.json) {
      const json = {
        set: file,
        mode: run.mode,
        split,
        questions: run.outcomes.length,
        reports: run.reports,
        ...(values.details ? { details: detailOutcomes(run, split) } : {}),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      const details = values.details ? `\n\n${formatEvalDetails(run, split)}` : "";
      io.stdout(`${formatEvalTable(run)}${details}\n`);
    }
    return 0;
  } finally {
    await ctx.close();
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  loadDotEnv();
  const code = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  });
  process.exitCode = code;
}
