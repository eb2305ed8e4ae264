// Citations from real files: a generated multi-page PDF and a briefing note, ingested into a
// temporary index, answered extractively. Pages and links must come through to the citations.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { corpusTermWeight } from "../../src/answer/terms.ts";
import { ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { openSearchIndex } from "../../src/search/index.ts";
import { createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import type { AnswerEngine } from "../../src/types.ts";
import { makeTempDir, removeDir, writePaperAndNoteCorpus } from "../support/corpus-builder.ts";

let dir: string;
let db: Db;
let engine: AnswerEngine;

beforeAll(async () => {
  dir = makeTempDir("wcit-answer-pdf-");
  const corpusDir = await writePaperAndNoteCorpus(path.join(dir, "corpus"));
  db = openDatabase(path.join(dir, "index.sqlite"));
  const corpus = createCorpusStore(db);
  const report = await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
  expect(report.skipped).toEqual([]);
  const index = openSearchIndex({ store: createSearchIndexStore(db), corpus, log: silentLogger });
  engine = createAnswerEngine({
    retrieve: async (query, k) => index.search(query, { k }),
    termWeight: corpusTermWeight(corpus),
  });
}, 30_000);

afterAll(() => {
  db?.close();
  if (dir) removeDir(dir);
});

describe("citations from ingested files", () => {
  it("cites a PDF sentence with its page number and a #page=N link", async () => {
    const answer = await engine.answer(
      "What did the data retention proposals ask the ITU to harmonize?",
    );
    expect(answer.coverage).not.toBe("none");
    const pdf = answer.citations.find((c) => c.documentId === "cyber-paper");
    expect(pdf).toBeDefined();
    expect(pdf?.page).toBe(2);
    expect(pdf?.url).toBe("https://example.org/papers/cyber.pdf#page=2");
    expect(answer.text).toContain("harmonize how long operators keep subscriber records");
    const passage = answer.passages.find((p) => p.passage.id === pdf?.passageId)?.passage;
    expect(passage?.text).toContain(pdf?.quote);
  });

  it("links a note's citation to the primary source its paragraph cites", async () => {
    const answer = await engine.answer(
      "What does Article 5B ask Member States to do about unsolicited bulk electronic communications?",
    );
    const note = answer.citations.find((c) => c.documentId === "spam-note");
    expect(note).toBeDefined();
    expect(note?.primarySources?.map((s) => s.title)).toContain("Primary source two");
    expect(note?.url).toBe("https://example.org/two");
    expect(note?.page).toBeUndefined();
  });
});
