// The command line end to end, in-process: real corpus folders, real SQLite files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { runCliCaptured } from "./support/cli-run.ts";
import {
  makeCorruptPdf,
  makePdf,
  makeTempDir,
  manifestEntry,
  removeDir,
  STARTER_FIXTURE,
  sampleNote,
  writeCorpus,
  writeSpamNoteCorpus,
} from "./support/corpus-builder.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const STARTER_CORPUS = STARTER_FIXTURE;

const run = runCliCaptured;

const askJson = z
  .object({
    question: z.string(),
    mode: z.enum(["extractive", "llm"]),
    coverage: z.enum(["full", "partial", "none"]),
    answer: z.string(),
    citations: z.array(
      z
        .object({
          n: z.number().int().positive(),
          documentId: z.string(),
          title: z.string(),
          url: z.string().nullable(),
          page: z.number().int().positive().optional(),
          section: z.string().optional(),
          quote: z.string().min(1),
        })
        .passthrough(),
    ),
  })
  .passthrough();

const searchJson = z.object({
  passages: z.array(
    z
      .object({
        documentId: z.string(),
        title: z.string(),
        page: z.number().optional(),
        section: z.string().optional(),
        score: z.number(),
        text: z.string(),
      })
      .strict(),
  ),
  corrections: z.array(z.object({ from: z.string(), to: z.string() }).strict()).optional(),
});

describe("CLI on the fixture corpus", () => {
  const data = makeTempDir("wcit-cli-");
  const env = { CORPUS_DIR: STARTER_CORPUS, DATA_DIR: data };
  afterAll(() => removeDir(data));

  it("builds the index on first use, answers with citations, and prints one JSON object", async () => {
    const first = await run(
      ["ask", "--json", "What does Article 5A of the 2012 ITRs say about security?"],
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("Building the index");
    const answer = askJson.parse(JSON.parse(first.stdout));
    expect(answer.mode).toBe("extractive");
    expect(answer.coverage).not.toBe("none");
    expect(answer.citations.length).toBeGreaterThan(0);
    // Every [n] in the text has a citation, and every citation is used.
    const markers = new Set([...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect([...markers].sort()).toEqual(answer.citations.map((c) => c.n).sort());
    // A citation's quote is in the document it names.
    const db = new Database(path.join(data, "wcit-desk.sqlite"), { readonly: true });
    for (const c of answer.citations) {
      const row = db
        .prepare("SELECT normalized_text FROM documents WHERE id = ?")
        .get(c.documentId) as { normalized_text: string } | undefined;
      expect(row?.normalized_text).toContain(c.quote);
    }
    db.close();
  });

  it("does not re-read an unchanged corpus", async () => {
    const again = await run(["ask", "What is Article 5B about?"], env);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain("Building the index");
    expect(again.stdout).toContain("Sources:");
    expect(again.stdout).toMatch(/\[1\]/);
  });

  it("reads a misspelt word as the corpus word and says so, in text and in JSON", async () => {
    const question = "What does Article 5A of the 2012 ITRs say about securty?";
    const text = await run(["ask", question], env);
    expect(text.code).toBe(0);
    expect(text.stdout.startsWith('Read "securty" as "security".\n\n')).toBe(true);
    expect(text.stdout).toContain("Sources:");
    const json = await run(["ask", "--json", question], env);
    const answer = askJson.parse(JSON.parse(json.stdout));
    expect(answer.question).toBe(question);
    expect(answer.corrections).toEqual([{ from: "securty", to: "security" }]);
    expect(answer.coverage).not.toBe("none");
    expect(answer.answer).toMatch(/security/i);
  });

  it("says plainly when the corpus does not cover a question, listing the closest sources", async () => {
    const r = await run(["ask", "--json", "What is the best recipe for lasagna?"], env);
    expect(r.code).toBe(0);
    const answer = askJson.parse(JSON.parse(r.stdout));
    expect(answer.coverage).toBe("none");
    expect(answer.citations).toEqual([]);
    expect(answer.answer).toMatch(/does not cover/i);
  });

  it("logs why a question was refused at debug level, naming what the corpus lacks", async () => {
    const r = await run(["ask", "What did WRC-19 allocate to satellites?"], {
      ...env,
      LOG_LEVEL: "debug",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/does not cover/i);
    const line = r.stderr.split("\n").find((l) => l.includes('"coverage decided"'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line ?? "{}");
    expect(logged.covered).toBe(false);
    expect(logged.absentTerms.join(" ")).toMatch(/wrc/);
  });

  it("searches passages with scores, as JSON", async () => {
    const r = await run(["search", "--json", "-k", "5", "spam Article 5B"], env);
    expect(r.code).toBe(0);
    const out = searchJson.parse(JSON.parse(r.stdout));
    expect(out.passages.length).toBeGreaterThan(0);
    expect(out.passages.length).toBeLessThanOrEqual(5);
    const scores = out.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(out.passages[0]?.text.toLowerCase()).toMatch(/spam|unsolicited/);
    // Terms typed right read as typed: no corrections to report.
    expect(out.corrections).toBeUndefined();
  });

  it("searches a misspelt term as the corpus word and says so, in text and in JSON", async () => {
    const text = await run(["search", "-k", "3", "securty Article 5A"], env);
    expect(text.code).toBe(0);
    expect(text.stdout.startsWith('Read "securty" as "security".\n\n1. ')).toBe(true);
    const json = await run(["search", "--json", "-k", "3", "securty Article 5A"], env);
    const out = searchJson.parse(JSON.parse(json.stdout));
    expect(out.corrections).toEqual([{ from: "securty", to: "security" }]);
    const asTyped = searchJson.parse(
      JSON.parse((await run(["search", "--json", "-k", "3", "security Article 5A"], env)).stdout),
    );
    expect(out.passages.map((p) => p.documentId)).toEqual(
      asTyped.passages.map((p) => p.documentId),
    );
  });

  it("lists the sources with links and credits", async () => {
    const r = await run(["sources"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Reading Article 5A after Dubai");
    expect(r.stdout).toContain("Written for wcit-desk's tests");
    expect(r.stdout).toMatch(/13 document\(s\)/);
    // The remote paper is listed but, with no network here, not downloaded.
    expect(r.stdout).toMatch(/not downloaded \(npm run ingest -- --fetch/);
  });

  it("rejects an empty question and one over 2,000 characters, with exit code 2", async () => {
    const empty = await run(["ask", "   "], env);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("Please give a question");
    const long = await run(["ask", "why ".repeat(600)], env);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/limit is 2,000/);
    const unknown = await run(["ask", "--verbose", "x"], env);
    expect(unknown.code).toBe(2);
    const bad = await run(["frobnicate"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown command "frobnicate"');
  });

  it("names a malformed setting", async () => {
    const r = await run(["ask", "x"], { ...env, OPENAI_TIMEOUT_MS: "soon" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("OPENAI_TIMEOUT_MS");
  });
});

describe("CLI bad inputs", () => {
  const dirs: string[] = [];
  const temp = () => {
    const d = makeTempDir("wcit-cli-bad-");
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) removeDir(d);
  });

  it("says how to add documents when corpus/ is missing or empty", async () => {
    const data = temp();
    const missing = await run(["ask", "What is 5A?"], {
      CORPUS_DIR: path.join(data, "nope"),
      DATA_DIR: data,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope/);
    expect(missing.stderr).toMatch(/sources\.json|add/i);
    const empty = temp();
    const r = await run(["ingest"], { CORPUS_DIR: empty, DATA_DIR: temp() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty|no documents/i);
  });

  it("indexes every good file, names the bad ones, and exits non-zero", async () => {
    const corpus = temp();
    writeCorpus(
      corpus,
      {
        "notes/spam.md": sampleNote(),
        "papers/report.pdf": await makePdf([
          "Page one is about the preparatory process and the Council Working Group.",
          "On page two, Article 5A says Member States shall ensure the security and robustness of networks.",
        ]),
        "papers/broken.pdf": makeCorruptPdf(),
        "papers/scan.pdf": await makePdf(["", ""]),
        "misc/data.xlsx": "not a document we read",
      },
      [
        manifestEntry("spam-note", "notes/spam.md", { type: "note", url: undefined }),
        manifestEntry("report", "papers/report.pdf"),
        manifestEntry("broken", "papers/broken.pdf"),
        manifestEntry("scan", "papers/scan.pdf"),
      ],
    );
    const data = temp();
    const r = await run(["ingest"], { CORPUS_DIR: corpus, DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Skipped papers\/broken\.pdf: /);
    expect(r.stdout).toMatch(/Skipped papers\/scan\.pdf: .*text layer/);
    expect(r.stdout).toMatch(/misc\/data\.xlsx/);
    expect(r.stdout).toMatch(/Indexed: 2 file\(s\) read/);
    // The good files answer, and the PDF citation carries its page.
    const ask = await run(["ask", "--json", "What does Article 5A say about robustness?"], {
      CORPUS_DIR: corpus,
      DATA_DIR: data,
    });
    expect(ask.stderr).toBe("");
    expect(ask.code).toBe(0);
    const answer = askJson.parse(JSON.parse(ask.stdout));
    const pdfCitation = answer.citations.find((c) => c.documentId === "report");
    expect(pdfCitation?.page).toBe(2);
    expect(pdfCitation?.url).toBe("https://example.org/report#page=2");
  });

  it("names the database path when it cannot be written", async () => {
    const blocker = path.join(temp(), "a-file");
    fs.writeFileSync(blocker, "x");
    const r = await run(["ask", "What is 5A?"], {
      CORPUS_DIR: STARTER_CORPUS,
      DATABASE_PATH: path.join(blocker, "index.sqlite"),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(blocker);
  });
});

describe("the ask script as a process", () => {
  let data: string;
  beforeAll(() => {
    data = makeTempDir("wcit-cli-proc-");
  });
  afterAll(() => removeDir(data));

  it("prints pure JSON on stdout and exits 0", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli.ts", "ask", "--json", "What did Article 5A say about security?"],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: data, LOG_LEVEL: "warn" }, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const answer = askJson.parse(JSON.parse(r.stdout));
    expect(answer.citations.some((c) => c.documentId.includes("5a") || /5A/.test(c.title))).toBe(
      true,
    );
    // A fresh data directory: the child indexes the whole starter corpus before it answers, which
    // takes several seconds alone and more while the rest of the suite shares the cores.
  }, 60_000);
});

const evalDir = makeTempDir("wcit-cli-eval-");
afterAll(() => removeDir(evalDir));
const evalCorpus = writeSpamNoteCorpus(path.join(evalDir, "corpus"));
const evalEnv = { CORPUS_DIR: evalCorpus, DATA_DIR: path.join(evalDir, "data") };

function writeEvalSet(name: string, content: unknown): string {
  const file = path.join(evalDir, name);
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

const EVAL_SET = writeEvalSet("set.json", {
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

const runEvalCli = (args: string[]) => run(["eval", ...args], evalEnv);

describe("CLI eval", () => {
  it("prints the table for both halves and the whole, and exits 0 whatever the scores", async () => {
    // A relative --set is read from the working folder.
    const r = await runEvalCli(["--set", path.relative(ROOT, EVAL_SET)]);
    expect(r.stderr).not.toMatch(/failed/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Answer quality (extractive, 4 questions: tune 2, heldout 2)");
    expect(r.stdout).toMatch(/^\s+tune\s+heldout\s+all$/m);
    expect(r.stdout).toMatch(/^nugget recall/m);
    expect(r.stdout).toMatch(/^out of scope refused\s+\d\/1\s+\d\/1\s+\d\/2$/m);
    expect(r.stdout).not.toContain("Q: ");
  });

  it("prints one JSON object, with the tuning half's detail only", async () => {
    const r = await runEvalCli(["--set", EVAL_SET, "--json", "--details"]);
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
    const everyday = await runEvalCli(["--set", EVAL_SET, "--details"]);
    expect(everyday.stdout).toContain("t-spam [tune · fact]");
    expect(everyday.stdout).not.toContain("h-spam");
    expect(everyday.stdout).toContain("Held-out questions are not shown");
    const named = await runEvalCli(["--set", EVAL_SET, "--split", "heldout", "--details"]);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain("h-spam [heldout · why]");
    expect(named.stdout).not.toContain("t-spam");
    expect(named.stdout).toMatch(/^\s+heldout$/m);
  });

  it("exits 2 on misuse: a bad split, an unknown option, a question, --llm without a model", async () => {
    const split = await runEvalCli(["--set", EVAL_SET, "--split", "test"]);
    expect(split.code).toBe(2);
    expect(split.stderr).toContain('--split must be tune, heldout, probe, all (got "test")');
    const unknown = await runEvalCli(["--set", EVAL_SET, "--verbose"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^Unknown option --verbose for eval; it takes --json, --details, --llm, --split, --set\.\n$/,
    );
    const positional = await runEvalCli(["--set", EVAL_SET, "why?"]);
    expect(positional.code).toBe(2);
    const llm = await runEvalCli(["--set", EVAL_SET, "--llm"]);
    expect(llm.code).toBe(2);
    expect(llm.stderr).toContain("--llm needs a language model");
  });

  it("exits 1 with the problem named when the set is malformed or missing", async () => {
    const bad = writeEvalSet("bad.json", {
      questions: [{ id: "x", split: "tune", inScope: true, kind: "fact", question: "Q?" }],
    });
    const malformed = await runEvalCli(["--set", bad]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(
      /Invalid evaluation set .*bad\.json:\n {2}question "x" nuggets/,
    );
    expect(malformed.stdout).toBe("");
    const missing = await runEvalCli(["--set", "nowhere.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /Cannot read the evaluation set .*nowhere\.json: file not found/,
    );
  });
});
