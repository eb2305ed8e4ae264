// The question log: every question asked on any surface, its answer and what it cost.

import type Database from "better-sqlite3";
import { normalizeQuestion } from "../text.ts";
import type { Answer, SpellingCorrection } from "../types.ts";
import type { Db } from "./db.ts";

type Statement = Database.Statement;

export type Surface = "cli" | "mention" | "dm" | "assistant" | "slash" | "digest";

export interface QuestionContext {
  surface: Surface;
  teamId?: string;
  channelId?: string;
  userId?: string;
  threadTs?: string;
  messageTs?: string;
  permalink?: string;
}

export interface LoggedQuestion extends QuestionContext {
  id: number;
  askedAt: string;
  question: string;
  searchQuery?: string;
  /** Misspelt words the answer read as corpus words. */
  corrections?: SpellingCorrection[];
  answerText?: string;
  mode?: string;
  coverage?: string;
  citations: Answer["citations"];
  latencyMs?: number;
  promptTokens?: number;
  completionTokens?: number;
  fallbackReason?: string;
  error?: string;
}

/** Narrow, async so that a Postgres implementation can stand in for SQLite. */
export interface QuestionLog {
  recordAnswer(context: QuestionContext, answer: Answer, at?: Date): Promise<number>;
  recordFailure(
    context: QuestionContext,
    question: string,
    error: string,
    at?: Date,
  ): Promise<number>;
  /** Fill in where the answer ended up (Slack message ts and permalink) once it is posted. */
  setLocation(
    id: number,
    location: { messageTs?: string; permalink?: string; threadTs?: string },
  ): Promise<void>;
  get(id: number): Promise<LoggedQuestion | undefined>;
  /** Questions asked in a channel since a time, oldest first. */
  inChannelSince(channelId: string, since: Date): Promise<LoggedQuestion[]>;
  /**
   * Remembers what kind of conversation a Slack channel is, from the `channel_type` of its message
   * events (`channel`, `group`, `mpim`, `im`). Cheap to call on every event: it writes only what
   * it did not know.
   */
  noteConversation(c: { channelId: string; teamId?: string; channelType: string }): Promise<void>;
  /**
   * Recent questions the corpus did not cover, grouped by normalized text, most frequent first.
   * `public`: asked by mention in a public channel of that workspace (what anyone there could have
   * read anyway). `own`: one person's other questions in that workspace (DMs, the assistant panel,
   * `/wcit`, private channels and group DMs), for their eyes only.
   */
  gaps(since: Date, limit: number, scope: GapScope): Promise<Gap[]>;
}

type GapScope =
  | { kind: "public"; teamId: string }
  | { kind: "own"; teamId: string; userId: string };

export interface Gap {
  question: string;
  count: number;
  lastAskedAt: string;
}

/**
 * The one rule for a question anyone in the workspace may see again: asked by mention (or a
 * follow-up in the bot's thread) in a channel Slack reported as public. Everything else, old rows
 * without a known channel kind included, is private to the person who asked.
 */
const IS_PUBLIC = "(q.surface = 'mention' AND c.channel_type = 'channel')";

interface Row {
  id: number;
  asked_at: string;
  surface: Surface;
  team_id: string | null;
  channel_id: string | null;
  user_id: string | null;
  thread_ts: string | null;
  message_ts: string | null;
  permalink: string | null;
  question: string;
  search_query: string | null;
  answer_text: string | null;
  mode: string | null;
  coverage: string | null;
  citations_json: string;
  latency_ms: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  fallback_reason: string | null;
  error: string | null;
  corrections_json: string | null;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function fromRow(r: Row): LoggedQuestion {
  return {
    id: r.id,
    askedAt: r.asked_at,
    surface: r.surface,
    teamId: opt(r.team_id),
    channelId: opt(r.channel_id),
    userId: opt(r.user_id),
    threadTs: opt(r.thread_ts),
    messageTs: opt(r.message_ts),
    permalink: opt(r.permalink),
    question: r.question,
    searchQuery: opt(r.search_query),
    ...(r.corrections_json ? { corrections: JSON.parse(r.corrections_json) } : {}),
    answerText: opt(r.answer_text),
    mode: opt(r.mode),
    coverage: opt(r.coverage),
    citations: JSON.parse(r.citations_json),
    latencyMs: opt(r.latency_ms),
    promptTokens: opt(r.prompt_tokens),
    completionTokens: opt(r.completion_tokens),
    fallbackReason: opt(r.fallback_reason),
    error: opt(r.error),
  };
}

export function createQuestionLog(db: Db): QuestionLog {
  const statements = logStatements(db);
  /** Channel kinds already written by this process: most message events then cost no write. */
  const knownTypes = new Map<string, string>();
  return {
    async recordAnswer(context, answer, at = new Date()) {
      const info = statements.insert.run(answerRow(context, answer, at));
      return Number(info.lastInsertRowid);
    },
    async recordFailure(context, question, error, at = new Date()) {
      const info = statements.insert.run(failureRow(context, question, error, at));
      return Number(info.lastInsertRowid);
    },
    async setLocation(id, loc) {
      setLocation(db, id, loc);
    },
    async get(id) {
      const row = db.prepare("SELECT * FROM questions WHERE id = ?").get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    async inChannelSince(channelId, since) {
      return inChannelSince(db, channelId, since);
    },
    async noteConversation({ channelId, teamId, channelType }) {
      if (knownTypes.get(channelId) === channelType) return;
      statements.upsertConversation.run(
        channelId,
        teamId ?? null,
        channelType,
        new Date().toISOString(),
      );
      knownTypes.set(channelId, channelType);
    },
    async gaps(since, limit, scope) {
      return gapsSince(statements, since, limit, scope);
    },
  };
}

/** The statements the log writes and reads gaps with, prepared once a log. */
interface LogStatements {
  insert: Statement;
  upsertConversation: Statement;
  publicGaps: Statement;
  ownGaps: Statement;
}

function logStatements(db: Db): LogStatements {
  const insert = db.prepare(`INSERT INTO questions
    (asked_at, surface, team_id, channel_id, user_id, thread_ts, message_ts, permalink, question,
     search_query, answer_text, mode, coverage, citations_json, latency_ms, prompt_tokens,
     completion_tokens, fallback_reason, error, corrections_json)
    VALUES (@askedAt, @surface, @teamId, @channelId, @userId, @threadTs, @messageTs, @permalink,
     @question, @searchQuery, @answerText, @mode, @coverage, @citationsJson, @latencyMs,
     @promptTokens, @completionTokens, @fallbackReason, @error, @correctionsJson)`);
  const upsertConversation = db.prepare(
    `INSERT INTO slack_conversations (channel_id, team_id, channel_type, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel_id) DO UPDATE SET channel_type = excluded.channel_type,
       team_id = COALESCE(excluded.team_id, team_id), seen_at = excluded.seen_at`,
  );
  const gapsFrom = `FROM questions q LEFT JOIN slack_conversations c ON c.channel_id = q.channel_id
    WHERE q.coverage = 'none' AND q.asked_at >= ? AND q.team_id = ?`;
  const publicGaps = db.prepare(
    `SELECT q.question, q.asked_at ${gapsFrom} AND ${IS_PUBLIC}
       AND (c.team_id IS NULL OR c.team_id = q.team_id)
     ORDER BY q.asked_at DESC`,
  );
  const ownGaps = db.prepare(
    `SELECT q.question, q.asked_at ${gapsFrom} AND q.user_id = ? AND NOT COALESCE(${IS_PUBLIC}, 0)
     ORDER BY q.asked_at DESC`,
  );
  return { insert, upsertConversation, publicGaps, ownGaps };
}

/** Where and when a question was asked, as the insert's parameters. */
function contextRow(c: QuestionContext, at: Date) {
  return {
    askedAt: at.toISOString(),
    surface: c.surface,
    teamId: c.teamId ?? null,
    channelId: c.channelId ?? null,
    userId: c.userId ?? null,
    threadTs: c.threadTs ?? null,
    messageTs: c.messageTs ?? null,
    permalink: c.permalink ?? null,
  };
}

function answerRow(context: QuestionContext, answer: Answer, at: Date) {
  return {
    ...contextRow(context, at),
    question: answer.question,
    searchQuery: answer.searchQuery,
    answerText: answer.text,
    mode: answer.mode,
    coverage: answer.coverage,
    citationsJson: JSON.stringify(answer.citations),
    latencyMs: Math.round(answer.latencyMs),
    promptTokens: answer.usage?.promptTokens ?? null,
    completionTokens: answer.usage?.completionTokens ?? null,
    fallbackReason: answer.fallbackReason ?? null,
    error: null,
    correctionsJson: answer.corrections?.length ? JSON.stringify(answer.corrections) : null,
  };
}

function failureRow(context: QuestionContext, question: string, error: string, at: Date) {
  return {
    ...contextRow(context, at),
    question,
    searchQuery: null,
    answerText: null,
    mode: null,
    coverage: null,
    citationsJson: "[]",
    latencyMs: null,
    promptTokens: null,
    completionTokens: null,
    fallbackReason: null,
    error,
    correctionsJson: null,
  };
}

function setLocation(
  db: Db,
  id: number,
  loc: { messageTs?: string; permalink?: string; threadTs?: string },
): void {
  db.prepare(
    `UPDATE questions SET message_ts = COALESCE(?, message_ts), permalink = COALESCE(?, permalink),
     thread_ts = COALESCE(?, thread_ts) WHERE id = ?`,
  ).run(loc.messageTs ?? null, loc.permalink ?? null, loc.threadTs ?? null, id);
}

function inChannelSince(db: Db, channelId: string, since: Date): LoggedQuestion[] {
  const rows = db
    .prepare("SELECT * FROM questions WHERE channel_id = ? AND asked_at >= ? ORDER BY asked_at, id")
    .all(channelId, since.toISOString()) as Row[];
  return rows.map(fromRow);
}

/** The scope's uncovered questions since a time, grouped by normalized text, most asked first. */
function gapsSince(s: LogStatements, since: Date, limit: number, scope: GapScope): Gap[] {
  const rows = (
    scope.kind === "public"
      ? s.publicGaps.all(since.toISOString(), scope.teamId)
      : s.ownGaps.all(since.toISOString(), scope.teamId, scope.userId)
  ) as { question: string; asked_at: string }[];
  const groups = new Map<string, Gap>();
  for (const r of rows) {
    const key = normalizeQuestion(r.question);
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { question: r.question, count: 1, lastAskedAt: r.asked_at });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt))
    .slice(0, limit);
}
