// `@wcit-desk question` in a channel or group DM: answered in the mention's thread, with that
// thread's history.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../../log.ts";
import { answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type { SlackServices, WebClient } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { stripBotMention } from "../../history.ts";
import { mentionHelpText } from "../../messages.ts";

/** The fields of a message that mentions the bot, from `app_mention` or a `message` event. */
export interface MentionMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  user?: string;
  team?: string;
}

/**
 * Answers a mention in its thread. Safe to call for both the `app_mention` and the `message` event
 * of one message: answerInSlack claims each message once.
 */
export async function answerMention(
  s: SlackServices,
  m: MentionMessage,
  env: {
    client: WebClient;
    bot: { userId?: string; botId?: string };
    teamId?: string;
    log: Logger;
    /** Answer "how do I ask?" for a bare mention (only one of the two events should). */
    helpWhenEmpty: boolean;
  },
): Promise<void> {
  const { client, log } = env;
  const threadTs = m.thread_ts ?? m.ts;
  const question = stripBotMention(m.text ?? "", env.bot.userId);
  if (!question) {
    if (!env.helpWhenEmpty) return;
    await client.chat.postMessage({
      channel: m.channel,
      thread_ts: threadTs,
      text: mentionHelpText(env.bot.userId),
    });
    log.info({ outcome: "help" }, "empty mention");
    return;
  }
  await s.track(
    (async () => {
      const history = m.thread_ts
        ? await fetchThreadTurns(
            client,
            { channel: m.channel, threadTs: m.thread_ts, beforeTs: m.ts },
            env.bot,
            log,
          )
        : [];
      const teamId = m.team ?? env.teamId;
      await answerInSlack(s, {
        client,
        question,
        channel: m.channel,
        threadTs,
        messageTs: m.ts,
        userId: m.user ?? "unknown",
        ...(teamId ? { teamId } : {}),
        surface: "mention",
        history,
        log,
      });
    })(),
  );
}

export function appMentionListener(s: SlackServices) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs): Promise<void> => {
    await answerMention(s, event, {
      client,
      bot: { userId: context.botUserId, botId: context.botId },
      ...(context.teamId ? { teamId: context.teamId } : {}),
      log: requestLog(context, s.log),
      helpWhenEmpty: true,
    });
  };
}
