// The question log: every question asked on any surface, its answer and what it cost.

import { normalizeQuestion } from "../text.ts";
import type { Answer } from "../types.ts";
import type { Db } from "./db.ts";

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
  /** Recent questions the corpus did not cover, grouped by normalized text, most frequent first. */
  gaps(
    since: Date,
    limit: number,
  ): Promise<{ question: string; count: number; lastAskedAt: string }[]>;
}

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
  const insert = db.prepare(`INSERT INTO questions
    (asked_at, surface, team_id, channel_id, user_id, thread_ts, message_ts, permalink, question,
     search_query, answer_text, mode, coverage, citations_json, latency_ms, prompt_tokens,
     completion_tokens, fallback_reason, error)
    VALUES (@askedAt, @surface, @teamId, @channelId, @userId, @threadTs, @messageTs, @permalink,
     @question, @searchQuery, @answerText, @mode, @coverage, @citationsJson, @latencyMs,
     @promptTokens, @completionTokens, @fallbackReason, @error)`);
  const base = (c: QuestionContext, at: Date) => ({
    askedAt: at.toISOString(),
    surface: c.surface,
    teamId: c.teamId ?? null,
    channelId: c.channelId ?? null,
    userId: c.userId ?? null,
    threadTs: c.threadTs ?? null,
    messageTs: c.messageTs ?? null,
    permalink: c.permalink ?? null,
  });
  return {
    async recordAnswer(context, answer, at = new Date()) {
      const info = insert.run({
        ...base(context, at),
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
      });
      return Number(info.lastInsertRowid);
    },
    async recordFailure(context, question, error, at = new Date()) {
      const info = insert.run({
        ...base(context, at),
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
      });
      return Number(info.lastInsertRowid);
    },
    async setLocation(id, loc) {
      db.prepare(
        `UPDATE questions SET message_ts = COALESCE(?, message_ts), permalink = COALESCE(?, permalink),
         thread_ts = COALESCE(?, thread_ts) WHERE id = ?`,
      ).run(loc.messageTs ?? null, loc.permalink ?? null, loc.threadTs ?? null, id);
    },
    async get(id) {
      const row = db.prepare("SELECT * FROM questions WHERE id = ?").get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    async inChannelSince(channelId, since) {
      const rows = db
        .prepare(
          "SELECT * FROM questions WHERE channel_id = ? AND asked_at >= ? ORDER BY asked_at, id",
        )
        .all(channelId, since.toISOString()) as Row[];
      return rows.map(fromRow);
    },
    async gaps(since, limit) {
      const rows = db
        .prepare(
          "SELECT question, asked_at FROM questions WHERE coverage = 'none' AND asked_at >= ? ORDER BY asked_at DESC",
        )
        .all(since.toISOString()) as { question: string; asked_at: string }[];
      const groups = new Map<string, { question: string; count: number; lastAskedAt: string }>();
      for (const r of rows) {
        const key = normalizeQuestion(r.question);
        const g = groups.get(key);
        if (g) g.count += 1;
        else groups.set(key, { question: r.question, count: 1, lastAskedAt: r.asked_at });
      }
      return [...groups.values()]
        .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt))
        .slice(0, limit);
    },
  };
}
