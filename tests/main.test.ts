// The entry point: settings errors in one message with a non-zero exit; HTTP mode with health and
// readiness; start-up against a Slack that rejects the token or is out of reach for a while;
// graceful shutdown that closes the context.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ManifestError } from "../src/corpus/manifest.ts";
import { type MainIo, main, type SlackHostContext } from "../src/main.ts";
import type { SlackApp } from "../src/slack/app.ts";
import { openDatabase } from "../src/store/db.ts";
import { scriptedEngine, slackStoresOn } from "./slack/harness.ts";
import { writeCorpus } from "./support/corpus-builder.ts";
import { type FakeSlack, startFakeSlack } from "./support/fake-slack.ts";

/** A bot token Slack has revoked, assembled at run time: no token-shaped literal in the repository. */
const REVOKED_TOKEN = ["xoxb", "1234", "revoked"].join("-");

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const dirs: string[] = [];
const fakes: FakeSlack[] = [];
afterEach(async () => {
  for (const f of fakes.splice(0)) await f.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

async function fakeSlack(): Promise<FakeSlack> {
  const fake = await startFakeSlack();
  fakes.push(fake);
  return fake;
}

/** A host context on a temporary database; `closed` tells whether main closed it. */
function hostContext(passageCount = 0) {
  const db = openDatabase(path.join(tempDir("wcit-main-"), "db.sqlite"));
  const state = { closed: false, background: false };
  const index = { passageCount };
  const { events, ...stores } = slackStoresOn(db);
  const ctx: SlackHostContext = {
    ...stores,
    slackEvents: events,
    engine: scriptedEngine(),
    index,
    startBackground: () => {
      state.background = true;
    },
    async close() {
      state.closed = true;
      db.close();
    },
  };
  return { ctx, state, index };
}

/** Quick retries, so that an outage of a few answers is over in milliseconds. */
const FAST = {
  slackRetry: { retries: 0 },
  startupBackoff: { attempts: 1_000, minDelayMs: 2, maxDelayMs: 10 },
} as const;

const STACK_LINE = /^\s+at .+[:(]/m;

/** Runs main against `fake` on a host context with `passageCount` passages; collects stderr. */
async function runMain(
  fake: FakeSlack,
  env: Record<string, string>,
  io: Partial<MainIo> = {},
  passageCount = 5,
) {
  const { ctx, state, index } = hostContext(passageCount);
  let err = "";
  const code = await main({
    env: { SLACK_API_URL: fake.apiUrl, LOG_LEVEL: "silent", ...env },
    stderr: (t) => {
      err += t;
    },
    open: async () => ctx,
    handleSignals: false,
    ...(env.SLACK_APP_TOKEN ? {} : { listen: { port: 0, host: "127.0.0.1" } }),
    ...io,
  });
  return { code, err, state, index };
}

const HTTP_ENV = { SLACK_BOT_TOKEN: "xoxb-good", SLACK_SIGNING_SECRET: "s" };

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

  it.each([
    [
      "a failure of the family: its own message",
      new ManifestError("corpus/sources.json: is not valid JSON at line 4, column 3"),
      "corpus/sources.json: is not valid JSON at line 4, column 3\n",
    ],
    [
      "a failure nobody foresaw: introduced",
      new TypeError("cannot read properties of undefined"),
      "wcit-desk could not start: cannot read properties of undefined\n",
    ],
  ])(
    "maps an index that cannot be opened by the error family's rule, %s, exit 1",
    async (_what, error, line) => {
      let err = "";
      const code = await main({
        env: { ...HTTP_ENV, LOG_LEVEL: "silent" },
        stderr: (t) => (err += t),
        open: async () => {
          throw error;
        },
        handleSignals: false,
      });
      expect(code).toBe(1);
      expect(err).toBe(line);
    },
  );

  it("serves /healthz and /readyz in HTTP mode and shuts down gracefully", async () => {
    const fake = await fakeSlack();
    let started: { slack: SlackApp; port?: number; shutdown: () => Promise<void> } | undefined;
    const { code, state, index } = await runMain(
      fake,
      HTTP_ENV,
      {
        onStarted: (s) => {
          started = s;
        },
      },
      0,
    );
    expect(code).toBe(0);
    expect(state.background).toBe(true);
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
    expect(state.closed).toBe(true);
  });
});

describe("start-up against Slack", () => {
  it("exits 1 with one line naming SLACK_BOT_TOKEN when Slack rejects it", async () => {
    const fake = await fakeSlack();
    fake.failNext("auth.test", "invalid_auth");
    const { code, err, state } = await runMain(
      fake,
      { ...HTTP_ENV, SLACK_BOT_TOKEN: "xoxb-revoked" },
      FAST,
    );
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(err).not.toMatch(STACK_LINE);
    expect(state.closed).toBe(true);
    // A credential Slack rejected is not retried.
    expect(fake.callsTo("auth.test")).toHaveLength(1);
  });

  it("names SLACK_APP_TOKEN when Slack refuses the Socket Mode connection", async () => {
    const fake = await fakeSlack();
    fake.failNext("apps.connections.open", "invalid_auth");
    const { code, err, state } = await runMain(
      fake,
      { SLACK_BOT_TOKEN: "xoxb-good", SLACK_APP_TOKEN: "xapp-revoked" },
      FAST,
    );
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(err).not.toMatch(/SLACK_BOT_TOKEN/);
    expect(state.closed).toBe(true);
  });

  it("stays up through a Slack outage: /readyz 503 with the reason, then 200; /healthz 200 throughout", async () => {
    const fake = await fakeSlack();
    fake.setHttpStatus("auth.test", 503);
    let port: number | undefined;
    let listening: () => void = () => {};
    const isListening = new Promise<void>((resolve) => {
      listening = resolve;
    });
    let started: { shutdown: () => Promise<void> } | undefined;
    const running = runMain(fake, HTTP_ENV, {
      onListening: (l) => {
        port = l.port;
        listening();
      },
      onStarted: (s) => {
        started = s;
      },
      ...FAST,
    });
    await isListening;
    // Several failed checks: the process is still up and says why it is not ready.
    await fake.waitFor("auth.test", 3);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { reason: string }).reason).toMatch(
      /bot token.*HTTP 503.*retrying/,
    );
    // Slack's own requests are turned away with 503 (Slack retries them) until connected.
    const early = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      body: "{}",
    });
    expect(early.status).toBe(503);

    fake.setHttpStatus("auth.test", undefined);
    const { code, state } = await running;
    expect(code).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect(state.closed).toBe(false);
    await started?.shutdown();
    expect(state.closed).toBe(true);
  });

  it("gives up after its bounded attempts with one line, not a crash", async () => {
    const fake = await fakeSlack();
    fake.setHttpStatus("auth.test", 503);
    const { code, err, state } = await runMain(fake, HTTP_ENV, {
      slackRetry: { retries: 0 },
      startupBackoff: { attempts: 3, minDelayMs: 1, maxDelayMs: 2 },
    });
    expect(code).toBe(1);
    expect(fake.callsTo("auth.test")).toHaveLength(3);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/failed 3 times; the last time Slack answered HTTP 503/);
    expect(state.closed).toBe(true);
  });
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("npm start as a process", () => {
  it("exits 1 on a rejected bot token with one line on stderr and no stack trace anywhere", async () => {
    const fake = await fakeSlack();
    fake.failNext("auth.test", "token_revoked");
    const dir = tempDir("wcit-main-proc-");
    const corpusDir = writeCorpus(path.join(dir, "corpus"), {
      "note.md":
        "# Article 5B\n\nArticle 5B is about unsolicited bulk electronic communications.\n",
    });
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        SLACK_BOT_TOKEN: REVOKED_TOKEN,
        SLACK_SIGNING_SECRET: "secret",
        SLACK_API_URL: fake.apiUrl,
        PORT: String(await freePort()),
        CORPUS_DIR: corpusDir,
        DATA_DIR: path.join(dir, "data"),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString("utf8");
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(exitCode).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^wcit-desk cannot start: Slack rejected SLACK_BOT_TOKEN \(token_revoked\)/,
      ),
    ]);
    expect(`${stdout}\n${stderr}`).not.toMatch(STACK_LINE);
    expect(`${stdout}\n${stderr}`).not.toMatch(/"stack"/);
    expect(`${stdout}\n${stderr}`).not.toContain(REVOKED_TOKEN);
  });
});
