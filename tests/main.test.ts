// The entry point: settings errors in one message with a non-zero exit; HTTP mode with health and
// readiness; graceful shutdown that closes the context.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main, type SlackHostContext } from "../src/main.ts";
import type { SlackApp } from "../src/slack/app.ts";
import { createCorpusStore } from "../src/store/corpus.ts";
import { openDatabase } from "../src/store/db.ts";
import { createQuestionLog } from "../src/store/questions.ts";
import { scriptedEngine } from "./slack/harness.ts";
import { startFakeSlack } from "./support/fake-slack.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("main", () => {
  it("lists every missing Slack setting in one message and exits non-zero", async () => {
    let err = "";
    const code = await main({ env: {}, stderr: (t) => (err += t), handleSignals: false });
    expect(code).not.toBe(0);
    expect(err).toContain("SLACK_BOT_TOKEN");
    expect(err).toContain("SLACK_SIGNING_SECRET");
    expect(err).toContain("Setting up Slack");
    expect(err.trim().split("\n")[0]).toMatch(/cannot start the Slack app/);
  });

  it("reports a malformed variable instead of starting", async () => {
    let err = "";
    const code = await main({
      env: { PORT: "eighty" },
      stderr: (t) => (err += t),
      handleSignals: false,
    });
    expect(code).not.toBe(0);
    expect(err).toContain("PORT");
  });

  it("serves /healthz and /readyz in HTTP mode and shuts down gracefully", async () => {
    const fake = await startFakeSlack();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-main-"));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, "db.sqlite"));
    let closed = false;
    const index = { passageCount: 0 };
    let started: { slack: SlackApp; port?: number; shutdown: () => Promise<void> } | undefined;
    const ctx: SlackHostContext = {
      db,
      corpus: createCorpusStore(db),
      questions: createQuestionLog(db),
      engine: scriptedEngine(),
      index,
      async close() {
        closed = true;
        db.close();
      },
    };
    let background = false;
    ctx.startBackground = () => {
      background = true;
    };
    const code = await main({
      env: {
        SLACK_BOT_TOKEN: "xoxb-t",
        SLACK_SIGNING_SECRET: "s",
        SLACK_API_URL: fake.apiUrl,
        LOG_LEVEL: "silent",
      },
      stderr: () => {},
      open: async () => ctx,
      handleSignals: false,
      listen: { port: 0, host: "127.0.0.1" },
      onStarted: (s) => {
        started = s;
      },
    });
    expect(code).toBe(0);
    expect(background).toBe(true);
    expect(started?.slack.mode).toBe("http");
    const port = started?.port;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.text()).toMatch(/ingest/);
    index.passageCount = 12;
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    await started?.shutdown();
    expect(closed).toBe(true);
    await fake.close();
  });
});
