// `@wcit-desk question` in a channel or group DM: answered in the mention's thread, with that
// thread's history.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../../log.ts";
import { answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type {
  AnsweringServices,
  ConversationServices,
  SlackServices,
  WebClient,
} from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { questionFromSlackText } from "../../history.ts";
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

interface ThreadEnv {
  client: WebClient;
  bot: { userId?: string; botId?: string };
  teamId?: string;
  log: Logger;
}

/**
 * Answers a question asked in a channel or group DM in its thread, with the thread's earlier turns
 * as history when it is a reply. Safe to call for both the `app_mention` and the `message` event of
 * one message: answerInSlack claims each message once.
 */
export async function answerInChannelThread(
  s: AnsweringServices & Pick<SlackServices, "track">,
  m: MentionMessage,
  question: string,
  env: ThreadEnv,
): Promise<void> {
  const { client, log } = env;
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
        threadTs: m.thread_ts ?? m.ts,
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

/** A mention: its question answered in its thread, or a short "how to ask" for a bare mention. */
export async function answerMention(
  s: AnsweringServices & Pick<SlackServices, "track">,
  m: MentionMessage,
  /** `helpWhenEmpty`: answer a bare mention (only one of its two events should). */
  env: ThreadEnv & { helpWhenEmpty: boolean },
): Promise<void> {
  const question = questionFromSlackText(m.text ?? "", env.bot.userId);
  if (question) {
    await answerInChannelThread(s, m, question, env);
    return;
  }
  if (!env.helpWhenEmpty) return;
  await env.client.chat.postMessage({
    channel: m.channel,
    thread_ts: m.thread_ts ?? m.ts,
    text: mentionHelpText(env.bot.userId),
  });
  env.log.info({ outcome: "help" }, "empty mention");
}

export function appMentionListener(s: ConversationServices) {
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
