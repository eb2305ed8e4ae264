// Digest subscriptions and posts. A post is recorded (claimed) before it is sent, and the unique
// index on (channel, local date) makes the claim the single point where two instances or a
// restarted process can race: whoever inserts the row posts, everyone else skips.
// Async interface so a Postgres implementation can stand in for SQLite.
import type { Db } from "./db.ts";

export type Cadence = "daily" | "weekdays";
export type DigestPostStatus = "pending" | "sent" | "failed";
/** What started a post: the scheduler, `/wcit digest now`, or the CLI. */
export type DigestTrigger = "schedule" | "command" | "cli";

export interface DigestSubscription {
  channelId: string;
  teamId: string;
  /** Local wall-clock time, HH:MM, in `timeZone`. */
  time: string;
  /** IANA zone name. */
  timeZone: string;
  cadence: Cadence;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
  /** First instant a scheduled digest may be due (when the channel subscribed). */
  activeSince: string;
  active: boolean;
  deactivatedReason?: string;
  /** Topic ids shown in the current round, oldest first. */
  topicsShown: string[];
}

export interface DigestPost {
  id: number;
  channelId: string;
  localDate: string;
  /** True for an extra `/wcit digest now` on a day whose digest was already claimed. */
  extra: boolean;
  trigger: DigestTrigger;
  status: DigestPostStatus;
  attempts: number;
  topicId?: string;
  messageTs?: string;
  error?: string;
  claimedBy?: string;
  createdAt: string;
  claimedAt: string;
  sentAt?: string;
}

export type ClaimResult =
  | { claimed: true; post: DigestPost }
  | { claimed: false; existing: DigestPost };

export interface SubscribeInput {
  channelId: string;
  teamId: string;
  time: string;
  timeZone: string;
  cadence?: Cadence;
  createdBy?: string;
}

export interface DigestStore {
  /** Subscribes (or re-activates) a channel. Topic history is kept across off/on. */
  subscribe(input: SubscribeInput, at: Date): Promise<DigestSubscription>;
  /** Deactivates; returns false when the channel had no active subscription. */
  unsubscribe(channelId: string, reason: string, at: Date): Promise<boolean>;
  /** Changes an active subscription; undefined when there is none. */
  update(
    channelId: string,
    changes: Partial<Pick<DigestSubscription, "time" | "timeZone" | "cadence">>,
    at: Date,
  ): Promise<DigestSubscription | undefined>;
  get(channelId: string): Promise<DigestSubscription | undefined>;
  listActive(): Promise<DigestSubscription[]>;
  /** A workspace's active subscriptions, by channel id. */
  listByTeam(teamId: string): Promise<DigestSubscription[]>;
  /** Claims the channel's digest for a local date; exactly one caller ever gets `claimed: true`. */
  claimDay(
    input: { channelId: string; localDate: string; trigger: DigestTrigger; claimedBy: string },
    at: Date,
  ): Promise<ClaimResult>;
  /** Records an extra post (`now` on a day already claimed); never conflicts. */
  recordExtra(
    input: { channelId: string; localDate: string; trigger: DigestTrigger; claimedBy: string },
    at: Date,
  ): Promise<DigestPost>;
  /**
   * Takes over a pending or failed post that has no message ts, if nobody else did since `post`
   * was read (compare-and-set on attempts). Returns the updated post, or undefined if lost.
   */
  reclaim(post: DigestPost, claimedBy: string, at: Date): Promise<DigestPost | undefined>;
  /** Marks a post sent and adds its topic to the channel's round (starting a new round on a repeat). */
  markSent(
    postId: number,
    result: { messageTs: string; topicId?: string },
    at: Date,
  ): Promise<void>;
  markFailed(postId: number, error: string, at: Date): Promise<void>;
  postFor(channelId: string, localDate: string): Promise<DigestPost | undefined>;
  /** The channel's most recent sent post (its "last digest"). */
  lastSent(channelId: string): Promise<DigestPost | undefined>;
  /** Every post of a channel, oldest first (tests, diagnostics). */
  postsOf(channelId: string): Promise<DigestPost[]>;
}

interface SubscriptionRow {
  channel_id: string;
  team_id: string;
  time: string;
  time_zone: string;
  cadence: Cadence;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  active_since: string;
  active: number;
  deactivated_reason: string | null;
  topics_shown_json: string;
}

interface PostRow {
  id: number;
  channel_id: string;
  local_date: string;
  extra: number;
  trigger: DigestTrigger;
  status: DigestPostStatus;
  attempts: number;
  topic_id: string | null;
  message_ts: string | null;
  error: string | null;
  claimed_by: string | null;
  created_at: string;
  claimed_at: string;
  sent_at: string | null;
}

function subscriptionFromRow(r: SubscriptionRow): DigestSubscription {
  const s: DigestSubscription = {
    channelId: r.channel_id,
    teamId: r.team_id,
    time: r.time,
    timeZone: r.time_zone,
    cadence: r.cadence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    activeSince: r.active_since,
    active: r.active === 1,
    topicsShown: JSON.parse(r.topics_shown_json),
  };
  if (r.created_by !== null) s.createdBy = r.created_by;
  if (r.deactivated_reason !== null) s.deactivatedReason = r.deactivated_reason;
  return s;
}

function postFromRow(r: PostRow): DigestPost {
  const p: DigestPost = {
    id: r.id,
    channelId: r.channel_id,
    localDate: r.local_date,
    extra: r.extra === 1,
    trigger: r.trigger,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.created_at,
    claimedAt: r.claimed_at,
  };
  if (r.topic_id !== null) p.topicId = r.topic_id;
  if (r.message_ts !== null) p.messageTs = r.message_ts;
  if (r.error !== null) p.error = r.error;
  if (r.claimed_by !== null) p.claimedBy = r.claimed_by;
  if (r.sent_at !== null) p.sentAt = r.sent_at;
  return p;
}

/** Adds a shown topic to a round; a topic already in it means every topic was shown: new round. */
export function advanceRound(shown: string[], topicId: string): string[] {
  return shown.includes(topicId) ? [topicId] : [...shown, topicId];
}

export function createDigestStore(db: Db): DigestStore {
  const getSub = db.prepare("SELECT * FROM digest_subscriptions WHERE channel_id = ?");
  const getPost = db.prepare("SELECT * FROM digest_posts WHERE id = ?");
  const readSub = (channelId: string) => {
    const row = getSub.get(channelId) as SubscriptionRow | undefined;
    return row ? subscriptionFromRow(row) : undefined;
  };
  const readPost = (id: number) => {
    const row = getPost.get(id) as PostRow | undefined;
    if (!row) throw new Error(`Digest post ${id} vanished`);
    return postFromRow(row);
  };
  const insertPost = (
    input: { channelId: string; localDate: string; trigger: DigestTrigger; claimedBy: string },
    extra: boolean,
    at: Date,
  ) =>
    db
      .prepare(
        `INSERT INTO digest_posts (channel_id, local_date, extra, trigger, status, claimed_by, created_at, claimed_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(
        input.channelId,
        input.localDate,
        extra ? 1 : 0,
        input.trigger,
        input.claimedBy,
        at.toISOString(),
        at.toISOString(),
      );

  const markSentTx = db.transaction(
    (postId: number, result: { messageTs: string; topicId?: string }, at: Date) => {
      db.prepare(
        `UPDATE digest_posts SET status = 'sent', message_ts = ?, topic_id = ?, sent_at = ?, error = NULL
         WHERE id = ?`,
      ).run(result.messageTs, result.topicId ?? null, at.toISOString(), postId);
      if (result.topicId === undefined) return;
      const post = readPost(postId);
      const sub = readSub(post.channelId);
      if (!sub) return;
      db.prepare("UPDATE digest_subscriptions SET topics_shown_json = ? WHERE channel_id = ?").run(
        JSON.stringify(advanceRound(sub.topicsShown, result.topicId)),
        post.channelId,
      );
    },
  );

  return {
    async subscribe(input, at) {
      const now = at.toISOString();
      db.prepare(
        `INSERT INTO digest_subscriptions
           (channel_id, team_id, time, time_zone, cadence, created_by, created_at, updated_at, active_since, active)
         VALUES (@channelId, @teamId, @time, @timeZone, @cadence, @createdBy, @now, @now, @now, 1)
         ON CONFLICT (channel_id) DO UPDATE SET
           team_id = excluded.team_id, time = excluded.time, time_zone = excluded.time_zone,
           cadence = excluded.cadence, updated_at = excluded.updated_at,
           active_since = CASE WHEN active = 1 THEN active_since ELSE excluded.active_since END,
           active = 1, deactivated_reason = NULL`,
      ).run({
        channelId: input.channelId,
        teamId: input.teamId,
        time: input.time,
        timeZone: input.timeZone,
        cadence: input.cadence ?? "daily",
        createdBy: input.createdBy ?? null,
        now,
      });
      const sub = readSub(input.channelId);
      if (!sub) throw new Error(`Subscription for ${input.channelId} was not saved`);
      return sub;
    },
    async unsubscribe(channelId, reason, at) {
      const info = db
        .prepare(
          `UPDATE digest_subscriptions SET active = 0, deactivated_reason = ?, updated_at = ?
           WHERE channel_id = ? AND active = 1`,
        )
        .run(reason, at.toISOString(), channelId);
      return info.changes === 1;
    },
    async update(channelId, changes, at) {
      const current = readSub(channelId);
      if (!current?.active) return undefined;
      db.prepare(
        `UPDATE digest_subscriptions SET time = ?, time_zone = ?, cadence = ?, updated_at = ?
         WHERE channel_id = ?`,
      ).run(
        changes.time ?? current.time,
        changes.timeZone ?? current.timeZone,
        changes.cadence ?? current.cadence,
        at.toISOString(),
        channelId,
      );
      return readSub(channelId);
    },
    async get(channelId) {
      return readSub(channelId);
    },
    async listActive() {
      return (
        db
          .prepare("SELECT * FROM digest_subscriptions WHERE active = 1 ORDER BY channel_id")
          .all() as SubscriptionRow[]
      ).map(subscriptionFromRow);
    },
    async listByTeam(teamId) {
      return (
        db
          .prepare(
            "SELECT * FROM digest_subscriptions WHERE team_id = ? AND active = 1 ORDER BY channel_id",
          )
          .all(teamId) as SubscriptionRow[]
      ).map(subscriptionFromRow);
    },
    async claimDay(input, at) {
      const info = insertPost(input, false, at);
      const row = db
        .prepare("SELECT * FROM digest_posts WHERE channel_id = ? AND local_date = ? AND extra = 0")
        .get(input.channelId, input.localDate) as PostRow | undefined;
      if (!row) throw new Error(`Digest claim for ${input.channelId} ${input.localDate} vanished`);
      const post = postFromRow(row);
      return info.changes === 1 ? { claimed: true, post } : { claimed: false, existing: post };
    },
    async recordExtra(input, at) {
      const info = insertPost(input, true, at);
      return readPost(Number(info.lastInsertRowid));
    },
    async reclaim(post, claimedBy, at) {
      const info = db
        .prepare(
          `UPDATE digest_posts SET status = 'pending', attempts = attempts + 1, claimed_by = ?,
             claimed_at = ?, error = NULL
           WHERE id = ? AND attempts = ? AND status IN ('pending', 'failed') AND message_ts IS NULL`,
        )
        .run(claimedBy, at.toISOString(), post.id, post.attempts);
      return info.changes === 1 ? readPost(post.id) : undefined;
    },
    async markSent(postId, result, at) {
      markSentTx.immediate(postId, result, at);
    },
    async markFailed(postId, error, at) {
      db.prepare(
        "UPDATE digest_posts SET status = 'failed', error = ?, claimed_at = ? WHERE id = ?",
      ).run(error, at.toISOString(), postId);
    },
    async postFor(channelId, localDate) {
      const row = db
        .prepare("SELECT * FROM digest_posts WHERE channel_id = ? AND local_date = ? AND extra = 0")
        .get(channelId, localDate) as PostRow | undefined;
      return row ? postFromRow(row) : undefined;
    },
    async lastSent(channelId) {
      const row = db
        .prepare(
          `SELECT * FROM digest_posts WHERE channel_id = ? AND status = 'sent'
           ORDER BY sent_at DESC, id DESC LIMIT 1`,
        )
        .get(channelId) as PostRow | undefined;
      return row ? postFromRow(row) : undefined;
    },
    async postsOf(channelId) {
      return (
        db
          .prepare("SELECT * FROM digest_posts WHERE channel_id = ? ORDER BY id")
          .all(channelId) as PostRow[]
      ).map(postFromRow);
    },
  };
}
