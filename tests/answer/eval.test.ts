import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EvalSetError, loadEvalSet, runEval } from "../../src/answer/eval.ts";
import type { Answer, AnswerEngine } from "../../src/types.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function writeTemp(content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-evalset-"));
  const file = path.join(dir, "eval.json");
  fs.writeFileSync(file, content);
  return file;
}

describe("bench/wcit/eval.json", () => {
  const evalSet = loadEvalSet(path.join(ROOT, "bench", "wcit", "eval.json"));
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, "corpus", "sources.json"), "utf8"),
  ) as {
    documents: { id: string }[];
  };
  const documentIds = new Set(manifest.documents.map((d) => d.id));

  it("has at least 25 in-scope and 12 out-of-scope questions", () => {
    expect(evalSet.questions.filter((q) => q.inScope).length).toBeGreaterThanOrEqual(25);
    expect(evalSet.questions.filter((q) => !q.inScope).length).toBeGreaterThanOrEqual(12);
  });

  it("expects only documents the manifest lists", () => {
    for (const q of evalSet.questions) {
      for (const id of q.expectedDocuments) expect(documentIds, `${q.id}: ${id}`).toContain(id);
    }
  });
});

describe("loadEvalSet", () => {
  it("names the file when it is missing or malformed", () => {
    expect(() => loadEvalSet("/nonexistent/eval.json")).toThrow(
      /Cannot read the evaluation set .*file not found/,
    );
    expect(() => loadEvalSet(writeTemp("{ not json"))).toThrow(EvalSetError);
  });

  it("rejects an in-scope question without expected documents, and duplicate ids", () => {
    const noExpected = writeTemp(
      JSON.stringify({ questions: [{ id: "a", question: "Q?", inScope: true }] }),
    );
    expect(() => loadEvalSet(noExpected)).toThrow(
      /questions\.0\.expectedDocuments: an in-scope question needs/,
    );
    const duplicate = writeTemp(
      JSON.stringify({
        questions: [
          { id: "a", question: "Q?", inScope: false },
          { id: "a", question: "R?", inScope: false },
        ],
      }),
    );
    expect(() => loadEvalSet(duplicate)).toThrow(/duplicate id "a"/);
  });
});

describe("runEval", () => {
  function scriptedEngine(script: Record<string, Pick<Answer, "coverage"> & { cited: string[] }>) {
    const asked: { question: string; forceExtractive?: boolean }[] = [];
    const engine: AnswerEngine = {
      mode: "llm",
      async answer(question, options) {
        asked.push({ question, forceExtractive: options?.forceExtractive });
        const s = script[question];
        if (!s) throw new Error(`unscripted ${question}`);
        return {
          question,
          searchQuery: question,
          text: "t",
          mode: "extractive",
          coverage: s.coverage,
          citations: s.cited.map((documentId, i) => ({
            n: i + 1,
            passageId: `${documentId}:0`,
            documentId,
            title: documentId,
            quote: "q",
          })),
          closestSources: [],
          verification: { kept: 0, dropped: 0 },
          passages: [],
          latencyMs: 3,
        };
      },
      async search() {
        return [];
      },
      suggestedQuestions: () => [],
    };
    return { engine, asked };
  }

  it("scores each outcome and totals them", async () => {
    const { engine, asked } = scriptedEngine({
      "good?": { coverage: "full", cited: ["d1", "d2"] },
      "wrong source?": { coverage: "partial", cited: ["d9"] },
      "refused in scope?": { coverage: "none", cited: [] },
      "refused out of scope?": { coverage: "none", cited: [] },
      "answered out of scope?": { coverage: "partial", cited: ["d1"] },
    });
    const result = await runEval(engine, {
      questions: [
        { id: "i1", question: "good?", inScope: true, expectedDocuments: ["d2"] },
        { id: "i2", question: "wrong source?", inScope: true, expectedDocuments: ["d1"] },
        { id: "i3", question: "refused in scope?", inScope: true, expectedDocuments: ["d1"] },
        { id: "o1", question: "refused out of scope?", inScope: false, expectedDocuments: [] },
        { id: "o2", question: "answered out of scope?", inScope: false, expectedDocuments: [] },
      ],
    });
    expect(result.results.map((r) => r.outcome)).toEqual([
      "answered",
      "wrong-sources",
      "wrongly-refused",
      "refused",
      "wrongly-answered",
    ]);
    expect(result.totals).toEqual({
      questions: 5,
      passed: 2,
      inScope: 3,
      inScopeAnswered: 2,
      inScopeAnsweredWithExpected: 1,
      inScopeFull: 1,
      outOfScope: 2,
      outOfScopeRefused: 1,
    });
    expect(result.summary).toContain("2/5 passed");
    expect(result.summary).toContain("i2 wrong-sources: wrong source? (cited: d9)");
    // Extractive by default: an eval run costs no tokens and repeats exactly.
    expect(asked.every((a) => a.forceExtractive === true)).toBe(true);
  });
});
