// Reading a JSON settings file (glossary, evaluation set, digest topics) with a reason a person can
import { readFileSync } from "node:fs";
// act on. Each caller wraps the reason in its own named error, which also names the file.

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function readJsonFile(file: string): JsonFileResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "file not found" : (cause as Error).message };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    return { ok: false, reason: `not valid JSON: ${(cause as Error).message}` };
  }
}
