import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULT_ANSWER_DEADLINE_MS,
  DEFAULT_OPENAI_MODEL,
  loadConfig,
  loadDotEnv,
} from "../src/config.ts";

describe("loadConfig", () => {
  it("gives the embedded defaults with an empty environment", () => {
    const c = loadConfig({}, "/srv/app");
    expect(c.corpusDir).toBe(path.resolve("/srv/app/corpus"));
    expect(c.databasePath).toBe(path.resolve("/srv/app/data/wcit-desk.sqlite"));
    expect(c.openai.enabled).toBe(false);
    expect(c.openai.model).toBe(DEFAULT_OPENAI_MODEL);
    expect(c.openai.promptTokenBudget).toBe(3000);
    expect(c.openai.answerDeadlineMs).toBe(DEFAULT_ANSWER_DEADLINE_MS);
    expect(c.slack.port).toBe(3000);
    expect(c.slack.allowedChannelIds).toEqual([]);
    expect(c.digest).toEqual({ defaultTime: "08:30", timeZone: "UTC" });
  });

  it("enables the model with a key or with a base URL alone (keyless local servers)", () => {
    expect(loadConfig({ OPENAI_API_KEY: "k" }).openai.enabled).toBe(true);
    expect(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }).openai.enabled).toBe(true);
    expect(loadConfig({ OPENAI_API_KEY: "  " }).openai.enabled).toBe(false);
  });

  it("parses lists and numbers", () => {
    const c = loadConfig({
      ALLOWED_CHANNEL_IDS: "C1, C2,,",
      PORT: "8080",
      OPENAI_MAX_RETRIES: "0",
      ANSWER_DEADLINE_MS: "8000",
    });
    expect(c.openai.answerDeadlineMs).toBe(8000);
    expect(c.slack.allowedChannelIds).toEqual(["C1", "C2"]);
    expect(c.slack.port).toBe(8080);
    expect(c.openai.maxRetries).toBe(0);
  });

  it("sizes the Slack answer queue: a few at a time by default, both settings bounded", () => {
    const defaults = loadConfig({});
    expect(defaults.slack.answerConcurrency).toBe(4);
    expect(defaults.slack.answerQueueLimit).toBe(100);
    const set = loadConfig({ ANSWER_CONCURRENCY: "2", ANSWER_QUEUE_LIMIT: "0" });
    expect([set.slack.answerConcurrency, set.slack.answerQueueLimit]).toEqual([2, 0]);
    expect(() => loadConfig({ ANSWER_CONCURRENCY: "0" })).toThrow(/ANSWER_CONCURRENCY/);
    expect(() => loadConfig({ ANSWER_QUEUE_LIMIT: "many" })).toThrow(/ANSWER_QUEUE_LIMIT/);
    const example = fs.readFileSync(path.join(__dirname, "..", ".env.example"), "utf8");
    expect(example).toContain("# ANSWER_CONCURRENCY=4");
    expect(example).toContain("# ANSWER_QUEUE_LIMIT=100");
  });

  it("names every malformed variable and what it is for", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "eighty",
        OPENAI_TIMEOUT_MS: "5",
        OPENAI_BASE_URL: "localhost:11434",
        DIGEST_TZ: "Mars/Olympus",
        DIGEST_DEFAULT_TIME: "25:00",
        LOG_LEVEL: "loud",
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const err = error as ConfigError;
    expect(err.problems.map((p) => p.variable).sort()).toEqual(
      [
        "DIGEST_DEFAULT_TIME",
        "DIGEST_TZ",
        "LOG_LEVEL",
        "OPENAI_BASE_URL",
        "OPENAI_TIMEOUT_MS",
        "PORT",
      ].sort(),
    );
    expect(err.message).toContain("PORT: must be a whole number");
    expect(err.message).toContain("HTTP port");
    expect(err.message).toContain("IANA time zone");
    expect(err.message).toContain(".env.example");
  });
});

describe("loadDotEnv", () => {
  it("reads .env when there is one, and leaves variables already set alone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-env-"));
    expect(loadDotEnv(dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, ".env"), "WCIT_TEST_FROM_FILE=yes\nWCIT_TEST_PRESET=file\n");
    process.env.WCIT_TEST_PRESET = "environment";
    try {
      expect(loadDotEnv(dir)).toBe(path.join(dir, ".env"));
      expect(process.env.WCIT_TEST_FROM_FILE).toBe("yes");
      expect(process.env.WCIT_TEST_PRESET).toBe("environment");
    } finally {
      delete process.env.WCIT_TEST_FROM_FILE;
      delete process.env.WCIT_TEST_PRESET;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
