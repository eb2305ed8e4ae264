// Slack deliveries already handled, with a time-to-live, and the threads the bot answers in. Kept in
// SQLite so that a restart, or a second instance on the same database, still answers each event once.
import type { Db } from "./db.ts";

export interface SlackEventStore {
  /**
   * Claims a delivery key (`event:Ev123`, `message:C1:1700.1`). True the first time within the
   * time-to-live; false for a retry or a second copy. Atomic, so concurrent copies cannot both win.
   */
  claim(key: string, now?: Date): Promise<boolean>;
  /** Drops expired keys; returns how many. */
  prune(now?: Date): Promise<number>;
  markThread(channelId: string, threadTs: string, now?: Date): Promise<void>;
  isBotThread(channelId: string, threadTs: string): Promise<boolean>;
}

export function createSlackEventStore(db: Db, options: { ttlHours: number }): SlackEventStore {
  const ttlMs = options.ttlHours * 3_600_000;
  const deleteExpired = db.prepare("DELETE FROM slack_processed WHERE expires_at <= ?");
  const deleteExpiredKey = db.prepare(
    "DELETE FROM slack_processed WHERE key = ? AND expires_at <= ?",
  );
  const insert = db.prepare(
    "INSERT OR IGNORE INTO slack_processed (key, received_at, expires_at) VALUES (?, ?, ?)",
  );
  const claim = db.transaction((key: string, now: Date) => {
    const iso = now.toISOString();
    deleteExpiredKey.run(key, iso);
    return insert.run(key, iso, new Date(now.getTime() + ttlMs).toISOString()).changes === 1;
  });
  let claimsSincePrune = 0;

  return {
    async claim(key, now = new Date()) {
      // Sweep now and then rather than on every event: the table stays small without extra writes.
      if (++claimsSincePrune >= 200) {
        claimsSincePrune = 0;
        deleteExpired.run(now.toISOString());
      }
      return claim.immediate(key, now);
    },
    async prune(now = new Date()) {
      return deleteExpired.run(now.toISOString()).changes;
    },
    async markThread(channelId, threadTs, now = new Date()) {
      db.prepare(
        "INSERT OR IGNORE INTO slack_threads (channel_id, thread_ts, started_at) VALUES (?, ?, ?)",
      ).run(channelId, threadTs, now.toISOString());
    },
    async isBotThread(channelId, threadTs) {
      return (
        db
          .prepare("SELECT 1 FROM slack_threads WHERE channel_id = ? AND thread_ts = ?")
          .get(channelId, threadTs) !== undefined
      );
    },
  };
}
