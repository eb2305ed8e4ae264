import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judgePassages, readWcitJudgments } from "../../bench/wcit.ts";

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
});
