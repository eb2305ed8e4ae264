// Builds the real Bolt app in HTTP mode on 127.0.0.1, on a temporary SQLite file, with its Web API
// client pointed at the fake Slack server. Requests are signed like Slack's.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { KnownBlock } from "@slack/types";
import { loadConfig } from "../../src/config.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import { createSlackApp, type SlackApp, type SlackAppDeps } from "../../src/slack/app.ts";
import type { SlackStores, WebClient } from "../../src/slack/deps.ts";
import { type CorpusStore, createCorpusStore } from "../../src/store/corpus.ts";
import { type Db, openDatabase } from "../../src/store/db.ts";
import { createGreetingStore } from "../../src/store/dm-greetings.ts";
import { createFeedbackStore, type FeedbackStore } from "../../src/store/feedback.ts";
import { createQuestionLog, type QuestionLog } from "../../src/store/questions.ts";
import { createSlackEventStore } from "../../src/store/slack-events.ts";
import type {
  AnswerEngine,
  AnswerOptions,
  AnswerProgress,
  ScoredPassage,
  SubcommandHandler,
} from "../../src/types.ts";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.ts";
import { envelope } from "../support/slack-payloads.ts";
import {
  type PostedResponse,
  postCommand,
  postEvent,
  postInteraction,
  type SignOptions,
  TEST_SIGNING_SECRET,
} from "../support/slack-signer.ts";
import { makeAnswer, makePassage } from "./answer-fixtures.ts";

export interface ScriptedEngine extends AnswerEngine {
  calls: { question: string; options?: AnswerOptions }[];
  /** Make the next answer throw this error. */
  failNext(error: Error): void;
  /** Progress to report through onProgress before answering, one step at a time. */
  progress: AnswerProgress[];
}

/** An AnswerEngine double: "bananas" is not covered, everything else is answered with two citations. */
export function scriptedEngine(mode: "llm" | "extractive" = "extractive"): ScriptedEngine {
  const failures: Error[] = [];
  const engine: ScriptedEngine = {
    mode,
    calls: [],
    progress: [],
    failNext: (e) => failures.push(e),
    async answer(question, options) {
      engine.calls.push({ question, ...(options ? { options } : {}) });
      const failure = failures.shift();
      if (failure) throw failure;
      for (const p of engine.progress) {
        options?.onProgress?.(p);
        // A model writes over time; let the app's throttled progress updates run in between.
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
      if (/bananas/i.test(question)) {
        return makeAnswer({
          question,
          coverage: "none",
          text: "The corpus does not cover that.",
          citations: [],
          closestSources: [{ documentId: "itr-2012", title: "Final Acts of WCIT-12" }],
          mode,
        });
      }
      return makeAnswer({ question, mode });
    },
    async search(query) {
      return {
        passages: [makePassage(`Passage about ${query}.`)] as ScoredPassage[],
        corrections: [],
      };
    },
    suggestedQuestions: () => [
      "What does Article 5B say about spam?",
      "Who refused to sign the ITRs?",
    ],
  };
  return engine;
}

/** The Slack app's stores on `db`, as the composition root builds them. */
export function slackStoresOn(db: Db, options: { eventTtlHours?: number } = {}): SlackStores {
  return {
    corpus: createCorpusStore(db),
    questions: createQuestionLog(db),
    feedback: createFeedbackStore(db),
    events: createSlackEventStore(db, { ttlHours: options.eventTtlHours ?? 24 }),
    greetings: createGreetingStore(db),
  };
}

export interface Harness {
  fake: FakeSlack;
  slack: SlackApp;
  db: Db;
  dir: string;
  corpus: CorpusStore;
  questions: QuestionLog;
  feedback: FeedbackStore;
  engine: AnswerEngine;
  url: string;
  event(
    event: Record<string, unknown>,
    opts?: SignOptions & { eventId?: string; teamId?: string },
  ): Promise<PostedResponse>;
  command(fields: Record<string, string>, opts?: SignOptions): Promise<PostedResponse>;
  interact(payload: object, opts?: SignOptions): Promise<PostedResponse>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  engine?: AnswerEngine;
  extraSubcommands?: (client: WebClient) => Record<string, SubcommandHandler>;
  homeSections?: (teamId: string) => Promise<KnownBlock[]>;
  processBeforeResponse?: boolean;
  nativeFeedback?: boolean;
  /** Prepare the database (ingest a corpus) before the app opens it. */
  setup?: (db: Db, dir: string) => Promise<void> | void;
  engineFrom?: (ctx: {
    db: Db;
    corpus: CorpusStore;
    dir: string;
  }) => Promise<AnswerEngine> | AnswerEngine;
  db?: { dir: string; file: string };
  log?: Logger;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeSlack();
  const dir = opts.db?.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "wcit-slack-"));
  const db = openDatabase(opts.db?.file ?? path.join(dir, "wcit.sqlite"));
  await opts.setup?.(db, dir);
  const config = loadConfig(
    {
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: "silent",
      ...opts.env,
    },
    dir,
  );
  const stores = slackStoresOn(db, { eventTtlHours: config.slack.eventDedupeTtlHours });
  const { corpus, questions, feedback } = stores;
  const engine = opts.engineFrom
    ? await opts.engineFrom({ db, corpus, dir })
    : (opts.engine ?? scriptedEngine());
  const deps: SlackAppDeps = {
    config,
    log: opts.log ?? silentLogger,
    engine,
    ...stores,
    listen: { port: 0, host: "127.0.0.1" },
    retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50, factor: 1 },
    processBeforeResponse: opts.processBeforeResponse ?? true,
    progressIntervalMs: 5,
    ...(opts.extraSubcommands ? { extraSubcommands: opts.extraSubcommands } : {}),
    ...(opts.homeSections ? { homeSections: opts.homeSections } : {}),
    ...(opts.nativeFeedback !== undefined ? { nativeFeedback: opts.nativeFeedback } : {}),
  };
  const slack = createSlackApp(deps);
  const { port } = await slack.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    fake,
    slack,
    db,
    dir,
    corpus,
    questions,
    feedback,
    engine,
    url,
    event: (event, o = {}) =>
      postEvent(
        url,
        envelope(event, {
          ...(o.eventId ? { eventId: o.eventId } : {}),
          ...(o.teamId ? { teamId: o.teamId } : {}),
        }),
        o,
      ),
    command: (fields, o) => postCommand(url, fields, o),
    interact: (payload, o) => postInteraction(url, payload, o),
    async close() {
      await slack.stop();
      await fake.close();
      db.close();
      if (!opts.db) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** All text a recorded Slack call carries (text and blocks), for assertions. */
export function callText(call: { body: Record<string, unknown> } | undefined): string {
  if (!call) return "";
  return `${String(call.body.text ?? "")}\n${JSON.stringify(call.body.blocks ?? [])}`;
}
