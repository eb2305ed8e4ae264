// Helpful / Not helpful: one vote per user per answer, an ephemeral thank-you, and for "Not helpful"
// a modal asking (optionally) why.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { ModalView } from "@slack/types";
import type { Vote, VoteOutcome } from "../../../store/feedback.ts";
import type { DeliveryServices, SlackServices } from "../../deps.ts";
import { isFirstDelivery, requestLog } from "../../guards.ts";
import { ACTIONS, FEEDBACK_REASON_VIEW } from "../../render/actions.ts";

/** Reads the vote and question id from native feedback buttons ("helpful:7") or plain ones ("7"). */
export function parseFeedback(
  actionId: string,
  value: string,
): { vote: Vote; questionId: number } | undefined {
  let vote: Vote | undefined;
  let id = value;
  if (actionId === ACTIONS.helpful) vote = "helpful";
  else if (actionId === ACTIONS.notHelpful) vote = "not_helpful";
  else {
    const m = /^(helpful|not_helpful):(\d+)$/.exec(value);
    if (!m) return undefined;
    vote = m[1] as Vote;
    id = m[2] as string;
  }
  const questionId = Number(id);
  return Number.isSafeInteger(questionId) && questionId > 0 ? { vote, questionId } : undefined;
}

function acknowledgement(vote: Vote, outcome: VoteOutcome): string {
  const label = vote === "helpful" ? "helpful" : "not helpful";
  if (outcome === "unchanged") return `You already marked this answer as ${label}.`;
  if (outcome === "changed")
    return `Changed your vote: this answer is now marked ${label}. Thanks!`;
  return vote === "helpful"
    ? "Thanks! Glad it helped."
    : "Thanks for telling us. It helps us decide what to add to the corpus.";
}

/** The optional "what was wrong?" modal opened after a "Not helpful" vote. */
function reasonModal(questionId: number): ModalView {
  return {
    type: "modal",
    callback_id: FEEDBACK_REASON_VIEW,
    private_metadata: JSON.stringify({ questionId }),
    title: { type: "plain_text", text: "What was wrong?" },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Skip" },
    blocks: [
      {
        type: "input",
        block_id: "reason",
        optional: true,
        label: { type: "plain_text", text: "Optional: what was missing or wrong?" },
        element: {
          type: "plain_text_input",
          action_id: "reason",
          multiline: true,
          max_length: 1000,
          placeholder: {
            type: "plain_text",
            text: "e.g. it cites the 1988 ITRs, not the 2012 text",
          },
        },
      },
    ],
  };
}

export function feedbackListener(s: DeliveryServices & Pick<SlackServices, "feedback">) {
  return async ({
    body,
    action,
    ack,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    if (!(await isFirstDelivery(s, body, context))) return;
    const log = requestLog(context, s.log);
    const a = action as { action_id: string; value?: string };
    const parsed = parseFeedback(a.action_id, a.value ?? "");
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!parsed) {
      log.warn({ value: a.value }, "feedback with an unreadable value");
      return;
    }
    const outcome = await s.feedback.vote(parsed.questionId, body.user.id, parsed.vote, s.now());
    log.info(
      { outcome: `feedback_${outcome}`, vote: parsed.vote, questionId: parsed.questionId },
      "feedback",
    );
    const threadTs = (body.message as { thread_ts?: string } | undefined)?.thread_ts;
    if (channel) {
      await client.chat
        .postEphemeral({
          channel,
          user: body.user.id,
          text: acknowledgement(parsed.vote, outcome),
          ...(threadTs ? { thread_ts: threadTs } : {}),
        })
        .catch((err: unknown) => log.warn({ err }, "could not acknowledge the feedback"));
    }
    if (parsed.vote === "not_helpful" && outcome !== "unchanged" && body.trigger_id) {
      await client.views
        .open({ trigger_id: body.trigger_id, view: reasonModal(parsed.questionId) })
        .catch((err: unknown) => log.warn({ err }, "could not open the reason modal"));
    }
  };
}
