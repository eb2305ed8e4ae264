// `/wcit <question>`: an ephemeral answer with a "Share in channel" button.
//
// After an empty ack, everything goes through the command's response_url: a progress line, then
// the answer asking to replace it (`replace_original: true`). Slack documents `replace_original` for
// the message an interaction started from (https://docs.slack.dev/messaging/modifying-messages); a
// slash command has none, and Slack's maintainers say its ack message cannot be replaced
// (slackapi/bolt-js#2287, slackapi/bolt-python#1268). So nothing is put in the ack to go stale, and
// where Slack shows the answer below the progress line rather than over it, that line reads as a
// receipt ("the answer appears here"), still true.
import type { QuestionContext } from "../../../store/questions.ts";
import type { SlackServices } from "../../deps.ts";
import { errorTextFor, rateLimitedText, SLASH_PROGRESS_TEXT } from "../../messages.ts";
import { renderAnswer } from "../../render/answer.ts";
import type { WcitInvocation, WcitReply } from "./types.ts";

export type AskServices = Pick<
  SlackServices,
  "config" | "engine" | "limiter" | "nativeFeedback" | "now" | "questions"
>;

export async function askReply(s: AskServices, inv: WcitInvocation): Promise<WcitReply> {
  const started = Date.now();
  const limited = rateLimitedReply(s, inv);
  if (limited) return limited;
  const shownProgress = await showProgress(inv);
  const replace = shownProgress ? { replace_original: true } : {};
  const context = {
    surface: "slash" as const,
    teamId: inv.teamId,
    channelId: inv.channelId,
    userId: inv.userId,
  };
  try {
    await inv.turn;
    const rendered = await answerRendered(s, inv, context, started);
    return {
      response_type: "ephemeral",
      ...replace,
      text: rendered.text,
      blocks: rendered.blocks,
    };
  } catch (err) {
    inv.log.error({ err, outcome: "failed", latencyMs: Date.now() - started }, "answering failed");
    await s.questions
      .recordFailure(context, inv.args, err instanceof Error ? err.message : String(err), s.now())
      .catch(() => undefined);
    return { response_type: "ephemeral", ...replace, text: errorTextFor(err) };
  }
}

/** The reply refusing a question over the user's rate limit; undefined while under it. */
function rateLimitedReply(s: AskServices, inv: WcitInvocation): WcitReply | undefined {
  if (s.limiter.tryAcquire(inv.userId)) return undefined;
  inv.log.info({ outcome: "rate_limited" }, "question refused");
  return {
    response_type: "ephemeral",
    text: rateLimitedText(
      s.config.slack.rateLimitPerMinute,
      s.limiter.retryAfterSeconds(inv.userId),
    ),
  };
}

/** Posts the progress line where the command can; whether it was posted. */
async function showProgress(inv: WcitInvocation): Promise<boolean> {
  if (!inv.progress) return false;
  try {
    await inv.progress({ response_type: "ephemeral", text: SLASH_PROGRESS_TEXT });
    return true;
  } catch (err) {
    inv.log.warn({ err }, "could not post the progress line; answering anyway");
    return false;
  }
}

/** Answers the question, records the answer and renders it for the asker, logging the outcome. */
async function answerRendered(
  s: AskServices,
  inv: WcitInvocation,
  context: QuestionContext,
  started: number,
): Promise<ReturnType<typeof renderAnswer>> {
  const answer = await s.engine.answer(inv.args);
  const questionId = await s.questions.recordAnswer(context, answer, s.now());
  const rendered = renderAnswer(answer, {
    questionId,
    interactive: true,
    shareable: true,
    showQuestion: true,
    nativeFeedback: s.nativeFeedback,
  });
  inv.log.info(
    {
      outcome: answer.coverage === "none" ? "not_covered" : "answered",
      questionId,
      latencyMs: Date.now() - started,
    },
    "question answered",
  );
  return rendered;
}
