// The command line ends every failure by the error family's one rule (src/errors.ts): each error
// reached here for real prints its own message (no "wcit-desk failed" prefix, no stack, nothing on
// stdout) and exits with its code's status: 2 misuse, 1 failure.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_RULES, type ErrorCode } from "../src/errors.ts";
import { openDatabase } from "../src/store/db.ts";
import { acquireIngestLock } from "../src/store/ingest-lock.ts";
import { runCliCaptured } from "./support/cli-run.ts";
import { tempNoteCorpus } from "./support/temp-corpus.ts";

const temp = tempNoteCorpus("wcit-cli-errors-");

const QUESTION = "What does Article 5B say about spam?";

/** Runs the CLI and checks the one rule: its code's exit status, the message alone on stderr. */
async function expectMapped(
  code: ErrorCode,
  argv: string[],
  runEnv: Record<string, string>,
  message: RegExp,
) {
  const r = await runCliCaptured(argv, runEnv);
  expect(r.code).toBe(ERROR_RULES[code].exitStatus);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/wcit-desk failed|\n\s+at |"level"/);
  return r;
}

const oneLine = (text: string) => text.trim().split("\n");

describe("the CLI maps each error by its code", () => {
  it("usage_invalid: exit 2, one line", async () => {
    const r = await expectMapped(
      "usage_invalid",
      ["search", "spam", "-k", "0"],
      temp.env,
      /^-k takes/,
    );
    expect(oneLine(r.stderr)).toHaveLength(1);
  });

  it("config_invalid: exit 2, naming the variable", async () => {
    await expectMapped(
      "config_invalid",
      ["ask", QUESTION],
      { ...temp.env, RATE_LIMIT_PER_MINUTE: "lots" },
      /^Configuration error: .*\n\s+RATE_LIMIT_PER_MINUTE: /,
    );
  });

  it("question_invalid: exit 2, one line", async () => {
    const r = await expectMapped(
      "question_invalid",
      ["ask", "x".repeat(2_001)],
      temp.env,
      /the limit is 2,000/,
    );
    expect(oneLine(r.stderr)).toHaveLength(1);
  });

  it("corpus_invalid: exit 1, naming the folder", async () => {
    const missing = path.join(temp.dir, "no-such-corpus");
    const r = await expectMapped(
      "corpus_invalid",
      ["ask", QUESTION],
      { ...temp.env, CORPUS_DIR: missing },
      /no-such-corpus/,
    );
    expect(oneLine(r.stderr)).toHaveLength(1);
  });

  it("corpus_manifest_invalid: exit 1, naming the file and line", async () => {
    fs.writeFileSync(path.join(temp.corpusDir, "sources.json"), '{\n  "documents": [,]\n}\n');
    const r = await expectMapped(
      "corpus_manifest_invalid",
      ["ingest"],
      temp.env,
      /^corpus\/sources\.json: is not valid JSON at line 2/,
    );
    expect(oneLine(r.stderr)).toHaveLength(1);
  });

  it("store_unavailable: exit 1, naming the database", async () => {
    const blocker = path.join(temp.dir, "a-file");
    fs.writeFileSync(blocker, "x");
    const r = await expectMapped(
      "store_unavailable",
      ["ask", QUESTION],
      { ...temp.env, DATABASE_PATH: path.join(blocker, "index.sqlite") },
      /a-file/,
    );
    expect(oneLine(r.stderr)).toHaveLength(1);
  });

  it("store_busy: exit 1, naming the process that ingests", async () => {
    const file = path.join(temp.dir, "data", "wcit-desk.sqlite");
    const db = openDatabase(file);
    const lock = acquireIngestLock(db);
    try {
      const r = await expectMapped(
        "store_busy",
        ["ingest"],
        temp.env,
        new RegExp(`^Another ingest is running on the index .*process ${process.pid}`),
      );
      expect(oneLine(r.stderr)).toHaveLength(1);
    } finally {
      lock.release();
      db.close();
    }
  });

  it("glossary_invalid: exit 1, the message alone", async () => {
    fs.writeFileSync(path.join(temp.corpusDir, "glossary.json"), "[not json");
    await expectMapped(
      "glossary_invalid",
      ["ask", QUESTION],
      temp.env,
      /^Cannot read the glossary .*glossary\.json/m,
    );
  });

  it("suggested_questions_invalid: exit 1, naming the file", async () => {
    fs.writeFileSync(path.join(temp.corpusDir, "suggested-questions.json"), '{"questions": 3}');
    await expectMapped(
      "suggested_questions_invalid",
      ["ask", QUESTION],
      temp.env,
      /suggested-questions\.json/,
    );
  });

  it("digest_topics_invalid: exit 1, naming the file", async () => {
    fs.writeFileSync(path.join(temp.corpusDir, "digest-topics.json"), '{"topics": "none"}');
    await expectMapped("digest_topics_invalid", ["ask", QUESTION], temp.env, /digest-topics\.json/);
  });

  it("eval_set_invalid: exit 1, naming the file", async () => {
    const set = path.join(temp.dir, "eval.json");
    fs.writeFileSync(set, "{}");
    await expectMapped("eval_set_invalid", ["eval", "--set", set], temp.env, /eval\.json/);
  });
});
