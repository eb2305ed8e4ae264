// One question in a Slack conversation, from "working on it" to the logged, rendered answer. Shared by
// mentions, DMs and the assistant panel. Every failure ends in a visible, polite message.
import type { Logger } from "../log.ts";
import type { Surface } from "../store/questions.ts";
import type { Answer, Turn } from "../types.ts";
import type { SlackServices, WebClient } from "./deps.ts";
import { type ThreadMessage, threadToTurns } from "./history.ts";
import { ASSISTANT_STATUS, errorTextFor, PLACEHOLDER_TEXT, rateLimitedText } from "./messages.ts";
import { renderAnswerMessages } from "./render/answer.ts";
import { SLACK_LIMITS, type SlackMessage, truncate } from "./render/blocks.ts";
import { safeText } from "./render/mrkdwn.ts";

export type AnswerOutcome = "answered" | "not_covered" | "failed" | "rate_limited" | "duplicate";

export interface SlackQuestion {
  client: WebClient;
  question: string;
  channel: string;
  /** Reply in this thread; absent for a top-level DM, answered in the conversation itself. */
  threadTs?: string;
  /** The message asking (for the once-per-message claim). */
  messageTs?: string;
  userId: string;
  teamId?: string;
  surface: Surface;
  history: Turn[];
  log: Logger;
  /** Assistant threads: a status line instead of a placeholder message. */
  setStatus?: (status: string) => Promise<unknown>;
  /** Assistant threads: stream an LLM's draft with `chat.startStream`/`appendStream`. */
  stream?: boolean;
}

/** Pushes the latest draft at most once per interval; the final answer replaces whatever was shown. */
function throttledDrafts(send: (text: string) => Promise<unknown>, intervalMs: number) {
  let latest: string | undefined;
  let lastSent = 0;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const text = latest;
    latest = undefined;
    lastSent = Date.now();
    if (text !== undefined) chain = chain.then(() => send(text)).catch(() => undefined);
  };
  return {
    push(text: string) {
      latest = text;
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, lastSent + intervalMs - Date.now()));
    },
    async finish() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
  };
}

/** Streams an LLM draft into an assistant thread; falls silent (not fatal) if streaming fails. */
function draftStream(q: SlackQuestion) {
  const streamer = q.client.chatStream({
    channel: q.channel,
    thread_ts: q.threadTs ?? "",
    ...(q.teamId ? { recipient_team_id: q.teamId } : {}),
    recipient_user_id: q.userId,
  });
  let sent = "";
  let broken = false;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    push(textSoFar: string) {
      if (broken || !textSoFar.startsWith(sent)) return;
      const delta = textSoFar.slice(sent.length);
      if (!delta) return;
      sent = textSoFar;
      chain = chain
        .then(() => streamer.append({ markdown_text: safeText(delta) }))
        .catch((err: unknown) => {
          broken = true;
          q.log.warn({ err }, "streaming the draft failed; the answer will be posted whole");
        });
    },
    /** Ends the stream; returns the streamed message's ts when one was started. */
    async finish(): Promise<string | undefined> {
      await chain;
      if (!streamer.ts) return undefined;
      try {
        await streamer.stop();
      } catch (err) {
        q.log.warn({ err }, "stopping the draft stream failed");
      }
      return streamer.ts;
    },
  };
}

async function postInConversation(q: SlackQuestion, message: SlackMessage) {
  return q.client.chat.postMessage({
    channel: q.channel,
    ...(q.threadTs ? { thread_ts: q.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/**
 * Answers a question where it was asked. Claims the message first (a mention also delivered as a
 * channel message is answered once), applies the user's rate limit, shows progress at once, and
 * replaces it with the rendered answer; the question log gets the answer and where it was posted.
 */
export async function answerInSlack(s: SlackServices, q: SlackQuestion): Promise<AnswerOutcome> {
  const started = Date.now();
  const log = q.log.child({ channel: q.channel, surface: q.surface, user: q.userId });
  if (q.messageTs && !(await s.events.claim(`message:${q.channel}:${q.messageTs}`, s.now()))) {
    log.info({ outcome: "duplicate" }, "message already answered");
    return "duplicate";
  }
  if (!s.limiter.tryAcquire(q.userId)) {
    const wait = s.limiter.retryAfterSeconds(q.userId);
    await postInConversation(q, {
      text: rateLimitedText(s.config.slack.rateLimitPerMinute, wait),
      blocks: [],
    }).catch((err: unknown) => log.warn({ err }, "could not post the rate-limit note"));
    log.info({ outcome: "rate_limited", latencyMs: Date.now() - started }, "question refused");
    return "rate_limited";
  }

  let placeholderTs: string | undefined;
  let stream: ReturnType<typeof draftStream> | undefined;
  try {
    if (q.threadTs && !q.channel.startsWith("D")) {
      await s.events.markThread(q.channel, q.threadTs, s.now());
    }
    if (q.setStatus) {
      await q.setStatus(ASSISTANT_STATUS).catch((err: unknown) => {
        log.warn({ err }, "setStatus failed");
      });
    } else {
      const placeholder = await postInConversation(q, { text: PLACEHOLDER_TEXT, blocks: [] });
      placeholderTs = placeholder.ts;
    }

    let onDelta: ((text: string) => void) | undefined;
    let drafts: ReturnType<typeof throttledDrafts> | undefined;
    if (s.engine.mode === "llm") {
      if (q.stream && q.threadTs) {
        stream = draftStream({ ...q, log });
        onDelta = (text) => stream?.push(text);
      } else if (placeholderTs) {
        const ts = placeholderTs;
        drafts = throttledDrafts(
          (text) =>
            q.client.chat.update({
              channel: q.channel,
              ts,
              text: `${truncate(safeText(text), SLACK_LIMITS.fallbackText - 40)} _(drafting, not yet checked…)_`,
            }),
          s.draftIntervalMs,
        );
        onDelta = (text) => drafts?.push(text);
      }
    }

    const answer: Answer = await s.engine.answer(q.question, {
      history: q.history,
      ...(onDelta ? { onDelta } : {}),
    });
    await drafts?.finish();
    const streamedTs = await stream?.finish();
    stream = undefined;

    const context = {
      surface: q.surface,
      channelId: q.channel,
      userId: q.userId,
      ...(q.teamId ? { teamId: q.teamId } : {}),
      ...(q.threadTs ? { threadTs: q.threadTs } : {}),
    };
    const questionId = await s.questions.recordAnswer(context, answer, s.now());
    const [head, ...rest] = renderAnswerMessages(answer, {
      questionId,
      interactive: true,
      nativeFeedback: s.nativeFeedback,
    });
    if (!head) throw new Error("the renderer produced no message");
    const target = placeholderTs ?? streamedTs;
    let messageTs: string | undefined;
    if (target) {
      await q.client.chat.update({
        channel: q.channel,
        ts: target,
        text: head.text,
        blocks: head.blocks,
      });
      messageTs = target;
    } else {
      messageTs = (await postInConversation(q, head)).ts;
    }
    for (const more of rest) await postInConversation(q, more);

    let permalink: string | undefined;
    if (messageTs) {
      try {
        permalink = (
          await q.client.chat.getPermalink({ channel: q.channel, message_ts: messageTs })
        ).permalink;
      } catch (err) {
        log.warn({ err }, "could not get the answer's permalink");
      }
    }
    await s.questions.setLocation(questionId, {
      ...(messageTs ? { messageTs } : {}),
      ...(permalink ? { permalink } : {}),
      ...(q.threadTs ? { threadTs: q.threadTs } : {}),
    });
    const outcome: AnswerOutcome = answer.coverage === "none" ? "not_covered" : "answered";
    log.info(
      {
        outcome,
        questionId,
        mode: answer.mode,
        coverage: answer.coverage,
        citations: answer.citations.length,
        latencyMs: Date.now() - started,
      },
      "question answered",
    );
    return outcome;
  } catch (err) {
    await stream?.finish().catch(() => undefined);
    log.error({ err, outcome: "failed", latencyMs: Date.now() - started }, "answering failed");
    await s.questions
      .recordFailure(
        {
          surface: q.surface,
          channelId: q.channel,
          userId: q.userId,
          ...(q.teamId ? { teamId: q.teamId } : {}),
          ...(q.threadTs ? { threadTs: q.threadTs } : {}),
        },
        q.question,
        err instanceof Error ? err.message : String(err),
        s.now(),
      )
      .catch((e: unknown) => log.error({ err: e }, "could not log the failure"));
    await showError(q, placeholderTs, errorTextFor(err), log);
    return "failed";
  }
}

/** Replaces the placeholder with the error note, or posts it when there is nothing to replace. */
async function showError(
  q: SlackQuestion,
  placeholderTs: string | undefined,
  text: string,
  log: Logger,
) {
  try {
    if (placeholderTs) {
      await q.client.chat.update({
        channel: q.channel,
        ts: placeholderTs,
        text,
        blocks: [],
      });
      return;
    }
  } catch (err) {
    log.warn({ err }, "could not update the placeholder with the error; posting it instead");
  }
  try {
    await postInConversation(q, { text, blocks: [] });
  } catch (err) {
    log.error({ err }, "could not tell the user about the failure");
  }
}

/** The earlier turns of a Slack thread, for a follow-up question. Empty (not fatal) on failure. */
export async function fetchThreadTurns(
  client: WebClient,
  where: { channel: string; threadTs: string; beforeTs?: string },
  bot: { userId?: string; botId?: string },
  log: Logger,
): Promise<Turn[]> {
  try {
    const replies = await client.conversations.replies({
      channel: where.channel,
      ts: where.threadTs,
      limit: 50,
    });
    return threadToTurns((replies.messages ?? []) as ThreadMessage[], bot, where.beforeTs);
  } catch (err) {
    log.warn({ err }, "could not read the thread; answering without its history");
    return [];
  }
}
