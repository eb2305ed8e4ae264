// `@wcit-desk question` in a channel: answered in the mention's thread, with that thread's history.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { stripBotMention } from "../../history.ts";
import { mentionHelpText } from "../../messages.ts";

export function appMentionListener(s: SlackServices) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    const log = requestLog(context, s.log);
    const threadTs = event.thread_ts ?? event.ts;
    const question = stripBotMention(event.text, context.botUserId);
    if (!question) {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: threadTs,
        text: mentionHelpText(context.botUserId),
      });
      log.info({ outcome: "help" }, "empty mention");
      return;
    }
    await s.track(
      (async () => {
        const history = event.thread_ts
          ? await fetchThreadTurns(
              client,
              { channel: event.channel, threadTs: event.thread_ts, beforeTs: event.ts },
              { userId: context.botUserId, botId: context.botId },
              log,
            )
          : [];
        await answerInSlack(s, {
          client,
          question,
          channel: event.channel,
          threadTs,
          messageTs: event.ts,
          userId: event.user ?? "unknown",
          ...((event.team ?? context.teamId) ? { teamId: event.team ?? context.teamId } : {}),
          surface: "mention",
          history,
          log,
        });
      })(),
    );
  };
}
