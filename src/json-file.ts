// Reading a JSON file that people edit (the glossary, suggested questions, digest topics, the
// evaluation set; the corpus manifest parses text it has read itself) with a reason a person can
// act on: where the JSON breaks, by line and column, since V8's messages give a character offset at
// best and sometimes only a snippet of the text. Each caller wraps the reason in its own error of
// the family (src/errors.ts), which also names the file.
import { readFileSync } from "node:fs";

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function readJsonFile(file: string): JsonFileResult {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === "ENOENT" ? "file not found" : (cause as Error).message };
  }
  return parseJsonText(text);
}

/** JSON.parse, with a failure described as "not valid JSON at line L, column C: what was found". */
export function parseJsonText(text: string): JsonFileResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const error = findJsonError(text);
    const before = text.slice(0, error.offset);
    const line = before.split("\n").length;
    const column = error.offset - before.lastIndexOf("\n");
    return { ok: false, reason: `not valid JSON at line ${line}, column ${column}: ${error.what}` };
  }
}

/**
 * Where the JSON grammar (RFC 8259) first fails in `text`, and what was found there. A small
 * scanner of its own: only called once JSON.parse has already failed.
 */
export function findJsonError(text: string): { offset: number; what: string } {
  const scan: Scan = { text, i: 0 };
  try {
    if (text.charCodeAt(0) === 0xfeff)
      fail(scan, "a byte order mark (save the file as UTF-8 without one)");
    scanValue(scan);
    skipSpace(scan);
    if (scan.i < text.length) fail(scan, `${found(scan)} after the end of the JSON value`);
    return { offset: text.length, what: "no error found" };
  } catch (err) {
    if (err instanceof Stop) return { offset: scan.i, what: err.what };
    throw err;
  }
}

/** The text being scanned and the offset reached. */
interface Scan {
  readonly text: string;
  i: number;
}

/** Where the grammar fails: what was found, thrown to `findJsonError`. */
class Stop extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

/** What stands at the offset reached: the text's end, or the character. */
function found({ text, i }: Scan): string {
  return i >= text.length ? "the file ends too early" : `unexpected ${JSON.stringify(text[i])}`;
}

/** The scan stopped: the grammar fails at the offset reached, `what` being found there. */
function fail(scan: Scan, what = found(scan)): never {
  throw new Stop(what);
}

/** Past the white space JSON allows. */
function skipSpace(scan: Scan): void {
  while (scan.i < scan.text.length && " \t\n\r".includes(scan.text[scan.i] as string)) scan.i++;
}

/** Past `ch`, which must stand at the offset reached. */
function expect(scan: Scan, ch: string): void {
  if (scan.text[scan.i] !== ch)
    fail(scan, `${found(scan)} where ${JSON.stringify(ch)} was expected`);
  scan.i++;
}

/** Past a string, its escapes and its closing quote. */
function scanString(scan: Scan): void {
  const { text } = scan;
  expect(scan, '"');
  for (;;) {
    if (scan.i >= text.length) fail(scan, "a string is not closed");
    const ch = text[scan.i] as string;
    if (ch === '"') {
      scan.i++;
      return;
    }
    if (ch < " ") fail(scan, "a control character (a raw line break?) inside a string");
    if (ch === "\\") {
      scan.i++;
      if (/^u[0-9a-fA-F]{4}/.test(text.slice(scan.i, scan.i + 5))) scan.i += 5;
      else if (scan.i < text.length && '"\\/bfnrt'.includes(text[scan.i] as string)) scan.i++;
      else fail(scan, "a bad escape in a string");
    } else scan.i++;
  }
}

/** Past a value: an object, an array, a string, or a literal (a number, true, false, null). */
function scanValue(scan: Scan): void {
  skipSpace(scan);
  const ch = scan.text[scan.i];
  if (ch === "{") {
    scanObject(scan);
    return;
  }
  if (ch === "[") {
    scanArray(scan);
    return;
  }
  if (ch === '"') {
    scanString(scan);
    return;
  }
  const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
    scan.text.slice(scan.i, scan.i + 400),
  );
  if (!literal) fail(scan, `${found(scan)} where a value was expected`);
  scan.i += (literal as RegExpExecArray)[0].length;
}

/** Past an object, from its opening brace. */
function scanObject(scan: Scan): void {
  if (closedEmpty(scan, "}")) return;
  do {
    skipSpace(scan);
    if (scan.text[scan.i] !== '"')
      fail(scan, `${found(scan)} where a quoted property name was expected`);
    scanString(scan);
    skipSpace(scan);
    expect(scan, ":");
    scanValue(scan);
  } while (anotherItem(scan, "}"));
}

/** Past an array, from its opening bracket. */
function scanArray(scan: Scan): void {
  if (closedEmpty(scan, "]")) return;
  do scanValue(scan);
  while (anotherItem(scan, "]"));
}

/**
 * Past an object's or an array's opening, and whether it is empty: its `close` (then passed too)
 * after white space.
 */
function closedEmpty(scan: Scan, close: string): boolean {
  scan.i++;
  skipSpace(scan);
  if (scan.text[scan.i] !== close) return false;
  scan.i++;
  return true;
}

/** After an item, whether another follows (past the comma), or else past the `close` expected. */
function anotherItem(scan: Scan, close: string): boolean {
  skipSpace(scan);
  if (scan.text[scan.i] === ",") {
    scan.i++;
    return true;
  }
  expect(scan, close);
  return false;
}
