import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readJsonFile } from "../src/json-file.ts";

describe("readJsonFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-json-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("returns the parsed value", () => {
    const file = path.join(dir, "ok.json");
    fs.writeFileSync(file, '{"entries": [1, 2]}');
    expect(readJsonFile(file)).toEqual({ ok: true, value: { entries: [1, 2] } });
  });

  it("says plainly when the file is missing or not JSON", () => {
    expect(readJsonFile(path.join(dir, "missing.json"))).toEqual({
      ok: false,
      reason: "file not found",
    });
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, "{ entries: [1, 2] ");
    const read = readJsonFile(bad);
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.reason).toMatch(/^not valid JSON: /);
  });
});
