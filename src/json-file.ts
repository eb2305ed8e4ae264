// Reading a JSON settings file (glossary, evaluation set, digest topics, the corpus manifest) with
// a reason a person can act on: where the JSON breaks, by line and column, since V8's messages
// give a character offset at best and sometimes only a snippet of the text. Each caller wraps the
// reason in its own named error, which also names the file.
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
  let i = 0;
  class Stop extends Error {
    constructor(readonly what: string) {
      super(what);
    }
  }
  const found = () =>
    i >= text.length ? "the file ends too early" : `unexpected ${JSON.stringify(text[i])}`;
  const fail = (what = found()): never => {
    throw new Stop(what);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(`${found()} where ${JSON.stringify(ch)} was expected`);
    i++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail("a string is not closed");
      const ch = text[i] as string;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < " ") fail("a control character (a raw line break?) inside a string");
      if (ch === "\\") {
        i++;
        if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5))) i += 5;
        else if (i < text.length && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else fail("a bad escape in a string");
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`${found()} where a quoted property name was expected`);
        string();
        ws();
        expect(":");
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("}");
        return;
      }
    }
    if (ch === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("]");
        return;
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) fail(`${found()} where a value was expected`);
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    if (text.charCodeAt(0) === 0xfeff)
      fail("a byte order mark (save the file as UTF-8 without one)");
    value();
    ws();
    if (i < text.length) fail(`${found()} after the end of the JSON value`);
    return { offset: text.length, what: "no error found" };
  } catch (err) {
    if (err instanceof Stop) return { offset: i, what: err.what };
    throw err;
  }
}
