// Runs the command line in-process from the project folder, capturing what it prints.
import path from "node:path";
import { runCli } from "../../src/cli.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** `runCli` with logs silenced unless `env` sets LOG_LEVEL; returns the exit code and the output. */
export async function runCliCaptured(argv: string[], env: Record<string, string | undefined>) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    env: { LOG_LEVEL: "silent", ...env },
    cwd: PROJECT_ROOT,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}
