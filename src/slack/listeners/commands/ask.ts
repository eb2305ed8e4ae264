// `/wcit <question>`: an ephemeral answer with a "Share in channel" button.
import type { SlackServices } from "../../deps.ts";
import { errorTextFor, rateLimitedText } from "../../messages.ts";
import { renderAnswer } from "../../render.ts";
import type { WcitInvocation, WcitReply } from "./types.ts";

export async function askReply(s: SlackServices, inv: WcitInvocation): Promise<WcitReply> {
  const started = Date.now();
  if (!s.limiter.tryAcquire(inv.userId)) {
    inv.log.info({ outcome: "rate_limited" }, "question refused");
    return {
      response_type: "ephemeral",
      replace_original: true,
      text: rateLimitedText(
        s.config.slack.rateLimitPerMinute,
        s.limiter.retryAfterSeconds(inv.userId),
      ),
    };
  }
  const context = {
    surface: "slash" as const,
    teamId: inv.teamId,
    channelId: inv.channelId,
    userId: inv.userId,
  };
  try {
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
    return {
      response_type: "ephemeral",
      replace_original: true,
      text: rendered.text,
      blocks: rendered.blocks,
    };
  } catch (err) {
    inv.log.error({ err, outcome: "failed", latencyMs: Date.now() - started }, "answering failed");
    await s.questions
      .recordFailure(context, inv.args, err instanceof Error ? err.message : String(err), s.now())
      .catch(() => undefined);
    return { response_type: "ephemeral", replace_original: true, text: errorTextFor(err) };
  }
}
