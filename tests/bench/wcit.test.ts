import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ASKED_WORDINGS,
  judgePassages,
  prepareWcitDataset,
  readWcitJudgments,
} from "../../bench/wcit.ts";

const passages = [
  {
    id: "a:0",
    documentId: "a",
    text: "Article 5B is headed\nUnsolicited bulk electronic communications.",
  },
  { id: "a:1", documentId: "a", text: "Critics after Dubai." },
  { id: "b:0", documentId: "b", text: "Robustness of networks." },
];

describe("WCIT judgments", () => {
  it("grades the passage holding the phrase 2 and the rest of its document 1", () => {
    const qrels = judgePassages(
      {
        questions: [
          {
            id: "q",
            question: "spam?",
            relevant: [{ document: "a", phrase: "headed unsolicited BULK" }],
          },
          { id: "r", question: "robust?", relevant: [{ document: "b" }] },
        ],
      },
      passages,
      "j.json",
    );
    expect(qrels.get("q")).toEqual(
      new Map([
        ["a:0", 2],
        ["a:1", 1],
      ]),
    );
    expect(qrels.get("r")).toEqual(new Map([["b:0", 1]]));
  });

  it("names the question, document and phrase that match nothing", () => {
    const bad = (relevant: { document: string; phrase?: string }[]) => () =>
      judgePassages({ questions: [{ id: "q7", question: "?", relevant }] }, passages, "j.json");
    expect(bad([{ document: "zz" }])).toThrow('j.json: question q7: no document "zz"');
    expect(bad([{ document: "b", phrase: "spam" }])).toThrow(
      'j.json: question q7: no passage of "b" contains "spam"',
    );
  });

  it("has 30 or more questions in the committed set, each naming documents", () => {
    const set = readWcitJudgments(
      path.join(import.meta.dirname, "../../bench/wcit/retrieval.json"),
    );
    expect(set.questions.length).toBeGreaterThanOrEqual(30);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, "../../corpus/sources.json"), "utf8"),
    ) as { documents: { id: string }[] };
    const ids = new Set(manifest.documents.map((d) => d.id));
    for (const q of set.questions) for (const r of q.relevant) expect(ids).toContain(r.document);
  });

  it("asks the same questions in natural wording for wcit-asked, with the same judgments", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-asked-"));
    const judgmentsFile = path.join(dir, "retrieval.json");
    const questions = Array.from({ length: 9 }, (_, i) => ({
      id: `q${i}`,
      question: `What did the ITU Council decide about documents, case ${i}?`,
      relevant: [{ document: "note-02-preparatory-process-and-leaks" }],
    }));
    fs.writeFileSync(judgmentsFile, JSON.stringify({ questions }));
    const corpusDir = path.join(import.meta.dirname, "../fixtures/starter");
    const plain = await prepareWcitDataset({ corpusDir, judgmentsFile });
    const asked = await prepareWcitDataset({ corpusDir, judgmentsFile, wording: "asked" });
    try {
      const read = (d: string, f: string) => fs.readFileSync(path.join(d, f), "utf8");
      const texts = (d: string) =>
        read(d, "queries.jsonl")
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as { _id: string; text: string });
      expect(texts(plain.dir).map((q) => q.text)).toEqual(questions.map((q) => q.question));
      expect(texts(asked.dir)).toEqual(
        questions.map((q, i) => ({
          _id: q.id,
          text: (ASKED_WORDINGS[i % ASKED_WORDINGS.length] as (q: string) => string)(q.question),
        })),
      );
      expect(new Set(texts(asked.dir).map((q) => q.text)).size).toBe(questions.length);
      expect(read(asked.dir, "qrels.tsv")).toBe(read(plain.dir, "qrels.tsv"));
    } finally {
      plain.cleanup();
      asked.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
