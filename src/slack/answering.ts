// One question in a Slack conversation, from "working on it" to the logged, rendered answer. Shared by
// mentions, DMs and the assistant panel. Answers wait their turn in the bounded answer queue; while
// one is made, the person sees progress (how many passages are being read, then the sentences that
// already passed citation verification), never a model's unchecked draft. Every failure ends in a
// visible, polite message.
import type { Logger } from "../log.ts";
import type { Surface } from "../store/questions.ts";
import type { Answer, AnswerProgress, Turn } from "../types.ts";
import type { AnsweringServices, SlackServices, WebClient } from "./deps.ts";
import { type ThreadMessage, threadToTurns } from "./history.ts";
import {
  ASSISTANT_STATUS,
  BUSY_TEXT,
  CHECKING_TEXT,
  errorTextFor,
  PLACEHOLDER_TEXT,
  rateLimitedText,
  readingStatus,
  readingText,
} from "./messages.ts";
import { renderAnswerMessages, renderVerifiedSoFar } from "./render/answer.ts";
import type { SlackMessage } from "./render/blocks.ts";
import { safeMarkdown } from "./render/mrkdwn.ts";

export type AnswerOutcome =
  | "answered"
  | "not_covered"
  | "failed"
  | "rate_limited"
  | "duplicate"
  | "busy";

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
  /** Assistant threads: stream the verified sentences with `chat.startStream`/`appendStream`. */
  stream?: boolean;
}

/** Sends the latest value at most once per interval; `finish()` drops what is pending and waits. */
function throttled<T>(send: (value: T) => Promise<unknown>, intervalMs: number) {
  let latest: { value: T } | undefined;
  let lastSent = 0;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const pending = latest;
    latest = undefined;
    lastSent = Date.now();
    if (pending) chain = chain.then(() => send(pending.value)).catch(() => undefined);
  };
  return {
    push(value: T) {
      latest = { value };
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, lastSent + intervalMs - Date.now()));
    },
    async finish() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      latest = undefined;
      await chain;
    },
  };
}

/**
 * Streams the verified sentences into an assistant thread as they pass, each rendered safe; falls
 * silent (not fatal) if streaming fails. Verified text only grows, so each append is what is new.
 */
function verifiedStream(q: SlackQuestion, log: Logger) {
  const streamer = q.client.chatStream({
    channel: q.channel,
    thread_ts: q.threadTs ?? "",
    ...(q.teamId ? { recipient_team_id: q.teamId } : {}),
    recipient_user_id: q.userId,
    // Verified text arrives a sentence at a time: send each as it comes, not 256 characters later.
    buffer_size: 1,
  });
  let sent = "";
  let broken = false;
  let chain: Promise<unknown> = Promise.resolve();
  return {
    push(verifiedSoFar: string) {
      const safe = safeMarkdown(verifiedSoFar);
      if (broken || !safe.startsWith(sent) || safe.length === sent.length) return;
      const delta = safe.slice(sent.length);
      sent = safe;
      chain = chain
        .then(() => streamer.append({ markdown_text: delta }))
        .catch((err: unknown) => {
          broken = true;
          log.warn(
            { err },
            "streaming the verified sentences failed; the answer will be posted whole",
          );
        });
    },
    /** Ends the stream; returns the streamed message's ts when one was started. */
    async finish(): Promise<string | undefined> {
      await chain;
      if (!streamer.ts) return undefined;
      try {
        await streamer.stop();
      } catch (err) {
        log.warn({ err }, "stopping the stream failed");
      }
      return streamer.ts;
    },
  };
}

/**
 * What the person sees while an LLM answer is made, from the engine's progress (which never carries
 * unverified text): in a placeholder, "Reading 8 passages…" and then the verified sentences; in an
 * assistant thread, the same as a status line and a stream.
 */
function progressView(
  s: Pick<SlackServices, "progressIntervalMs">,
  q: SlackQuestion,
  log: Logger,
  placeholderTs?: string,
) {
  const stream = q.stream && q.threadTs ? verifiedStream(q, log) : undefined;
  const status = throttled(
    (text: string) => q.setStatus?.(text) ?? Promise.resolve(),
    s.progressIntervalMs,
  );
  const placeholder = throttled(
    (message: SlackMessage) =>
      q.client.chat.update({
        channel: q.channel,
        ts: placeholderTs as string,
        text: message.text,
        blocks: message.blocks,
      }),
    s.progressIntervalMs,
  );
  return {
    onProgress(p: AnswerProgress) {
      if (p.stage === "retrieved") {
        if (placeholderTs) placeholder.push({ text: readingText(p.passages), blocks: [] });
        else if (q.setStatus) status.push(readingStatus(p.passages));
      } else if (p.stage === "verified" && p.text.trim()) {
        if (placeholderTs)
          placeholder.push(renderVerifiedSoFar(p.text, p.citations, CHECKING_TEXT));
        else stream?.push(p.text);
      }
    },
    /** Stops showing progress; returns the ts of a streamed message the answer should replace. */
    async finish(): Promise<string | undefined> {
      await Promise.all([status.finish(), placeholder.finish()]);
      return stream?.finish();
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
 * channel message is answered once), applies the user's rate limit, takes a place in the answer
 * queue (or says the bot is busy), shows progress at once, and replaces it with the rendered
 * answer when its turn has come and gone; the question log gets the answer and where it was posted.
 */
export async function answerInSlack(
  s: AnsweringServices,
  q: SlackQuestion,
): Promise<AnswerOutcome> {
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
  const place = s.answerQueue.enter();
  if (!place) {
    await postInConversation(q, { text: BUSY_TEXT, blocks: [] }).catch((err: unknown) =>
      log.warn({ err }, "could not post the busy note"),
    );
    log.warn({ outcome: "busy", ...s.answerQueue.stats() }, "answer queue full; question refused");
    return "busy";
  }
  try {
    return await answerInTurn(s, q, log, started, place.turn);
  } finally {
    place.leave();
  }
}

async function answerInTurn(
  s: AnsweringServices,
  q: SlackQuestion,
  log: Logger,
  started: number,
  turn: Promise<void>,
): Promise<AnswerOutcome> {
  const working: Working = {};
  try {
    await showWorking(s, q, log, working);
    await turn;
    // Making the answer is the long part: it waits until the requests that came meanwhile are
    // acknowledged and followed up.
    await s.takeQuietTurn();
    const { answer, streamedTs } = await makeAnswer(s, q, log, working);
    const questionId = await s.questions.recordAnswer(questionContext(q), answer, s.now());
    const target = working.placeholderTs ?? streamedTs;
    const messageTs = await postAnswer(s, q, answer, questionId, target);
    await recordWhereAnswered(s, q, log, questionId, messageTs);
    return answeredOutcome(log, answer, questionId, started);
  } catch (err) {
    await working.progress?.finish().catch(() => undefined);
    await recordFailure(s, q, log, err, started);
    await showError(q, working.placeholderTs, errorTextFor(err), log);
    return "failed";
  }
}

/** What the person sees while the answer is made: the placeholder message, the progress shown. */
interface Working {
  placeholderTs?: string;
  progress?: ReturnType<typeof progressView>;
}

/** Marks the thread as the bot's and shows that work has begun: a status line or a placeholder. */
async function showWorking(
  s: AnsweringServices,
  q: SlackQuestion,
  log: Logger,
  working: Working,
): Promise<void> {
  if (q.threadTs && !q.channel.startsWith("D")) {
    await s.events.markThread(q.channel, q.threadTs, s.now());
  }
  if (q.setStatus) {
    await q.setStatus(ASSISTANT_STATUS).catch((err: unknown) => {
      log.warn({ err }, "setStatus failed");
    });
  } else {
    const placeholder = await postInConversation(q, { text: PLACEHOLDER_TEXT, blocks: [] });
    working.placeholderTs = placeholder.ts;
  }
}

/**
 * The engine's answer, and the ts of a streamed message it should replace. Progress is worth
 * showing while a model writes; an extractive answer is there at once.
 */
async function makeAnswer(
  s: AnsweringServices,
  q: SlackQuestion,
  log: Logger,
  working: Working,
): Promise<{ answer: Answer; streamedTs: string | undefined }> {
  if (s.engine.mode === "llm") working.progress = progressView(s, q, log, working.placeholderTs);
  const progress = working.progress;
  const answer: Answer = await s.engine.answer(q.question, {
    history: q.history,
    ...(progress ? { onProgress: progress.onProgress } : {}),
  });
  const streamedTs = await progress?.finish();
  working.progress = undefined;
  return { answer, streamedTs };
}

/** Where the question was asked, as the question log records it. */
function questionContext(q: SlackQuestion) {
  return {
    surface: q.surface,
    channelId: q.channel,
    userId: q.userId,
    ...(q.teamId ? { teamId: q.teamId } : {}),
    ...(q.threadTs ? { threadTs: q.threadTs } : {}),
  };
}

/**
 * Posts the rendered answer: its first message replaces `target` (the placeholder or the
 * streamed message) or is posted, the rest follow. Returns the first message's ts.
 */
async function postAnswer(
  s: AnsweringServices,
  q: SlackQuestion,
  answer: Answer,
  questionId: number,
  target: string | undefined,
): Promise<string | undefined> {
  const [head, ...rest] = renderAnswerMessages(answer, {
    questionId,
    interactive: true,
    nativeFeedback: s.nativeFeedback,
  });
  if (!head) throw new Error("the renderer produced no message");
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
  return messageTs;
}

/** Records in the question log where the answer was posted, with its permalink when Slack gives one. */
async function recordWhereAnswered(
  s: AnsweringServices,
  q: SlackQuestion,
  log: Logger,
  questionId: number,
  messageTs: string | undefined,
): Promise<void> {
  let permalink: string | undefined;
  if (messageTs) {
    try {
      permalink = (await q.client.chat.getPermalink({ channel: q.channel, message_ts: messageTs }))
        .permalink;
    } catch (err) {
      log.warn({ err }, "could not get the answer's permalink");
    }
  }
  await s.questions.setLocation(questionId, {
    ...(messageTs ? { messageTs } : {}),
    ...(permalink ? { permalink } : {}),
    ...(q.threadTs ? { threadTs: q.threadTs } : {}),
  });
}

/** The outcome of an answered question, logged with what it cost. */
function answeredOutcome(
  log: Logger,
  answer: Answer,
  questionId: number,
  started: number,
): AnswerOutcome {
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
}

/** Logs a failed answer and records it in the question log (a failure to record only logged). */
async function recordFailure(
  s: AnsweringServices,
  q: SlackQuestion,
  log: Logger,
  err: unknown,
  started: number,
): Promise<void> {
  log.error({ err, outcome: "failed", latencyMs: Date.now() - started }, "answering failed");
  await s.questions
    .recordFailure(
      questionContext(q),
      q.question,
      err instanceof Error ? err.message : String(err),
      s.now(),
    )
    .catch((e: unknown) => log.error({ err: e }, "could not log the failure"));
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
