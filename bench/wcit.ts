// Our own retrieval set over the starter corpus. The corpus goes through the app's real ingest
// (loaders, chunking, heading paths) into a SQLite file; its passages are then written out in
// BEIR form so every engine sees the same passages, and judgments become passage-level qrels.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { ingestCorpus } from "../src/corpus/ingest.ts";
import { createLogger } from "../src/log.ts";
import { createCorpusStore } from "../src/store/corpus.ts";
import { openDatabase } from "../src/store/db.ts";
import { DatasetError } from "./beir.ts";

const JudgmentsSchema = z.object({
  description: z.string().optional(),
  questions: z
    .array(
      z.object({
        id: z.string().min(1),
        question: z.string().min(1),
        relevant: z
          .array(z.object({ document: z.string().min(1), phrase: z.string().min(1).optional() }))
          .min(1),
      }),
    )
    .min(1),
});
export type WcitJudgments = z.infer<typeof JudgmentsSchema>;

export function readWcitJudgments(file: string): WcitJudgments {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (cause) {
    throw new DatasetError(`cannot read judgments (${(cause as Error).message})`, file);
  }
  const parsed = JudgmentsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatasetError(`invalid at ${issue?.path.join(".")}: ${issue?.message}`, file);
  }
  return parsed.data;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** Passage-level qrels: grade 2 where the phrase is, 1 for the rest of a listed document. */
export function judgePassages(
  judgments: WcitJudgments,
  passages: { id: string; documentId: string; text: string }[],
  file: string,
): Map<string, Map<string, number>> {
  const byDocument = new Map<string, { id: string; text: string }[]>();
  for (const p of passages) {
    const list = byDocument.get(p.documentId) ?? [];
    list.push({ id: p.id, text: fold(p.text) });
    byDocument.set(p.documentId, list);
  }
  const qrels = new Map<string, Map<string, number>>();
  for (const q of judgments.questions) {
    const grades = new Map<string, number>();
    for (const r of q.relevant) {
      const docPassages = byDocument.get(r.document);
      if (!docPassages) {
        throw new DatasetError(`question ${q.id}: no document "${r.document}" in the corpus`, file);
      }
      const phrase = r.phrase ? fold(r.phrase) : undefined;
      let found = false;
      for (const p of docPassages) {
        const grade = phrase && p.text.includes(phrase) ? 2 : 1;
        if (grade === 2) found = true;
        grades.set(p.id, Math.max(grades.get(p.id) ?? 0, grade));
      }
      if (phrase && !found) {
        throw new DatasetError(
          `question ${q.id}: no passage of "${r.document}" contains "${r.phrase}"`,
          file,
        );
      }
    }
    qrels.set(q.id, grades);
  }
  return qrels;
}

const lowerFirst = (q: string) => q.charAt(0).toLowerCase() + q.slice(1);

/**
 * The ways an analyst wraps a question in Slack: drafting and format requests, the occasion, a
 * context sentence before or after. Question i of the set is asked with wording i mod 8, so each
 * wording carries five questions; the judgments are the plain question's (the need is the same).
 * Wordings 1, 2, 4 and 5 were used while the question analysis was written (4 also to choose the
 * context weight); 3, 6, 7 and 8 were written for this set afterwards and kept as written, though
 * the analysis does not remove all of them.
 */
export const ASKED_WORDINGS: readonly ((question: string) => string)[] = [
  (q) => `For my briefing tomorrow, can you remind me: ${lowerFirst(q)}`,
  (q) => `Give me three talking points on this: ${lowerFirst(q)}`,
  (q) => `${q} Please keep it short, in bullets.`,
  (q) =>
    `Our coalition of civil society groups is meeting government ministers in Brussels next week to discuss Internet policy. ${q}`,
  (q) => `Draft a short paragraph for a press release answering this question: ${lowerFirst(q)}`,
  (q) => `Quick question for a memo I'm writing: ${lowerFirst(q)}`,
  (q) => `${q} I'm asking because our members keep raising it with us.`,
  (q) => `Hi! Summarise in a few bullets for our newsletter: ${lowerFirst(q)}`,
];

export interface PreparedWcit {
  /** A BEIR folder (corpus.jsonl, queries.jsonl, qrels.tsv) of the starter corpus's passages. */
  dir: string;
  /** The database the app's ingest filled; our engine builds its index from it. */
  sqliteFile: string;
  glossaryFile: string;
  cleanup(): void;
}

export async function prepareWcitDataset(options: {
  corpusDir: string;
  judgmentsFile: string;
  /** "asked": each question in one of ASKED_WORDINGS (the `wcit-asked` set); default plain. */
  wording?: "plain" | "asked";
}): Promise<PreparedWcit> {
  const judgments = readWcitJudgments(options.judgmentsFile);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-set-"));
  const sqliteFile = path.join(dir, "wcit.sqlite");
  const db = openDatabase(sqliteFile);
  try {
    const corpus = createCorpusStore(db);
    await ingestCorpus({
      corpusDir: options.corpusDir,
      store: corpus,
      log: createLogger("silent"),
    });
    const all = corpus.allPassages();
    const qrels = judgePassages(
      judgments,
      all.map(({ passage }) => passage),
      options.judgmentsFile,
    );
    // Peers index the heading path with the text: the same information our passages carry.
    const corpusLines = all.map(({ passage, document }) =>
      JSON.stringify({
        _id: passage.id,
        title: document.title,
        text: [passage.sectionPath.join(" "), passage.text].filter(Boolean).join("\n"),
      }),
    );
    fs.writeFileSync(path.join(dir, "corpus.jsonl"), `${corpusLines.join("\n")}\n`);
    fs.writeFileSync(
      path.join(dir, "queries.jsonl"),
      `${judgments.questions
        .map((q, i) => {
          const wording = ASKED_WORDINGS[i % ASKED_WORDINGS.length] as (q: string) => string;
          const text = options.wording === "asked" ? wording(q.question) : q.question;
          return JSON.stringify({ _id: q.id, text });
        })
        .join("\n")}\n`,
    );
    const rows = ["query-id\tcorpus-id\tscore"];
    for (const [qid, grades] of qrels) {
      for (const [pid, grade] of grades) rows.push(`${qid}\t${pid}\t${grade}`);
    }
    fs.writeFileSync(path.join(dir, "qrels.tsv"), `${rows.join("\n")}\n`);
  } finally {
    db.close();
  }
  return {
    dir,
    sqliteFile,
    glossaryFile: path.join(options.corpusDir, "glossary.json"),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
