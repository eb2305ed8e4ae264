// Reads a dataset in BEIR's format: corpus.jsonl, queries.jsonl, qrels.tsv (header, then
// query-id, corpus-id, score). Every error names the file and, for a bad line, the line number.
import fs from "node:fs";
import path from "node:path";

export interface BeirDocument {
  id: string;
  title: string;
  text: string;
}

interface BeirQuery {
  id: string;
  text: string;
}

/** query id → (document id → grade). */
export type Qrels = Map<string, Map<string, number>>;

export interface BeirDataset {
  name: string;
  dir: string;
  corpus: BeirDocument[];
  /** Only queries with judgments, in file order: the ones that are scored. */
  queries: BeirQuery[];
  qrels: Qrels;
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = "DatasetError";
  }
}

export const DATASET_FILES = ["corpus.jsonl", "queries.jsonl", "qrels.tsv"] as const;

function readRequired(dir: string, name: string): string {
  const file = path.join(dir, name);
  try {
    return fs.readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new DatasetError(
      code === "ENOENT"
        ? `missing: a BEIR dataset folder needs ${DATASET_FILES.join(", ")}`
        : `cannot read (${code ?? (cause as Error).message})`,
      file,
    );
  }
}

function* lines(content: string): Generator<{ line: string; n: number }> {
  let n = 0;
  for (const line of content.split("\n")) {
    n++;
    const trimmed = line.replace(/\r$/, "");
    if (trimmed.trim() === "") continue;
    yield { line: trimmed, n };
  }
}

function parseJsonLine(file: string, line: string, n: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new DatasetError(`malformed JSON (${(cause as Error).message})`, file, n);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DatasetError("expected a JSON object", file, n);
  }
  return value as Record<string, unknown>;
}

function requireString(
  obj: Record<string, unknown>,
  key: string,
  file: string,
  n: number,
  optional = false,
): string {
  const v = obj[key];
  if (typeof v === "string") return v;
  if (typeof v === "number" && key === "_id") return String(v);
  if (v === undefined && optional) return "";
  throw new DatasetError(`"${key}" must be a string`, file, n);
}

export function readBeirDataset(dir: string): BeirDataset {
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    throw new DatasetError("not a folder (expected a BEIR dataset folder)", abs);
  }
  const corpusFile = path.join(abs, "corpus.jsonl");
  const queriesFile = path.join(abs, "queries.jsonl");
  const qrelsFile = path.join(abs, "qrels.tsv");
  const corpusText = readRequired(abs, "corpus.jsonl");
  const queriesText = readRequired(abs, "queries.jsonl");
  const qrelsText = readRequired(abs, "qrels.tsv");

  const corpus: BeirDocument[] = [];
  const docIds = new Set<string>();
  for (const { line, n } of lines(corpusText)) {
    const obj = parseJsonLine(corpusFile, line, n);
    const id = requireString(obj, "_id", corpusFile, n);
    if (docIds.has(id)) throw new DatasetError(`duplicate document id "${id}"`, corpusFile, n);
    docIds.add(id);
    corpus.push({
      id,
      title: requireString(obj, "title", corpusFile, n, true),
      text: requireString(obj, "text", corpusFile, n, true),
    });
  }

  const qrels: Qrels = new Map();
  let header = true;
  for (const { line, n } of lines(qrelsText)) {
    const cols = line.split("\t");
    if (header) {
      header = false;
      if (cols[0] === "query-id") continue;
    }
    if (cols.length !== 3) {
      throw new DatasetError(
        `expected 3 tab-separated columns (query-id, corpus-id, score), got ${cols.length}`,
        qrelsFile,
        n,
      );
    }
    const [qid, did, score] = cols as [string, string, string];
    const grade = Number(score);
    if (!/^-?\d+$/.test(score.trim()) || !Number.isFinite(grade)) {
      throw new DatasetError(`score "${score}" is not an integer`, qrelsFile, n);
    }
    let judged = qrels.get(qid);
    if (!judged) {
      judged = new Map();
      qrels.set(qid, judged);
    }
    judged.set(did, grade);
  }
  if (qrels.size === 0) throw new DatasetError("no judgments", qrelsFile);

  const queries: BeirQuery[] = [];
  for (const { line, n } of lines(queriesText)) {
    const obj = parseJsonLine(queriesFile, line, n);
    const id = requireString(obj, "_id", queriesFile, n);
    const text = requireString(obj, "text", queriesFile, n);
    if (qrels.has(id)) queries.push({ id, text });
  }
  const withText = new Set(queries.map((q) => q.id));
  for (const qid of qrels.keys()) {
    if (!withText.has(qid)) {
      throw new DatasetError(
        `query "${qid}" is judged in qrels.tsv but has no text here`,
        queriesFile,
      );
    }
  }
  return { name: path.basename(abs), dir: abs, corpus, queries, qrels };
}
