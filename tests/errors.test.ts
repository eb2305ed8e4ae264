// The error family (src/errors.ts): every error class wcit-desk throws on purpose has its own stable
// code, the exit status and audience its code's rule gives, and is mapped by the one rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EvalSetError } from "../src/answer/eval-set.ts";
import { PromptError } from "../src/answer/prompts.ts";
import { SuggestedQuestionsError } from "../src/answer/suggested.ts";
import { InvalidQuestionError } from "../src/answer/validate-question.ts";
import { UsageError } from "../src/cli.ts";
import { ConfigError } from "../src/config.ts";
import { CorpusError } from "../src/corpus/errors.ts";
import { FetchFailure } from "../src/corpus/fetch.ts";
import { LoadError } from "../src/corpus/loaders/types.ts";
import { ManifestError } from "../src/corpus/manifest.ts";
import { DigestCommandError } from "../src/digest/command.ts";
import { HistoryIncomplete } from "../src/digest/deliver.ts";
import { DigestCliError } from "../src/digest/run.ts";
import { DigestTopicsError } from "../src/digest/topics.ts";
import {
  ERROR_RULES,
  type ErrorCode,
  type ExitStatus,
  exitStatusOf,
  operatorMessage,
  reportFailure,
  userMessageOf,
  WcitError,
} from "../src/errors.ts";
import { EmbeddingError } from "../src/search/embeddings.ts";
import { GlossaryError } from "../src/search/glossary.ts";
import { IndexFormatError } from "../src/search/inverted.ts";
import { SlackSettingsError } from "../src/slack/app.ts";
import { SlackStartupError, StartupAborted } from "../src/slack/startup.ts";
import { StoreError } from "../src/store/db.ts";
import { IngestBusyError } from "../src/store/ingest-lock.ts";

const SRC = path.resolve(import.meta.dirname, "../src");

interface Row {
  error: WcitError;
  code: ErrorCode;
  exitStatus: ExitStatus;
  audience: "user" | "operator";
}

/** One representative of each class, with what its code must mean. */
const TABLE: Row[] = [
  {
    error: new UsageError("ask takes a question"),
    code: "usage_invalid",
    exitStatus: 2,
    audience: "operator",
  },
  {
    error: new ConfigError("PORT is malformed", []),
    code: "config_invalid",
    exitStatus: 2,
    audience: "operator",
  },
  {
    error: new SlackSettingsError(["SLACK_BOT_TOKEN"]),
    code: "slack_settings_missing",
    exitStatus: 2,
    audience: "operator",
  },
  {
    error: new InvalidQuestionError("Please ask a question."),
    code: "question_invalid",
    exitStatus: 2,
    audience: "user",
  },
  {
    error: new DigestCliError("not a channel id"),
    code: "digest_preview_invalid",
    exitStatus: 2,
    audience: "operator",
  },
  {
    error: new DigestCommandError("Which time?"),
    code: "digest_command_invalid",
    exitStatus: 2,
    audience: "user",
  },
  {
    error: new CorpusError("The corpus folder is empty."),
    code: "corpus_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new ManifestError("corpus/sources.json: is not JSON"),
    code: "corpus_manifest_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new LoadError("empty file"),
    code: "document_unreadable",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new FetchFailure("empty response"),
    code: "source_fetch_failed",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new StoreError("Cannot open the index database", "/x.sqlite"),
    code: "store_unavailable",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new IngestBusyError(
      { pid: 42, host: "h", startedAt: "2024-01-01T00:00:00Z" },
      "/x.sqlite",
    ),
    code: "store_busy",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new IndexFormatError("Persisted search index is truncated"),
    code: "search_index_unreadable",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new GlossaryError("Invalid glossary", "glossary.json"),
    code: "glossary_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new EmbeddingError("no vectors came back"),
    code: "embedding_failed",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new PromptError("Prompt lacks {{question}}", "answer.md"),
    code: "prompt_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new SuggestedQuestionsError("malformed", "suggested-questions.json"),
    code: "suggested_questions_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new EvalSetError("Invalid evaluation set", "eval.json"),
    code: "eval_set_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new DigestTopicsError("malformed", "digest-topics.json"),
    code: "digest_topics_invalid",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new HistoryIncomplete("more than 20 pages"),
    code: "digest_history_incomplete",
    exitStatus: 1,
    audience: "operator",
  },
  {
    error: new SlackStartupError("wcit-desk cannot start: Slack rejected SLACK_BOT_TOKEN"),
    code: "slack_startup_failed",
    exitStatus: 1,
    audience: "operator",
  },
  { error: new StartupAborted(), code: "startup_stopped", exitStatus: 0, audience: "operator" },
];

/** Every `class A extends B` in src/, by name. */
function classesInSrc(): Map<string, { parent: string; file: string }> {
  const found = new Map<string, { parent: string; file: string }>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const text = fs.readFileSync(full, "utf8");
        for (const m of text.matchAll(/\bclass\s+(\w+)\s+extends\s+(\w+)/g)) {
          found.set(m[1] as string, { parent: m[2] as string, file: path.relative(SRC, full) });
        }
      }
    }
  };
  walk(SRC);
  return found;
}

describe("one error family", () => {
  it.each(TABLE.map((row) => [row.error.name, row] as const))(
    "%s has its code, exit status and audience",
    (_name, row) => {
      expect(row.error).toBeInstanceOf(WcitError);
      expect(row.error).toBeInstanceOf(Error);
      expect(row.error.code).toBe(row.code);
      expect(row.error.exitStatus).toBe(row.exitStatus);
      expect(row.error.audience).toBe(row.audience);
      expect(exitStatusOf(row.error)).toBe(row.exitStatus);
      // The name is the class's, for logs.
      expect(row.error.name).toBe(row.error.constructor.name);
    },
  );

  it("gives every class its own code, and every code a class", () => {
    const codes = TABLE.map((row) => row.error.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(ERROR_RULES).sort());
    const names = TABLE.map((row) => row.error.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("leaves no error class in src/ outside the family, and none out of this table", () => {
    const classes = classesInSrc();
    const descendsFrom = (name: string, ancestor: string): boolean => {
      for (let c = classes.get(name); c; c = classes.get(c.parent)) {
        if (c.parent === ancestor) return true;
      }
      return false;
    };
    // The JSON error locator's internal jump out of its parser; it never leaves findJsonError.
    const internal = new Set(["Stop"]);
    const outside = [...classes.keys()].filter(
      (name) =>
        descendsFrom(name, "Error") &&
        !descendsFrom(name, "WcitError") &&
        name !== "WcitError" &&
        !internal.has(name),
    );
    expect(outside).toEqual([]);
    const family = [...classes.keys()].filter((name) => descendsFrom(name, "WcitError"));
    expect(family.sort()).toEqual(TABLE.map((row) => row.error.name).sort());
  });

  it("maps by one rule: the message for the operator, the exit status, a user message only when written for users", () => {
    for (const row of TABLE) {
      const lines: string[] = [];
      const status = reportFailure(row.error, (line) => lines.push(line));
      expect(status).toBe(row.exitStatus);
      // A stop that was asked for says nothing; every other error says its message, once.
      expect(lines).toEqual(row.exitStatus === 0 ? [] : [`${row.error.message}\n`]);
      expect(operatorMessage(row.error)).toBe(row.error.message);
      expect(userMessageOf(row.error)).toBe(
        row.audience === "user" ? row.error.message : undefined,
      );
    }
  });

  it("treats an error nobody foresaw as a failure, introduced, and never shown to users", () => {
    const surprise = new TypeError("cannot read properties of undefined");
    const lines: string[] = [];
    expect(reportFailure(surprise, (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual(["wcit-desk failed: cannot read properties of undefined\n"]);
    expect(operatorMessage("a string", "wcit-desk could not start")).toBe(
      "wcit-desk could not start: a string",
    );
    expect(exitStatusOf(surprise)).toBe(1);
    expect(userMessageOf(surprise)).toBeUndefined();
  });

  it("keeps the cause it was given", () => {
    const cause = new Error("SQLITE_CANTOPEN");
    expect(new StoreError("Cannot open", "/x", { cause }).cause).toBe(cause);
  });
});
