// A reply in a DM thread: Bolt's Assistant routes every threaded `message.im` here, in the assistant
// panel (`assistant_view`) and in the agent experience's Messages tab alike.
import type { AssistantUserMessageMiddleware } from "@slack/bolt";
import type { ConversationServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { questionFromSlackText } from "../../history.ts";
import { answerInDmThread } from "./dm-thread.ts";

interface ThreadMessage {
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

export function userMessageListener(s: ConversationServices): AssistantUserMessageMiddleware {
  return async ({ message, client, context }) => {
    const m = message as unknown as ThreadMessage;
    const log = requestLog(context, s.log);
    const question = questionFromSlackText(m.text ?? "", context.botUserId);
    if (!question || !m.thread_ts) return;
    const teamId = m.team ?? context.teamId;
    await s.track(
      answerInDmThread(s, {
        client,
        bot: { userId: context.botUserId, botId: context.botId },
        channel: m.channel,
        threadTs: m.thread_ts,
        messageTs: m.ts,
        userId: m.user ?? "unknown",
        ...(teamId ? { teamId } : {}),
        question,
        surface: "assistant",
        log,
        stream: true,
      }),
    );
  };
}
