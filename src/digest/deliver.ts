// Posting one digest: claim the channel's local day in the store, compose, send, record. The claim
// comes first so that a restart, a crash mid-send or a second instance never posts the day twice.
//
// A claim left `pending` (the process died between claiming and recording the message ts) is
// taken over only when it is older than STALE_PENDING_MS, has no message ts, has been tried fewer
// than MAX_ATTEMPTS times, and the channel's local day is still the same (only today's slot is
// ever considered). The residual risk: a crash after Slack accepted the message but before its ts
// was recorded sends that day's digest twice; we accept that over silently losing days, because
// the window is a single local write. Transient failures (rate limits the client gave up on,
// network errors) are retried the same way after RETRY_FAILED_AFTER_MS; a channel the bot cannot
// post in is unsubscribed at once.
import type { WebClient } from "@slack/web-api";
import type { Logger } from "../log.ts";
import type { DigestPost, DigestStore, DigestTrigger } from "../store/digest.ts";
import { composeDigest, type DigestSchedule, type DigestSources } from "./compose.ts";
import { renderDigest } from "./render.ts";
import { localMoment } from "./time.ts";

export const DELIVERY_POLICY = {
  stalePendingMs: 15 * 60_000,
  retryFailedAfterMs: 10 * 60_000,
  maxAttempts: 3,
} as const;

/** Slack errors that mean the bot will never be able to post here: unsubscribe, don't retry. */
export const CHANNEL_GONE_ERRORS = new Set(["not_in_channel", "channel_not_found", "is_archived"]);

export interface DeliveryDeps {
  store: DigestStore;
  sources: DigestSources;
  /** Only `chat.postMessage` is used. */
  slack: Pick<WebClient, "chat">;
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
  | { status: "failed"; channelId: string; localDate: string; postId: number; error: string }
  | { status: "unsubscribed"; channelId: string; localDate: string; postId: number; error: string };

/** The Slack error code of a Web API failure (`channel_not_found`), if it was one. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === "string" ? data.error : undefined;
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
 * `/wcit digest now` posts regardless, as an extra when the day's digest is already out.
 */
export async function deliverDigest(
  deps: DeliveryDeps,
  subscription: DigestSchedule,
  { now, trigger }: DeliverOptions,
): Promise<DeliveryOutcome> {
  const { store, log } = deps;
  const channelId = subscription.channelId;
  const localDate = localMoment(now, subscription.timeZone).date;
  const claimInput = { channelId, localDate, trigger, claimedBy: deps.instanceId };

  let post: DigestPost;
  const claim = await store.claimDay(claimInput, now);
  if (claim.claimed) post = claim.post;
  else if (trigger !== "schedule") post = await store.recordExtra(claimInput, now);
  else {
    const existing = claim.existing;
    if (existing.status === "sent")
      return { status: "skipped", channelId, localDate, reason: "already-sent" };
    const retake = mayRetake(existing, now);
    if (retake !== true) {
      return {
        status: "skipped",
        channelId,
        localDate,
        reason: retake === "gave-up" ? "gave-up" : "claimed",
      };
    }
    const taken = await store.reclaim(existing, deps.instanceId, now);
    if (!taken) return { status: "skipped", channelId, localDate, reason: "claimed" };
    log.warn(
      { channel: channelId, localDate, attempt: taken.attempts, previous: existing.status },
      "retrying a digest that was claimed but never recorded as sent",
    );
    post = taken;
  }

  let message: ReturnType<typeof renderDigest>;
  let topicId: string | undefined;
  try {
    const last = await store.lastSent(channelId);
    const digest = await composeDigest({
      ...deps.sources,
      subscription,
      now,
      ...(last?.sentAt ? { lastDigestAt: new Date(last.sentAt) } : {}),
      todayTaken: true,
    });
    topicId = digest.focus?.topic.id;
    message = renderDigest(digest);
  } catch (err) {
    const error = `compose failed: ${(err as Error).message}`;
    await store.markFailed(post.id, error, now);
    log.error({ err, channel: channelId, localDate }, "digest could not be composed");
    return { status: "failed", channelId, localDate, postId: post.id, error };
  }

  try {
    const res = await deps.slack.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    const messageTs = res.ts ?? "";
    await store.markSent(post.id, { messageTs, ...(topicId ? { topicId } : {}) }, now);
    log.info(
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
  } catch (err) {
    const code = slackErrorCode(err);
    const error = code ?? (err as Error).message ?? String(err);
    await store.markFailed(post.id, error, now);
    if (code && CHANNEL_GONE_ERRORS.has(code)) {
      await store.unsubscribe(channelId, `Slack said ${code}`, now);
      log.warn(
        { channel: channelId, error: code },
        "digest unsubscribed: the bot cannot post in this channel",
      );
      return { status: "unsubscribed", channelId, localDate, postId: post.id, error };
    }
    log.error({ err, channel: channelId, localDate, attempt: post.attempts }, "digest post failed");
    return { status: "failed", channelId, localDate, postId: post.id, error };
  }
}
