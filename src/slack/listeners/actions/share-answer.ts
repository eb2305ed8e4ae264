// "Share in channel": posts an ephemeral /wcit answer publicly, crediting the person who asked.
import type { WebClient } from "@slack/web-api";
import type { DeliveryServices, SlackServices } from "../../deps.ts";
import { ANSWER_GONE_TEXT, answerFromLog } from "../../logged-answer.ts";
import { renderAnswer } from "../../render/answer.ts";
import { loggedAnswerButton } from "./logged-answer-button.ts";

const CANNOT_POST: Record<string, string> = {
  not_in_channel: "I can't post here yet: invite me with `/invite @wcit-desk`, then share again.",
  channel_not_found: "I can't post in this conversation. Try sharing from a channel I'm in.",
  is_archived: "This channel is archived, so I can't post in it.",
};

export function shareAnswerListener(
  s: DeliveryServices & Pick<SlackServices, "questions" | "nativeFeedback">,
) {
  return loggedAnswerButton(s, async ({ body, client, respond }, { id, logged, log }) => {
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!channel) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: ANSWER_GONE_TEXT,
      });
      return;
    }
    const answer = answerFromLog(logged);
    const rendered = renderAnswer(answer, {
      questionId: id,
      interactive: true,
      showQuestion: true,
      askedBy: logged.userId ?? body.user.id,
      nativeFeedback: s.nativeFeedback,
      // The logged answer keeps its citations, not its passages: "Show passages" finds them again
      // from the log, so it is offered wherever something was cited.
      passagesButton: logged.citations.length > 0,
    });
    try {
      const { ts, permalink } = await postShared(client, channel, rendered);
      await s.questions.setLocation(id, {
        ...(ts ? { messageTs: ts } : {}),
        ...(permalink ? { permalink } : {}),
      });
      await respond({ response_type: "ephemeral", delete_original: true });
      log.info({ outcome: "shared", questionId: id }, "answer shared in channel");
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error ?? "";
      log.warn({ err, outcome: "share_failed" }, "sharing failed");
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: CANNOT_POST[code] ?? "Sorry, I couldn't share that answer. Please try again.",
      });
    }
  });
}

/** Posts the shared answer and reads its permalink; a permalink that cannot be read is left out. */
async function postShared(
  client: WebClient,
  channel: string,
  rendered: ReturnType<typeof renderAnswer>,
): Promise<{ ts?: string; permalink?: string }> {
  const posted = await client.chat.postMessage({
    channel,
    text: rendered.text,
    blocks: rendered.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
  if (!posted.ts) return {};
  const { permalink } = await client.chat
    .getPermalink({ channel, message_ts: posted.ts })
    .catch(() => ({ permalink: undefined }));
  return { ts: posted.ts, ...(permalink ? { permalink } : {}) };
}
