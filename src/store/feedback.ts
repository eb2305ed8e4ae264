// Helpful / Not helpful votes on answers: one per user per answer, changeable, with an optional reason.
import type Database from "better-sqlite3";
import type { Db } from "./db.ts";

type Statement = Database.Statement;

export type Vote = "helpful" | "not_helpful";

/** What a click did: first vote, same vote again (no change), or a switched vote. */
export type VoteOutcome = "recorded" | "unchanged" | "changed";

interface FeedbackCounts {
  helpful: number;
  notHelpful: number;
}

/** Narrow and async so that a Postgres implementation can stand in for SQLite. */
export interface FeedbackStore {
  vote(questionId: number, userId: string, vote: Vote, at?: Date): Promise<VoteOutcome>;
  /** Attaches a reason to the user's vote on that answer (no-op when there is no vote). */
  setReason(questionId: number, userId: string, reason: string, at?: Date): Promise<void>;
  get(questionId: number, userId: string): Promise<{ vote: Vote; reason?: string } | undefined>;
  counts(questionId: number): Promise<FeedbackCounts>;
  /** Counts for many answers at once (the digest's "asked since" list); absent ids have none. */
  countsFor(questionIds: number[]): Promise<Map<number, FeedbackCounts>>;
}

const MAX_REASON_LENGTH = 1_000;

export function createFeedbackStore(db: Db): FeedbackStore {
  const select = db.prepare(
    "SELECT vote, reason FROM answer_feedback WHERE question_id = ? AND user_id = ?",
  );
  const castVote = voteCaster(db, select);
  return {
    async vote(questionId, userId, vote, at = new Date()) {
      return castVote.immediate(questionId, userId, vote, at.toISOString());
    },
    async setReason(questionId, userId, reason, at = new Date()) {
      saveReason(db, questionId, userId, reason, at);
    },
    async get(questionId, userId) {
      return storedVote(select, questionId, userId);
    },
    async counts(questionId) {
      const out: FeedbackCounts = { helpful: 0, notHelpful: 0 };
      for (const r of countRows(db, [questionId])) addCount(out, r);
      return out;
    },
    async countsFor(questionIds) {
      return countsOf(db, questionIds);
    },
  };
}

/** One row of the counts: how many users gave an answer that vote. */
interface CountRow {
  question_id: number;
  vote: Vote;
  n: number;
}

/**
 * The transaction that casts a user's vote on an answer: recorded where there was none,
 * unchanged where it is the same, else changed (and its reason cleared).
 */
function voteCaster(db: Db, select: Statement) {
  const insert = db.prepare(
    `INSERT INTO answer_feedback (question_id, user_id, vote, reason, created_at, updated_at)
     VALUES (?, ?, ?, NULL, ?, ?)`,
  );
  const update = db.prepare(
    "UPDATE answer_feedback SET vote = ?, reason = NULL, updated_at = ? WHERE question_id = ? AND user_id = ?",
  );
  return db.transaction(
    (questionId: number, userId: string, vote: Vote, at: string): VoteOutcome => {
      const existing = select.get(questionId, userId) as { vote: Vote } | undefined;
      if (!existing) {
        insert.run(questionId, userId, vote, at, at);
        return "recorded";
      }
      if (existing.vote === vote) return "unchanged";
      update.run(vote, at, questionId, userId);
      return "changed";
    },
  );
}

/** The reason, trimmed and cut to its limit (none where blank), on the user's vote. */
function saveReason(db: Db, questionId: number, userId: string, reason: string, at: Date): void {
  db.prepare(
    "UPDATE answer_feedback SET reason = ?, updated_at = ? WHERE question_id = ? AND user_id = ?",
  ).run(reason.trim().slice(0, MAX_REASON_LENGTH) || null, at.toISOString(), questionId, userId);
}

/** The user's vote on an answer, with its reason where there is one. */
function storedVote(
  select: Statement,
  questionId: number,
  userId: string,
): { vote: Vote; reason?: string } | undefined {
  const row = select.get(questionId, userId) as { vote: Vote; reason: string | null } | undefined;
  if (!row) return undefined;
  return row.reason === null ? { vote: row.vote } : { vote: row.vote, reason: row.reason };
}

function countRows(db: Db, ids: number[]): CountRow[] {
  return db
    .prepare(
      `SELECT question_id, vote, count(*) AS n FROM answer_feedback
         WHERE question_id IN (${ids.map(() => "?").join(",")}) GROUP BY question_id, vote`,
    )
    .all(...ids) as CountRow[];
}

/** The counts of many answers, each asked once. */
function countsOf(db: Db, questionIds: number[]): Map<number, FeedbackCounts> {
  const out = new Map<number, FeedbackCounts>();
  const unique = [...new Set(questionIds)];
  // SQLite caps bound parameters; batches of 500 stay far below it.
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of countRows(db, unique.slice(i, i + 500))) {
      const c = out.get(r.question_id) ?? { helpful: 0, notHelpful: 0 };
      addCount(c, r);
      out.set(r.question_id, c);
    }
  }
  return out;
}

/** A row's count set on its vote's side. */
function addCount(counts: FeedbackCounts, row: CountRow): void {
  if (row.vote === "helpful") counts.helpful = row.n;
  else counts.notHelpful = row.n;
}
