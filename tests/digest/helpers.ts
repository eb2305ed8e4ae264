// Shared pieces of the digest tests: a temp database, a test clock, a scripted answer engine, the
// fake Slack server with a WebClient pointed at it, and a logger whose lines we can read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { WebClient } from "@slack/web-api";
import { afterEach, beforeEach } from "vitest";
import type { DigestSources } from "../../src/digest/compose.ts";
import {
  createDigestScheduler,
  type DigestScheduler,
  type SchedulerDeps,
} from "../../src/digest/schedule.ts";
import type { DigestTopic } from "../../src/digest/topics.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import { type CorpusStore, createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createDigestStore, type DigestStore } from "../../src/store/digest.ts";
import { createFeedbackStore, type FeedbackStore } from "../../src/store/feedback.ts";
import { createQuestionLog, type QuestionLog } from "../../src/store/questions.ts";
import type { Answer, AnswerEngine, SourceDocument } from "../../src/types.ts";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.ts";

export const TOPICS: DigestTopic[] = [
  { id: "alpha", title: "Alpha topic", question: "What is alpha about?" },
  { id: "beta", title: "Beta topic", question: "What is beta about?" },
  { id: "gamma", title: "Gamma topic", question: "What is gamma about?" },
];

/** An Answer with `sentences` cited sentences, citation n on sentence n. */
export function fakeAnswer(question: string, sentences = 6): Answer {
  const citations = Array.from({ length: sentences }, (_, i) => ({
    n: i + 1,
    passageId: `doc${i}:0`,
    documentId: `doc${i}`,
    title: `Source ${i + 1}`,
    url: `https://example.org/source-${i + 1}.pdf#page=${i + 2}`,
    page: i + 2,
    quote: `Sentence ${i + 1}.`,
  }));
  return {
    question,
    searchQuery: question,
    text: citations
      .map((c) => `Claim ${c.n} explains the topic in some detail [${c.n}].`)
      .join(" "),
    mode: "extractive",
    coverage: "full",
    citations,
    closestSources: [],
    verification: { kept: 0, dropped: 0 },
    passages: [],
    latencyMs: 3,
  };
}

/** An engine that answers every question with `fakeAnswer` and remembers what it was asked. */
function fakeEngine(): AnswerEngine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    mode: "extractive",
    async answer(question) {
      asked.push(question);
      return fakeAnswer(question);
    },
    async search() {
      return { passages: [], corrections: [] };
    },
    suggestedQuestions: () => [],
  };
}

interface LogCapture {
  log: Logger;
  lines: () => Record<string, unknown>[];
}

function captureLog(): LogCapture {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      out.push(String(chunk));
      done();
    },
  });
  const log = createLogger("info", stream);
  return {
    log,
    lines: () =>
      out
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export interface Instance {
  db: Db;
  store: DigestStore;
  feedback: FeedbackStore;
  questions: QuestionLog;
  corpus: CorpusStore;
  sources: DigestSources;
  close(): void;
}

/** A test world: one database file, one fake Slack; `open()` gives an app instance on that file. */
export interface World {
  dir: string;
  dbFile: string;
  fake: FakeSlack;
  slack: WebClient;
  engine: ReturnType<typeof fakeEngine>;
  logs: LogCapture;
  open(topics?: DigestTopic[]): Instance;
  dispose(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-digest-"));
  const dbFile = path.join(dir, "wcit.sqlite");
  const fake = await startFakeSlack();
  const slack = new WebClient("xoxb-test", {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
  });
  const engine = fakeEngine();
  const logs = captureLog();
  const opened: Db[] = [];
  return {
    dir,
    dbFile,
    fake,
    slack,
    engine,
    logs,
    open(topics = TOPICS) {
      const db = openDatabase(dbFile);
      opened.push(db);
      const questions = createQuestionLog(db);
      const corpus = createCorpusStore(db);
      return {
        db,
        store: createDigestStore(db),
        feedback: createFeedbackStore(db),
        questions,
        corpus,
        sources: { engine, questions, corpus, topics, log: logs.log },
        close: () => db.close(),
      };
    },
    async dispose() {
      for (const db of opened) if (db.open) db.close();
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh world and one instance on it for every test of the calling file, handed to `use`
 * before each test and disposed of after it.
 */
export function freshWorldForEachTest(use: (world: World, app: Instance) => void): void {
  let world: World | undefined;
  beforeEach(async () => {
    world = await createWorld();
    use(world, world.open());
  });
  afterEach(async () => {
    await world?.dispose();
  });
}

/** A scheduler for an instance of the world, posting to its fake Slack; `extra` overrides. */
export function schedulerFor(
  world: World,
  instance: Instance,
  extra: Partial<SchedulerDeps> = {},
): DigestScheduler {
  return createDigestScheduler({
    store: instance.store,
    sources: instance.sources,
    slack: world.slack,
    log: world.logs.log,
    ...extra,
  });
}

export function testClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set(iso: string | Date) {
      current = new Date(iso);
    },
    advanceMinutes(m: number) {
      current = new Date(current.getTime() + m * 60_000);
    },
  };
}

/** Every minute from `from` (inclusive) to `to` (exclusive). */
export function* minutes(from: string, to: string, step = 1): Generator<Date> {
  for (let t = Date.parse(from); t < Date.parse(to); t += step * 60_000) yield new Date(t);
}

export function documentFixture(id: string, indexedAt: string): SourceDocument {
  return {
    id,
    title: `Document ${id}`,
    kind: "markdown",
    path: `${id}.md`,
    contentHash: `hash-${id}-${indexedAt}`,
    sources: [],
    url: `https://example.org/${id}`,
    indexedAt,
  };
}

/** Indexes `doc` the way an ingest does (one passage), at the document's indexedAt. */
export function indexDocument(corpus: CorpusStore, doc: SourceDocument): void {
  const text = `Text of ${doc.id}.`;
  corpus.applyIngest(
    {
      upserts: [
        {
          document: doc,
          normalizedText: text,
          passages: [
            {
              id: `${doc.id}:0`,
              documentId: doc.id,
              ordinal: 0,
              sectionPath: [],
              start: 0,
              end: text.length,
              text,
              sourceRefs: [],
              contentHash: `p-${doc.contentHash}`,
            },
          ],
        },
      ],
      removedDocumentIds: [],
    },
    {
      startedAt: doc.indexedAt,
      finishedAt: doc.indexedAt,
      status: "ok",
      filesRead: 1,
      filesUnchanged: 0,
      passages: 1,
      skipped: [],
    },
  );
}
