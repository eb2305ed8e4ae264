import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findJsonError, readJsonFile } from "../src/json-file.ts";

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
    expect(read.ok ? "" : read.reason).toBe(
      'not valid JSON at line 1, column 3: unexpected "e" where a quoted property name was expected',
    );
  });

  it.each([
    ['{\n  "a": [1, 2,],\n}', 'line 2, column 14: unexpected "]" where a value was expected'],
    ['{ "a": 1 }\n}', 'line 2, column 1: unexpected "}" after the end of the JSON value'],
    [
      '{ "a": "one\ntwo" }',
      "line 1, column 12: a control character (a raw line break?) inside a string",
    ],
    ['{ "a": [1, 2', 'line 1, column 13: the file ends too early where "]" was expected'],
    ["\ufeff{}", "line 1, column 1: a byte order mark (save the file as UTF-8 without one)"],
    ['{ "a": tru }', 'line 1, column 8: unexpected "t" where a value was expected'],
  ])("names the line and column where %j breaks", (text, where) => {
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, text);
    const read = readJsonFile(file);
    expect(read.ok ? "" : read.reason).toBe(`not valid JSON at ${where}`);
  });

  it("finds no error in text JSON.parse accepts (the scanner agrees with the grammar)", () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', "[]", '"s"', " 0 "]) {
      expect(JSON.parse(text)).toBeDefined();
      expect(findJsonError(text).what).toBe("no error found");
    }
  });
});
