// Starts the real Slack app (`src/main.ts`, what `npm start` runs) as its own process in HTTP mode,
// on a loopback port, with its Web API pointed at a fake Slack server in this process and its index
// built from the real corpus into a temporary folder. Used by the load and fuzz scripts, so that
// their own work never shares an event loop with the app they measure.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeSlack, startFakeSlack } from "../../tests/support/fake-slack.ts";
import { TEST_SIGNING_SECRET } from "../../tests/support/slack-signer.ts";

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface AppProcess {
  /** `http://127.0.0.1:PORT/slack/events` */
  url: string;
  base: string;
  fake: FakeSlack;
  signingSecret: string;
  /** Set once the process has exited (a crash, when the script did not stop it). */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Everything the app wrote to stdout and stderr (its JSON log lines). */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(base: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app was not ready after ${timeoutMs} ms`);
}

export async function startAppProcess(
  options: {
    env?: Record<string, string>;
    /** Extra flags for node (e.g. `--cpu-prof` to see where the app spends its time). */
    nodeArgs?: string[];
    readyTimeoutMs?: number;
  } = {},
): Promise<AppProcess> {
  const fake = await startFakeSlack();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-slack-bench-"));
  const port = await freePort();
  let output = "";
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", "src/main.ts"],
    {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        CORPUS_DIR: path.join(PROJECT_ROOT, "corpus"),
        DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: "xoxb-bench",
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        LOG_LEVEL: "warn",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(base, child, options.readyTimeoutMs ?? 180_000);
  } catch (err) {
    child.kill("SIGKILL");
    await fake.close();
    throw new Error(`${(err as Error).message}\n${output.slice(-2_000)}`);
  }
  return {
    url: `${base}/slack/events`,
    base,
    fake,
    signingSecret: TEST_SIGNING_SECRET,
    exit: () => exited,
    output: () => output,
    async stop() {
      if (!exited) {
        child.kill("SIGTERM");
        await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 10_000))]);
        if (!exited) child.kill("SIGKILL");
      }
      await fake.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
