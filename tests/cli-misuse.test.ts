// The command line misused or fed hostile text: one line and exit 2 for misuse, and nothing that
// reaches the terminal is a control sequence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalSafe } from "../src/terminal.ts";
import { runCliCaptured } from "./support/cli-run.ts";
import { tempNoteCorpus } from "./support/temp-corpus.ts";

const cli = (argv: string[], env: Record<string, string> = {}) =>
  runCliCaptured(argv, { LOG_LEVEL: "warn", ...env });

const oneLine = (text: string) => text.trim().split("\n");

const temp = tempNoteCorpus("wcit-cli-misuse-", "file");

describe("misuse exits 2 with one line", () => {
  it("digest with something that is not a channel id", async () => {
    const r = await cli(["digest", "--channel", "not a channel", "--dry-run"], temp.env);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/“not a channel” is not a Slack channel id; give one like C0123ABCD/);
    expect(r.stderr).not.toMatch(/"level"|stack|at /);
    expect(r.stdout).toBe("");
  });

  it("doctor with an unknown option or an argument", async () => {
    const option = await cli(["doctor", "--bogus"], temp.env);
    expect(option.code).toBe(2);
    expect(oneLine(option.stderr)).toEqual([
      "Unknown option --bogus for doctor; it takes no options.",
    ]);
    const argument = await cli(["doctor", "now"], temp.env);
    expect(argument.code).toBe(2);
    expect(oneLine(argument.stderr)).toEqual(["doctor takes no arguments (got “now”)."]);
  });

  it("an unknown option names the options the command takes", async () => {
    const r = await cli(["ask", "--verbose", "Why?"], temp.env);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      "Unknown option --verbose for ask; it takes --json, --extractive.",
    ]);
    const missing = await cli(["search", "spam", "-k"], temp.env);
    expect(missing.code).toBe(2);
    expect(oneLine(missing.stderr)).toHaveLength(1);
    expect(missing.stderr.trim()).toMatch(/-k.*it takes --json, -k\/--k\.$/);
  });

  it("an empty question and an unknown command", async () => {
    const empty = await cli(["ask", "  "], temp.env);
    expect(empty.code).toBe(2);
    expect(oneLine(empty.stderr)).toHaveLength(1);
    const unknown = await cli(["frobnicate"], temp.env);
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toEqual([
      'Unknown command "frobnicate"; the commands are ask, search, ingest, sources, digest, doctor, eval.',
    ]);
  });
});

describe("terminal control sequences", () => {
  const hostile = "\u001b[2J\u001b]52;c;aGk=\u0007\u001b[31mspam\u001b[0m\rArticle\u00855B\u0000";

  it("search prints none of the escape codes it was given", async () => {
    const r = await cli(["search", hostile], temp.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("spam");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("an unknown command's name is printed without its escapes", async () => {
    const r = await cli([`\u001b]0;pwned\u0007x`], temp.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Unknown command "x"; the commands are ask, search, ingest, sources, digest, doctor, eval.\n',
    );
  });

  it("JSON output is untouched: JSON escapes control characters itself", async () => {
    const r = await cli(["search", "--json", "-k", "1", hostile], temp.env);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("terminalSafe removes whole escape sequences and every control but tab and newline", () => {
    expect(terminalSafe(hostile)).toBe("spamArticle5B");
    expect(terminalSafe("a\tb\nc")).toBe("a\tb\nc");
    // An 8-bit CSI is a whole sequence too (here: cursor down 5).
    expect(terminalSafe("x\u009b5By")).toBe("xy");
    expect(terminalSafe("naïve – “quoted” 日本語")).toBe("naïve – “quoted” 日本語");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const safe = terminalSafe(s);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
        expect(safe).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(terminalSafe(safe)).toBe(safe);
      }),
    );
  });
});
