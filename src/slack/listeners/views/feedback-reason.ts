// The "Not helpful" modal's submission: the optional reason joins the user's vote.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";

export function feedbackReasonListener(s: Pick<SlackServices, "feedback" | "log" | "now">) {
  return async ({
    ack,
    view,
    body,
    context,
  }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const log = requestLog(context, s.log);
    let questionId: number | undefined;
    try {
      questionId = (JSON.parse(view.private_metadata || "{}") as { questionId?: number })
        .questionId;
    } catch {
      questionId = undefined;
    }
    const reason = view.state.values.reason?.reason?.value ?? "";
    if (!questionId || !reason.trim()) return;
    await s.feedback.setReason(questionId, body.user.id, reason, s.now());
    log.info({ outcome: "feedback_reason", questionId }, "feedback reason recorded");
  };
}
