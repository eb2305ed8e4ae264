// The real extractive answer engine over a corpus ingested into a real SQLite file, as a new user
// meets it: the persisted BM25F index, the corpus's term weights and, when given, a glossary.
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createAnswerEngine } from "../../src/answer/engine.ts";
import { corpusTermWeight } from "../../src/answer/term-weights.ts";
import { type IngestReport, ingestCorpus } from "../../src/corpus/ingest.ts";
import { silentLogger } from "../../src/log.ts";
import { loadGlossary } from "../../src/search/glossary.ts";
import { type Glossary, openSearchIndex } from "../../src/search/index.ts";
import { type CorpusStore, createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createSearchIndexStore } from "../../src/store/search-index.ts";
import type { Answer, AnswerEngine, Coverage } from "../../src/types.ts";
import {
  makeTempDir,
  type NotesManifestOptions,
  removeDir,
  STARTER_FIXTURE,
  writeNotesCorpus,
} from "./corpus-builder.ts";

/** The extractive engine over what `corpus`, a store on `db`, holds when it is called. */
export function extractiveEngineOn(db: Db, corpus: CorpusStore, glossary?: Glossary): AnswerEngine {
  const store = createSearchIndexStore(db);
  const index = openSearchIndex({ store, corpus, glossary, log: silentLogger });
  return createAnswerEngine({
    retrieve: async (query, k, options) =>
      index.search(query, {
        k,
        ...(options?.perDocumentCap ? { perDocumentCap: options.perDocumentCap } : {}),
      }),
    glossary,
    termWeight: corpusTermWeight(corpus),
    correctSpelling: (question) => index.correctSpelling(question),
    log: silentLogger,
    passageById: (id) => corpus.getPassage(id),
  });
}

export interface IngestedEngine {
  engine: AnswerEngine;
  report: IngestReport;
  /** Closes the database and removes the temporary folder. */
  close(): void;
}

/**
 * Makes a temporary folder, takes the corpus folder `corpusIn` gives for it (it may write one
 * there), ingests it into `index.sqlite` beside it and returns the extractive engine over it.
 */
export async function ingestIntoTempFile(
  prefix: string,
  corpusIn: (dir: string) => string | Promise<string>,
  glossary?: Glossary,
): Promise<IngestedEngine> {
  const dir = makeTempDir(prefix);
  const db = openDatabase(path.join(dir, "index.sqlite"));
  const close = () => {
    if (db.open) db.close();
    removeDir(dir);
  };
  try {
    const corpus = createCorpusStore(db);
    const report = await ingestCorpus({
      corpusDir: await corpusIn(dir),
      store: corpus,
      log: silentLogger,
    });
    return { engine: extractiveEngineOn(db, corpus, glossary), report, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** The starter corpus's glossary (demonyms, country names, the tagger's kinds), as in production. */
export function starterGlossary(): Glossary {
  return loadGlossary(path.join(STARTER_FIXTURE, "glossary.json"));
}

/**
 * The extractive engine over the starter corpus with its glossary, or with `glossary` where given,
 * in a temporary index file.
 */
export function ingestStarter(prefix: string, glossary?: Glossary): Promise<IngestedEngine> {
  return ingestIntoTempFile(prefix, () => STARTER_FIXTURE, glossary ?? starterGlossary());
}

/** A suite's questions to an engine its hooks fill, answered extractively as eval asks them. */
export interface ExtractiveAsks {
  /** The extractive answer to `question`. */
  answerTo(question: string): Promise<Answer>;
  /** The coverage label of that answer alone. */
  coverageOf(question: string): Promise<Coverage>;
}

/** `ExtractiveAsks` of the engine `engineOf` gives when a test asks, not at collection. */
export function extractiveAsks(engineOf: () => AnswerEngine): ExtractiveAsks {
  const answerTo = (question: string) => engineOf().answer(question, { forceExtractive: true });
  return { answerTo, coverageOf: async (question) => (await answerTo(question)).coverage };
}

/** An engine a suite's hooks fill, what its ingest reported, and the suite's questions to it. */
export type SuiteEngine = { engine: AnswerEngine; report: IngestReport } & ExtractiveAsks;

/**
 * Registers the hooks that build an engine with `ingest` before the file's tests and close it
 * after them. Returns the object they fill: read `engine` and `report` inside hooks and tests
 * (a suite's own `beforeAll` runs after these), not when the file is collected.
 */
export function engineForSuite(ingest: () => Promise<IngestedEngine>): SuiteEngine {
  const filled = { ...extractiveAsks(() => filled.engine) } as SuiteEngine;
  let ingested: IngestedEngine | undefined;
  beforeAll(async () => {
    ingested = await ingest();
    filled.engine = ingested.engine;
    filled.report = ingested.report;
  }, 60_000);
  afterAll(() => ingested?.close());
  return filled;
}

/**
 * Registers the hooks that write `notes` (briefing notes by path, as `writeNotesCorpus` takes
 * them, with its manifest `options`) into a temporary corpus and ingest it, with `glossary` if
 * given, before the file's tests, and close it after them (`engineForSuite`).
 */
export function notesEngine(
  prefix: string,
  notes: Record<string, string>,
  options: NotesManifestOptions & { glossary?: Glossary } = {},
): SuiteEngine {
  const { glossary, ...manifest } = options;
  return engineForSuite(() =>
    ingestIntoTempFile(
      prefix,
      (dir) => writeNotesCorpus(path.join(dir, "corpus"), notes, {}, manifest),
      glossary,
    ),
  );
}

/**
 * Registers the hooks that ingest the starter corpus with its glossary, or with `glossary` where
 * given (the shipped one: `shippedGlossary()`), before the file's tests (`engineForSuite`).
 */
export function starterEngine(prefix: string, glossary?: Glossary): SuiteEngine {
  return engineForSuite(() => ingestStarter(prefix, glossary));
}

/** The shipped corpus (`corpus/`), which the app answers from. */
export const SHIPPED_CORPUS = path.resolve(import.meta.dirname, "../../corpus");

/** The shipped corpus's glossary (`corpus/glossary.json`). */
export function shippedGlossary(): Glossary {
  return loadGlossary(path.join(SHIPPED_CORPUS, "glossary.json"));
}

/** Registers the hooks that ingest the shipped corpus with its glossary (`engineForSuite`). */
export function shippedEngine(prefix: string): SuiteEngine {
  return engineForSuite(() => ingestIntoTempFile(prefix, () => SHIPPED_CORPUS, shippedGlossary()));
}
