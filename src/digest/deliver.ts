// Posting one digest: claim the channel's local day in the store, compose, send, record. The claim
// comes first so that a restart, a crash mid-send or a second instance never posts the day twice.
//
// A claim left `pending` (the process died between claiming and recording the message ts) is
// taken over only when it is older than STALE_PENDING_MS, has no message ts, has been tried fewer
// than MAX_ATTEMPTS times, and the channel's local day is still the same (only today's slot is
// ever considered). Transient failures (rate limits the client gave up on, network errors) are
// retried the same way after RETRY_FAILED_AFTER_MS; a channel the bot cannot post in is
// unsubscribed at once.
//
// Every digest carries a marker in its message metadata (event type `wcit_digest`, payload: the
// channel, the local date and the claim's id). Before a claim that was never confirmed is sent
// again, the channel's history since the claim is searched for that marker: a crash after Slack
// accepted the message but before its ts was saved then finds the message and records it instead
// of posting it a second time. If the history cannot be read, nothing is posted (the attempt is
// counted as failed): a lost day is preferred to a doubled one.
import type { MessageMetadata } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { WcitError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { DigestPost, DigestStore, DigestTrigger } from "../store/digest.ts";
import { composeDigest, type DigestSchedule, type DigestSources } from "./compose.ts";
import { renderDigest } from "./render.ts";
import { localMoment } from "./time.ts";

const DELIVERY_POLICY = {
  stalePendingMs: 15 * 60_000,
  retryFailedAfterMs: 10 * 60_000,
  maxAttempts: 3,
} as const;

/** Slack errors that mean the bot will never be able to post here: unsubscribe, don't retry. */
const CHANNEL_GONE_ERRORS = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

/** What delivery calls on Slack: `chat.postMessage`, and `conversations.history` before a retry. */
export type DigestSlack = Pick<WebClient, "chat" | "conversations">;

export interface DeliveryDeps {
  store: DigestStore;
  sources: DigestSources;
  slack: DigestSlack;
  log: Logger;
  /** Names this process in claims (diagnostics only; correctness rests on the unique index). */
  instanceId: string;
}

export type DeliveryOutcome =
  | {
      status: "sent";
      channelId: string;
      localDate: string;
      postId: number;
      messageTs: string;
      topicId?: string;
    }
  | {
      status: "skipped";
      channelId: string;
      localDate: string;
      reason: "already-sent" | "claimed" | "gave-up";
    }
  | {
      /** A retry found the digest already in the channel (by its marker) and recorded it. */
      status: "found-posted";
      channelId: string;
      localDate: string;
      postId: number;
      messageTs: string;
    }
  | { status: "failed"; channelId: string; localDate: string; postId: number; error: string }
  | { status: "unsubscribed"; channelId: string; localDate: string; postId: number; error: string };

/** The Slack error code of a Web API failure (`channel_not_found`), if it was one. */
function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
}

/** The metadata event type that marks a message as one of our digests. */
export const DIGEST_EVENT_TYPE = "wcit_digest";

/** How far before the claim the history search starts: clocks of this host and Slack's may differ. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** History pages read at most when looking for an earlier post (a channel busy beyond that is not searched further). */
const MAX_HISTORY_PAGES = 20;

/**
 * The marker a digest carries in its message metadata: Slack's chat.postMessage takes a
 * `metadata` argument (`event_type` and a free-form `event_payload`), and conversations.history
 * returns it with `include_all_metadata`.
 * https://docs.slack.dev/messaging/message-metadata
 * https://docs.slack.dev/reference/methods/chat.postMessage
 */
function digestMarker(post: DigestPost, topicId?: string): MessageMetadata {
  return {
    event_type: DIGEST_EVENT_TYPE,
    event_payload: {
      channel: post.channelId,
      local_date: post.localDate,
      claim_id: post.id,
      ...(topicId ? { topic_id: topicId } : {}),
    },
  };
}

/** A history message carrying `post`'s marker, as far as conversations.history shows it. */
interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

function carriesMarker(message: HistoryMessage, post: DigestPost): boolean {
  const payload = message.metadata?.event_payload;
  return (
    message.metadata?.event_type === DIGEST_EVENT_TYPE &&
    payload?.claim_id === post.id &&
    payload?.channel === post.channelId &&
    payload?.local_date === post.localDate
  );
}

/** The channel's history could not be read far enough to rule out an earlier post. */
export class HistoryIncomplete extends WcitError {
  constructor(message: string) {
    super("digest_history_incomplete", message);
  }
}

/**
 * Looks for `post`'s digest in the channel's history since the claim was first made. Slack
 * returns the newest messages first, `oldest` bounds the window, and pages follow
 * `response_metadata.next_cursor`; the bot reads history with channels:history (public) or
 * groups:history (private), both in the manifest.
 * https://docs.slack.dev/reference/methods/conversations.history
 */
async function findEarlierPost(
  slack: Pick<WebClient, "conversations">,
  post: DigestPost,
): Promise<{ ts: string; topicId?: string } | undefined> {
  const oldest = ((Date.parse(post.createdAt) - CLOCK_SKEW_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const res = await slack.conversations.history({
      channel: post.channelId,
      oldest,
      include_all_metadata: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of (res.messages ?? []) as HistoryMessage[]) {
      if (message.ts && carriesMarker(message, post)) {
        const topicId = message.metadata?.event_payload?.topic_id;
        return { ts: message.ts, ...(typeof topicId === "string" ? { topicId } : {}) };
      }
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!res.has_more || !cursor) return undefined;
  }
  throw new HistoryIncomplete(
    `more than ${MAX_HISTORY_PAGES} pages of messages since the claim; the earlier post could not be ruled out`,
  );
}

/** Whether an earlier claim on today's slot may be taken over now (see the policy above). */
export function mayRetake(post: DigestPost, now: Date): boolean | "gave-up" {
  if (post.status === "sent" || post.messageTs) return false;
  if (post.attempts >= DELIVERY_POLICY.maxAttempts) return "gave-up";
  const age = now.getTime() - Date.parse(post.claimedAt);
  const wait =
    post.status === "pending" ? DELIVERY_POLICY.stalePendingMs : DELIVERY_POLICY.retryFailedAfterMs;
  return age >= wait;
}

export interface DeliverOptions {
  now: Date;
  trigger: DigestTrigger;
}

/**
 * Posts the channel's digest for its current local day. The scheduler skips a day already claimed;
 * `/wcit digest now` posts an extra when the day's digest is already out, takes over a claim that
 * failed or went stale at once, and never one that may be in flight (a fresh pending claim).
 */
export async function deliverDigest(
  deps: DeliveryDeps,
  subscription: DigestSchedule,
  { now, trigger }: DeliverOptions,
): Promise<DeliveryOutcome> {
  const channelId = subscription.channelId;
  const localDate = localMoment(now, subscription.timeZone).date;
  const claimInput = { channelId, localDate, trigger, claimedBy: deps.instanceId };
  const held = await holdDay(deps, claimInput, now);
  if ("status" in held) return held;
  const { post } = held;
  if (held.unconfirmed) {
    const found = await recordEarlierPost(deps, post, claimInput, now);
    if (found) return found;
  }
  const composed = await composeMessage(deps, subscription, post, claimInput, now);
  if ("status" in composed) return composed;
  return await postDigest(deps, post, composed, claimInput, now);
}

/** Whose post, for which local date, started how, by which instance (the store's claim). */
type DayClaim = Parameters<DigestStore["claimDay"]>[0];

/** The day's post this delivery holds, and whether an earlier attempt on it went unconfirmed. */
interface HeldDay {
  post: DigestPost;
  unconfirmed: boolean;
}

/**
 * Claims the channel's local day: a fresh claim, an extra post on a day already sent (not for the
 * scheduler), or an earlier claim taken over (`retakeClaim`). Otherwise the delivery is skipped.
 */
async function holdDay(
  deps: DeliveryDeps,
  claimInput: DayClaim,
  now: Date,
): Promise<HeldDay | DeliveryOutcome> {
  const { channelId, localDate, trigger } = claimInput;
  const claim = await deps.store.claimDay(claimInput, now);
  if (claim.claimed) return { post: claim.post, unconfirmed: false };
  if (claim.existing.status === "sent") {
    if (trigger === "schedule")
      return { status: "skipped", channelId, localDate, reason: "already-sent" };
    return { post: await deps.store.recordExtra(claimInput, now), unconfirmed: false };
  }
  return retakeClaim(deps, claim.existing, claimInput, now);
}

/** Takes over an earlier claim on the day that was never recorded as sent, where it may be. */
async function retakeClaim(
  deps: DeliveryDeps,
  existing: DigestPost,
  { channelId, localDate, trigger }: DayClaim,
  now: Date,
): Promise<HeldDay | DeliveryOutcome> {
  const retake = mayRetake(existing, now);
  // A fresh pending claim may be posting right now (the scheduler, another instance): taking
  // it over would post the day twice. Anything else a person asking for it may take at once.
  const byCommand = trigger !== "schedule" && (existing.status === "failed" || retake !== false);
  if (retake !== true && !byCommand) {
    return {
      status: "skipped",
      channelId,
      localDate,
      reason: retake === "gave-up" ? "gave-up" : "claimed",
    };
  }
  const taken = await deps.store.reclaim(existing, deps.instanceId, now);
  if (!taken) return { status: "skipped", channelId, localDate, reason: "claimed" };
  deps.log.warn(
    { channel: channelId, localDate, attempt: taken.attempts, previous: existing.status },
    "retrying a digest that was claimed but never recorded as sent",
  );
  return { post: taken, unconfirmed: true };
}

/**
 * The earlier attempt may have reached Slack before its ts was saved: look before posting, and
 * record the post found. Undefined where there is none, so the digest is posted.
 */
async function recordEarlierPost(
  deps: DeliveryDeps,
  post: DigestPost,
  { channelId, localDate }: DayClaim,
  now: Date,
): Promise<DeliveryOutcome | undefined> {
  let earlier: Awaited<ReturnType<typeof findEarlierPost>>;
  try {
    earlier = await findEarlierPost(deps.slack, post);
  } catch (err) {
    return failedAttempt(deps, post, err, now, "could not check the channel for an earlier post");
  }
  if (!earlier) return undefined;
  await deps.store.markSent(
    post.id,
    { messageTs: earlier.ts, ...(earlier.topicId ? { topicId: earlier.topicId } : {}) },
    now,
  );
  deps.log.warn(
    { channel: channelId, localDate, ts: earlier.ts },
    "the digest was already in the channel (found by its marker); recorded it instead of posting again",
  );
  return {
    status: "found-posted",
    channelId,
    localDate,
    postId: post.id,
    messageTs: earlier.ts,
  };
}

/** The digest composed and rendered, and the topic it focuses on. */
interface ComposedDigest {
  message: ReturnType<typeof renderDigest>;
  topicId: string | undefined;
}

/** Composes and renders the digest; a failure is recorded on the post. */
async function composeMessage(
  deps: DeliveryDeps,
  subscription: DigestSchedule,
  post: DigestPost,
  { channelId, localDate }: DayClaim,
  now: Date,
): Promise<ComposedDigest | DeliveryOutcome> {
  try {
    const last = await deps.store.lastSent(channelId);
    const digest = await composeDigest({
      ...deps.sources,
      subscription,
      now,
      ...(last?.sentAt ? { lastDigestAt: new Date(last.sentAt) } : {}),
      todayTaken: true,
    });
    const topicId = digest.focus?.topic.id;
    return { message: renderDigest(digest), topicId };
  } catch (err) {
    const error = `compose failed: ${(err as Error).message}`;
    await deps.store.markFailed(post.id, error, now);
    deps.log.error({ err, channel: channelId, localDate }, "digest could not be composed");
    return { status: "failed", channelId, localDate, postId: post.id, error };
  }
}

/** Posts the digest with its marker, then records it as sent. */
async function postDigest(
  deps: DeliveryDeps,
  post: DigestPost,
  { message, topicId }: ComposedDigest,
  { channelId, localDate, trigger }: DayClaim,
  now: Date,
): Promise<DeliveryOutcome> {
  let messageTs: string;
  try {
    const res = await deps.slack.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
      metadata: digestMarker(post, topicId),
    });
    messageTs = res.ts ?? "";
  } catch (err) {
    return failedAttempt(deps, post, err, now);
  }
  // Should this write fail (or the process die here), the claim stays unconfirmed and the next
  // attempt finds the message by its marker instead of posting it again.
  await deps.store.markSent(post.id, { messageTs, ...(topicId ? { topicId } : {}) }, now);
  deps.log.info(
    { channel: channelId, localDate, trigger, topic: topicId, ts: messageTs },
    "digest posted",
  );
  return {
    status: "sent",
    channelId,
    localDate,
    postId: post.id,
    messageTs,
    ...(topicId ? { topicId } : {}),
  };
}

/** Records a Slack call that failed: the channel is unsubscribed when the bot cannot post there. */
async function failedAttempt(
  deps: DeliveryDeps,
  post: DigestPost,
  err: unknown,
  now: Date,
  what?: string,
): Promise<DeliveryOutcome> {
  const { store, log } = deps;
  const { channelId, localDate } = post;
  const code = slackErrorCode(err);
  const reason = code ?? (err as Error).message ?? String(err);
  const error = what ? `${what} (${reason})` : reason;
  await store.markFailed(post.id, error, now);
  if (code && CHANNEL_GONE_ERRORS.has(code)) {
    await store.unsubscribe(channelId, `Slack said ${code}`, now);
    log.warn(
      { channel: channelId, error: code },
      "digest unsubscribed: the bot cannot post in this channel",
    );
    return { status: "unsubscribed", channelId, localDate, postId: post.id, error: code };
  }
  log.error({ err, channel: channelId, localDate, attempt: post.attempts }, "digest post failed");
  return { status: "failed", channelId, localDate, postId: post.id, error };
}
