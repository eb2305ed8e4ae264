// `eval` on the command line, in-process: a fixture corpus and fixture evaluation sets, real SQLite.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.ts";
import {
  makeTempDir,
  manifestEntry,
  removeDir,
  sampleNote,
  writeCorpus,
} from "./support/corpus-builder.ts";

const dir = makeTempDir("wcit-cli-eval-");
afterAll(() => removeDir(dir));

const corpusDir = writeCorpus(path.join(dir, "corpus"), { "notes/spam.md": sampleNote() }, [
  manifestEntry("spam-note", "notes/spam.md", { type: "note", url: undefined }),
]);
const env = { CORPUS_DIR: corpusDir, DATA_DIR: path.join(dir, "data"), LOG_LEVEL: "silent" };

function writeSet(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const SET = writeSet("set.json", {
  questions: [
    {
      id: "t-spam",
      split: "tune",
      inScope: true,
      kind: "fact",
      question:
        "What does Article 5B ask Member States to do about unsolicited bulk electronic communications?",
      nuggets: [["prevent the propagation"], ["minimize their impact"]],
      acceptableDocuments: ["spam-note"],
    },
    { id: "t-out", split: "tune", inScope: false, question: "How do I make a lasagne?" },
    {
      id: "h-spam",
      split: "heldout",
      inScope: true,
      kind: "why",
      question: "Why did critics say the spam article could touch content?",
      nuggets: [["reading messages"], ["content regulation"]],
      acceptableDocuments: ["spam-note"],
    },
    { id: "h-out", split: "heldout", inScope: false, question: "Who won the 2018 FIFA World Cup?" },
  ],
});

async function run(args: string[], extraEnv: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["eval", ...args], {
    env: { ...env, ...extraEnv },
    cwd: dir,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe("eval", () => {
  it("prints the table for both halves and the whole, and exits 0 whatever the scores", async () => {
    const r = await run(["--set", "set.json"]);
    expect(r.stderr).not.toMatch(/failed/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Answer quality (extractive, 4 questions: tune 2, heldout 2)");
    expect(r.stdout).toMatch(/^\s+tune\s+heldout\s+all$/m);
    expect(r.stdout).toMatch(/^nugget recall/m);
    expect(r.stdout).toMatch(/^out of scope refused\s+\d\/1\s+\d\/1\s+\d\/2$/m);
    expect(r.stdout).not.toContain("Q: ");
  });

  it("prints one JSON object, with the tuning half's detail only", async () => {
    const r = await run(["--set", SET, "--json", "--details"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      mode: string;
      split: string;
      questions: number;
      reports: Record<string, Record<string, unknown>>;
      details: { id: string; text: string }[];
    };
    expect(json.mode).toBe("extractive");
    expect(json.questions).toBe(4);
    expect(Object.keys(json.reports).sort()).toEqual(["all", "heldout", "tune"]);
    expect(json.reports.all?.questions).toBe(4);
    // The fixture note states both nuggets of the tuning question, and the lasagne is refused.
    expect(json.reports.tune).toMatchObject({
      nuggetRecall: 1,
      citedRight: 1,
      outOfScopeRefused: 1,
    });
    expect(json.details.map((d) => d.id)).toEqual(["t-spam", "t-out"]);
  });

  it("shows held-out detail only when that half is asked for by name", async () => {
    const everyday = await run(["--set", SET, "--details"]);
    expect(everyday.stdout).toContain("t-spam [tune · fact]");
    expect(everyday.stdout).not.toContain("h-spam");
    expect(everyday.stdout).toContain("Held-out questions are not shown");
    const named = await run(["--set", SET, "--split", "heldout", "--details"]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("h-spam [heldout · why]");
    expect(named.stdout).not.toContain("t-spam");
    expect(named.stdout).toMatch(/^\s+heldout$/m);
  });

  it("exits 2 on misuse: a bad split, an unknown option, a question, --llm without a model", async () => {
    const split = await run(["--set", SET, "--split", "test"]);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain('--split must be tune, heldout, all (got "test")');
    const unknown = await run(["--set", SET, "--verbose"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--verbose'/);
    const positional = await run(["--set", SET, "why?"]);
    expect(positional.code).toBe(2);
    const llm = await run(["--set", SET, "--llm"]);
    expect(llm.code).toBe(2);
    expect(llm.stderr).toContain("--llm needs a language model");
  });

  it("exits 1 with the problem named when the set is malformed or missing", async () => {
    const bad = writeSet("bad.json", {
      questions: [{ id: "x", split: "tune", inScope: true, kind: "fact", question: "Q?" }],
    });
    const malformed = await run(["--set", bad]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(
      /Invalid evaluation set .*bad\.json:\n {2}question "x" nuggets/,
    );
    expect(malformed.stdout).toBe("");
    const missing = await run(["--set", "nowhere.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /Cannot read the evaluation set .*nowhere\.json: file not found/,
    );
  });
});
