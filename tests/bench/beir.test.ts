import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatasetError, readBeirDataset } from "../../bench/beir.ts";

const dirs: string[] = [];
function dataset(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-beir-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files))
    fs.writeFileSync(path.join(dir, name), content);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const GOOD = {
  "corpus.jsonl": [
    '{"_id": "d1", "title": "Spam", "text": "Unsolicited bulk messages."}',
    '{"_id": "d2", "title": "", "text": "Robustness of networks."}',
    "",
  ].join("\n"),
  "queries.jsonl": ['{"_id": "q1", "text": "spam"}', '{"_id": "q9", "text": "unjudged"}'].join(
    "\n",
  ),
  "qrels.tsv": "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td2\t1\n",
};

describe("readBeirDataset", () => {
  it("reads corpus, judged queries and graded qrels", () => {
    const ds = readBeirDataset(dataset(GOOD));
    expect(ds.corpus).toEqual([
      { id: "d1", title: "Spam", text: "Unsolicited bulk messages." },
      { id: "d2", title: "", text: "Robustness of networks." },
    ]);
    expect(ds.queries).toEqual([{ id: "q1", text: "spam" }]);
    expect(ds.qrels.get("q1")).toEqual(
      new Map([
        ["d1", 2],
        ["d2", 1],
      ]),
    );
  });

  it("names a missing file", () => {
    const dir = dataset({ "corpus.jsonl": GOOD["corpus.jsonl"], "qrels.tsv": GOOD["qrels.tsv"] });
    const file = path.join(dir, "queries.jsonl");
    expect(() => readBeirDataset(dir)).toThrow(DatasetError);
    expect(() => readBeirDataset(dir)).toThrow(`${file}: missing`);
  });

  it("names a folder that does not exist", () => {
    expect(() => readBeirDataset("/nonexistent/beir")).toThrow("/nonexistent/beir: not a folder");
  });

  it("names the file and line of malformed JSON", () => {
    const dir = dataset({
      ...GOOD,
      "corpus.jsonl": '{"_id": "d1", "title": "a", "text": "b"}\n{"_id": "d2", "text": \n',
    });
    expect(() => readBeirDataset(dir)).toThrow(
      new RegExp(`${escapeRegExp(path.join(dir, "corpus.jsonl"))}:2: malformed JSON`),
    );
  });

  it("names the file and line of a record without a string _id or text", () => {
    const dir = dataset({
      ...GOOD,
      "queries.jsonl": '{"_id": "q1", "text": "x"}\n\n{"_id": "q2"}\n',
    });
    expect(() => readBeirDataset(dir)).toThrow(
      `${path.join(dir, "queries.jsonl")}:3: "text" must be a string`,
    );
    const arr = dataset({ ...GOOD, "corpus.jsonl": "[1, 2]\n" });
    expect(() => readBeirDataset(arr)).toThrow(
      `${path.join(arr, "corpus.jsonl")}:1: expected a JSON object`,
    );
  });

  it("names the file and line of a malformed qrels row", () => {
    const cols = dataset({ ...GOOD, "qrels.tsv": "query-id\tcorpus-id\tscore\nq1\td1\n" });
    expect(() => readBeirDataset(cols)).toThrow(
      `${path.join(cols, "qrels.tsv")}:2: expected 3 tab-separated columns`,
    );
    const grade = dataset({ ...GOOD, "qrels.tsv": "query-id\tcorpus-id\tscore\nq1\td1\thigh\n" });
    expect(() => readBeirDataset(grade)).toThrow(
      `${path.join(grade, "qrels.tsv")}:2: score "high"`,
    );
  });

  it("rejects a judged query without text and duplicate document ids", () => {
    const noText = dataset({ ...GOOD, "queries.jsonl": '{"_id": "q9", "text": "x"}\n' });
    expect(() => readBeirDataset(noText)).toThrow(
      'query "q1" is judged in qrels.tsv but has no text',
    );
    const dup = dataset({
      ...GOOD,
      "corpus.jsonl": '{"_id": "d1", "text": "a"}\n{"_id": "d1", "text": "b"}\n',
    });
    expect(() => readBeirDataset(dup)).toThrow(
      `${path.join(dup, "corpus.jsonl")}:2: duplicate document id "d1"`,
    );
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
