// Helpful / Not helpful votes on answers: one per user per answer, changeable, with an optional reason.
import type { Db } from "./db.ts";

export type Vote = "helpful" | "not_helpful";

/** What a click did: first vote, same vote again (no change), or a switched vote. */
export type VoteOutcome = "recorded" | "unchanged" | "changed";

export interface FeedbackCounts {
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

export const MAX_REASON_LENGTH = 1_000;

export function createFeedbackStore(db: Db): FeedbackStore {
  const select = db.prepare(
    "SELECT vote, reason FROM answer_feedback WHERE question_id = ? AND user_id = ?",
  );
  const insert = db.prepare(
    `INSERT INTO answer_feedback (question_id, user_id, vote, reason, created_at, updated_at)
     VALUES (?, ?, ?, NULL, ?, ?)`,
  );
  const update = db.prepare(
    "UPDATE answer_feedback SET vote = ?, reason = NULL, updated_at = ? WHERE question_id = ? AND user_id = ?",
  );
  const castVote = db.transaction(
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
  const countRows = (ids: number[]) =>
    db
      .prepare(
        `SELECT question_id, vote, count(*) AS n FROM answer_feedback
         WHERE question_id IN (${ids.map(() => "?").join(",")}) GROUP BY question_id, vote`,
      )
      .all(...ids) as { question_id: number; vote: Vote; n: number }[];

  return {
    async vote(questionId, userId, vote, at = new Date()) {
      return castVote.immediate(questionId, userId, vote, at.toISOString());
    },
    async setReason(questionId, userId, reason, at = new Date()) {
      db.prepare(
        "UPDATE answer_feedback SET reason = ?, updated_at = ? WHERE question_id = ? AND user_id = ?",
      ).run(
        reason.trim().slice(0, MAX_REASON_LENGTH) || null,
        at.toISOString(),
        questionId,
        userId,
      );
    },
    async get(questionId, userId) {
      const row = select.get(questionId, userId) as
        | { vote: Vote; reason: string | null }
        | undefined;
      if (!row) return undefined;
      return row.reason === null ? { vote: row.vote } : { vote: row.vote, reason: row.reason };
    },
    async counts(questionId) {
      const out: FeedbackCounts = { helpful: 0, notHelpful: 0 };
      for (const r of countRows([questionId])) {
        if (r.vote === "helpful") out.helpful = r.n;
        else out.notHelpful = r.n;
      }
      return out;
    },
    async countsFor(questionIds) {
      const out = new Map<number, FeedbackCounts>();
      const unique = [...new Set(questionIds)];
      // SQLite caps bound parameters; batches of 500 stay far below it.
      for (let i = 0; i < unique.length; i += 500) {
        for (const r of countRows(unique.slice(i, i + 500))) {
          const c = out.get(r.question_id) ?? { helpful: 0, notHelpful: 0 };
          if (r.vote === "helpful") c.helpful = r.n;
          else c.notHelpful = r.n;
          out.set(r.question_id, c);
        }
      }
      return out;
    },
  };
}
