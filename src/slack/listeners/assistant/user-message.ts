// A question in an assistant thread (or a threaded DM): title, status, history, streamed draft.
import type { AssistantUserMessageMiddleware } from "@slack/bolt";
import { answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { stripBotMention } from "../../history.ts";
import { safeTitle } from "../../render/mrkdwn.ts";

interface ThreadMessage {
  channel: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

export function userMessageListener(s: SlackServices): AssistantUserMessageMiddleware {
  return async ({ message, client, context, setTitle, setStatus }) => {
    const m = message as unknown as ThreadMessage;
    const log = requestLog(context, s.log);
    const question = stripBotMention(m.text ?? "", context.botUserId);
    if (!question || !m.thread_ts) return;
    const threadTs = m.thread_ts;
    await s.track(
      (async () => {
        await setTitle(safeTitle(question)).catch((err: unknown) =>
          log.warn({ err }, "setTitle failed"),
        );
        const history = await fetchThreadTurns(
          client,
          { channel: m.channel, threadTs, beforeTs: m.ts },
          { userId: context.botUserId, botId: context.botId },
          log,
        );
        const teamId = m.team ?? context.teamId;
        await answerInSlack(s, {
          client,
          question,
          channel: m.channel,
          threadTs,
          messageTs: m.ts,
          userId: m.user ?? "unknown",
          ...(teamId ? { teamId } : {}),
          surface: "assistant",
          history,
          log,
          setStatus: (status) => setStatus(status),
          stream: true,
        });
      })(),
    );
  };
}
