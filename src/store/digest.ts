// Digest subscriptions and posts. A post is recorded (claimed) before it is sent, and the unique
// index on (channel, local date) makes the claim the single point where two instances or a
// restarted process can race: whoever inserts the row posts, everyone else skips.
// Async interface so a Postgres implementation can stand in for SQLite.
import type { Db } from "./db.ts";

export type Cadence = "daily" | "weekdays";
type DigestPostStatus = "pending" | "sent" | "failed";
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

type ClaimResult = { claimed: true; post: DigestPost } | { claimed: false; existing: DigestPost };

/** Whose post, for which local date, started how, by which instance. */
interface PostClaim {
  channelId: string;
  localDate: string;
  trigger: DigestTrigger;
  claimedBy: string;
}

/** What `/wcit digest time`, `weekdays` or `tz` may change. */
type ScheduleChanges = Partial<Pick<DigestSubscription, "time" | "timeZone" | "cadence">>;

interface SubscribeInput {
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
    changes: ScheduleChanges,
    at: Date,
  ): Promise<DigestSubscription | undefined>;
  get(channelId: string): Promise<DigestSubscription | undefined>;
  listActive(): Promise<DigestSubscription[]>;
  /** A workspace's active subscriptions, by channel id. */
  listByTeam(teamId: string): Promise<DigestSubscription[]>;
  /** Claims the channel's digest for a local date; exactly one caller ever gets `claimed: true`. */
  claimDay(input: PostClaim, at: Date): Promise<ClaimResult>;
  /** Records an extra post (`now` on a day already claimed); never conflicts. */
  recordExtra(input: PostClaim, at: Date): Promise<DigestPost>;
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

/** A channel's subscription as stored, active or not. */
type ReadSubscription = (channelId: string) => DigestSubscription | undefined;

/** A post by id; it must exist. */
type ReadPost = (id: number) => DigestPost;

// Subscriptions: one row a channel, kept across off and on (its topic round with it).

/** Prepares the one-channel read once, for the store's life. */
function subscriptionReader(db: Db): ReadSubscription {
  const getSub = db.prepare("SELECT * FROM digest_subscriptions WHERE channel_id = ?");
  return (channelId) => {
    const row = getSub.get(channelId) as SubscriptionRow | undefined;
    return row ? subscriptionFromRow(row) : undefined;
  };
}

/** Subscribes or re-activates; an active subscription keeps its `active_since`. */
function subscribeChannel(
  db: Db,
  readSub: ReadSubscription,
  input: SubscribeInput,
  at: Date,
): DigestSubscription {
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
}

/** True when an active subscription was turned off. */
function unsubscribeChannel(db: Db, channelId: string, reason: string, at: Date): boolean {
  const info = db
    .prepare(
      `UPDATE digest_subscriptions SET active = 0, deactivated_reason = ?, updated_at = ?
       WHERE channel_id = ? AND active = 1`,
    )
    .run(reason, at.toISOString(), channelId);
  return info.changes === 1;
}

/** The changed subscription; undefined when the channel has no active one. */
function updateSchedule(
  db: Db,
  readSub: ReadSubscription,
  channelId: string,
  changes: ScheduleChanges,
  at: Date,
): DigestSubscription | undefined {
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
}

function subscriptionsFrom(rows: unknown[]): DigestSubscription[] {
  return (rows as SubscriptionRow[]).map(subscriptionFromRow);
}

/** Every active subscription, by channel id. */
function activeSubscriptions(db: Db): DigestSubscription[] {
  return subscriptionsFrom(
    db.prepare("SELECT * FROM digest_subscriptions WHERE active = 1 ORDER BY channel_id").all(),
  );
}

/** A workspace's active subscriptions, by channel id. */
function teamSubscriptions(db: Db, teamId: string): DigestSubscription[] {
  return subscriptionsFrom(
    db
      .prepare(
        "SELECT * FROM digest_subscriptions WHERE team_id = ? AND active = 1 ORDER BY channel_id",
      )
      .all(teamId),
  );
}

/** Writes a channel's topic round (see advanceRound). */
function saveTopicRound(db: Db, channelId: string, topicsShown: string[]): void {
  db.prepare("UPDATE digest_subscriptions SET topics_shown_json = ? WHERE channel_id = ?").run(
    JSON.stringify(topicsShown),
    channelId,
  );
}

// Posts: one row a post, claimed before it is sent.

function postOrNothing(row: unknown): DigestPost | undefined {
  return row ? postFromRow(row as PostRow) : undefined;
}

/** Prepares the read by id once, for the store's life. */
function postReader(db: Db): ReadPost {
  const getPost = db.prepare("SELECT * FROM digest_posts WHERE id = ?");
  return (id) => {
    const row = getPost.get(id) as PostRow | undefined;
    if (!row) throw new Error(`Digest post ${id} vanished`);
    return postFromRow(row);
  };
}

/** Inserts a pending post; the day's own post (not `extra`) is not inserted twice. */
function insertPost(db: Db, input: PostClaim, extra: boolean, at: Date) {
  return db
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
}

/** The day's own post of a channel, if there is one. */
function dayPost(db: Db, channelId: string, localDate: string): DigestPost | undefined {
  return postOrNothing(
    db
      .prepare("SELECT * FROM digest_posts WHERE channel_id = ? AND local_date = ? AND extra = 0")
      .get(channelId, localDate),
  );
}

/** Claims the day's own post: only the caller whose insert made the row gets `claimed: true`. */
function claimDayPost(db: Db, input: PostClaim, at: Date): ClaimResult {
  const info = insertPost(db, input, false, at);
  const post = dayPost(db, input.channelId, input.localDate);
  if (!post) throw new Error(`Digest claim for ${input.channelId} ${input.localDate} vanished`);
  return info.changes === 1 ? { claimed: true, post } : { claimed: false, existing: post };
}

function recordExtraPost(db: Db, readPost: ReadPost, input: PostClaim, at: Date) {
  const info = insertPost(db, input, true, at);
  return readPost(Number(info.lastInsertRowid));
}

/** Compare-and-set on attempts: undefined when someone else took the post since it was read. */
function reclaimPost(
  db: Db,
  readPost: ReadPost,
  post: DigestPost,
  claimedBy: string,
  at: Date,
): DigestPost | undefined {
  const info = db
    .prepare(
      `UPDATE digest_posts SET status = 'pending', attempts = attempts + 1, claimed_by = ?,
         claimed_at = ?, error = NULL
       WHERE id = ? AND attempts = ? AND status IN ('pending', 'failed') AND message_ts IS NULL`,
    )
    .run(claimedBy, at.toISOString(), post.id, post.attempts);
  return info.changes === 1 ? readPost(post.id) : undefined;
}

function setPostSent(
  db: Db,
  postId: number,
  result: { messageTs: string; topicId?: string },
  at: Date,
): void {
  db.prepare(
    `UPDATE digest_posts SET status = 'sent', message_ts = ?, topic_id = ?, sent_at = ?, error = NULL
     WHERE id = ?`,
  ).run(result.messageTs, result.topicId ?? null, at.toISOString(), postId);
}

function setPostFailed(db: Db, postId: number, error: string, at: Date): void {
  db.prepare(
    "UPDATE digest_posts SET status = 'failed', error = ?, claimed_at = ? WHERE id = ?",
  ).run(error, at.toISOString(), postId);
}

/** The channel's most recent sent post. */
function lastSentPost(db: Db, channelId: string): DigestPost | undefined {
  return postOrNothing(
    db
      .prepare(
        `SELECT * FROM digest_posts WHERE channel_id = ? AND status = 'sent'
         ORDER BY sent_at DESC, id DESC LIMIT 1`,
      )
      .get(channelId),
  );
}

/** Every post of a channel, oldest first. */
function channelPosts(db: Db, channelId: string): DigestPost[] {
  return (
    db
      .prepare("SELECT * FROM digest_posts WHERE channel_id = ? ORDER BY id")
      .all(channelId) as PostRow[]
  ).map(postFromRow);
}

/** Marks a post sent and, when it showed a topic, moves its channel's round on, in one write. */
function markSentTransaction(db: Db, readPost: ReadPost, readSub: ReadSubscription) {
  return db.transaction(
    (postId: number, result: { messageTs: string; topicId?: string }, at: Date) => {
      setPostSent(db, postId, result, at);
      if (result.topicId === undefined) return;
      const post = readPost(postId);
      const sub = readSub(post.channelId);
      if (!sub) return;
      saveTopicRound(db, post.channelId, advanceRound(sub.topicsShown, result.topicId));
    },
  );
}

export function createDigestStore(db: Db): DigestStore {
  const readSub = subscriptionReader(db);
  const readPost = postReader(db);
  const markSentTx = markSentTransaction(db, readPost, readSub);
  return {
    subscribe: async (input, at) => subscribeChannel(db, readSub, input, at),
    unsubscribe: async (channelId, reason, at) => unsubscribeChannel(db, channelId, reason, at),
    update: async (channelId, changes, at) => updateSchedule(db, readSub, channelId, changes, at),
    get: async (channelId) => readSub(channelId),
    listActive: async () => activeSubscriptions(db),
    listByTeam: async (teamId) => teamSubscriptions(db, teamId),
    claimDay: async (input, at) => claimDayPost(db, input, at),
    recordExtra: async (input, at) => recordExtraPost(db, readPost, input, at),
    reclaim: async (post, claimedBy, at) => reclaimPost(db, readPost, post, claimedBy, at),
    markSent: async (postId, result, at) => {
      markSentTx.immediate(postId, result, at);
    },
    markFailed: async (postId, error, at) => setPostFailed(db, postId, error, at),
    postFor: async (channelId, localDate) => dayPost(db, channelId, localDate),
    lastSent: async (channelId) => lastSentPost(db, channelId),
    postsOf: async (channelId) => channelPosts(db, channelId),
  };
}
