// "Show passages": the passages behind an answer, quoted, visible only to whoever asked to see them.
import type { DeliveryServices, SlackServices } from "../../deps.ts";
import { passagesOfLoggedAnswer } from "../../logged-answer.ts";
import { renderPassages } from "../../render/passages.ts";
import { loggedAnswerButton } from "./logged-answer-button.ts";

export function showPassagesListener(
  s: DeliveryServices & Pick<SlackServices, "questions" | "corpus" | "engine">,
) {
  return loggedAnswerButton(s, async ({ body, client, respond }, { id, logged, log }) => {
    const passages = await passagesOfLoggedAnswer(logged, s.corpus, s.engine);
    const rendered = renderPassages(passages, { heading: "Passages behind this answer", max: 5 });
    const channel = body.channel?.id ?? body.container?.channel_id;
    const threadTs = (body.message as { thread_ts?: string } | undefined)?.thread_ts;
    if (channel && !body.container?.is_ephemeral) {
      await client.chat.postEphemeral({
        channel,
        user: body.user.id,
        text: rendered.text,
        blocks: rendered.blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    } else {
      // An ephemeral answer (/wcit) can only be followed up through its response URL.
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: rendered.text,
        blocks: rendered.blocks,
      });
    }
    log.info(
      { outcome: "passages_shown", questionId: id, passages: passages.length },
      "show passages",
    );
  });
}
