// Who has been greeted in the bot's DM, so that opening the Messages tab again stays quiet.
import type { Db } from "./db.ts";

export interface GreetingStore {
  /** True the first time for this person in this workspace (atomic: two opens cannot both win). */
  claim(where: { teamId: string; userId: string; channelId: string }, now?: Date): Promise<boolean>;
  /** Gives the claim back (the greeting could not be posted), so that the next open tries again. */
  release(where: { teamId: string; userId: string }): Promise<void>;
}

export function createGreetingStore(db: Db): GreetingStore {
  const insert = db.prepare(
    "INSERT OR IGNORE INTO dm_greetings (team_id, user_id, channel_id, greeted_at) VALUES (?, ?, ?, ?)",
  );
  const remove = db.prepare("DELETE FROM dm_greetings WHERE team_id = ? AND user_id = ?");
  return {
    async claim(w, now = new Date()) {
      return insert.run(w.teamId, w.userId, w.channelId, now.toISOString()).changes === 1;
    },
    async release(w) {
      remove.run(w.teamId, w.userId);
    },
  };
}
