// Plain `message` events (message.channels, .groups, .mpim, .im). Every one first tells the question
// log what kind of conversation its channel is (Slack's `channel_type`), which decides who may see a
// question again in `/wcit gaps`. Then:
// - a top-level DM is a question, answered in its own thread (threaded DMs go to Bolt's Assistant);
// - in a channel, private channel or group DM, a thread reply is a follow-up only where the bot
//   already answers and only when it does not mention the bot (that arrives as `app_mention`);
// - in a group DM a mention is also answered from here: app_mention's docs rule out only direct
//   message conversations, and whichever of the two events comes first claims the message.
// Everything else is none of the bot's business.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { ConversationServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { mentionsUser, questionFromSlackText } from "../../history.ts";
import { helpText } from "../../messages.ts";
import { answerInDmThread } from "../assistant/dm-thread.ts";
import { answerInChannelThread, answerMention } from "./app-mention.ts";

interface PlainMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

/** Slack's channel_type values (https://docs.slack.dev/reference/events/message.channels and kin). */
const CHANNEL_TYPES = new Set(["channel", "group", "mpim", "im"]);

export function messageListener(s: ConversationServices) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs): Promise<void> => {
    const m = event as unknown as PlainMessage;
    const log = requestLog(context, s.log);
    const text = m.text ?? "";
    const bot = { userId: context.botUserId, botId: context.botId };
    const teamId = m.team ?? context.teamId;
    if (m.channel && m.channel_type && CHANNEL_TYPES.has(m.channel_type)) {
      await s.questions
        .noteConversation({
          channelId: m.channel,
          channelType: m.channel_type,
          ...(teamId ? { teamId } : {}),
        })
        .catch((err: unknown) => log.warn({ err }, "could not note the conversation's kind"));
    }

    if (m.channel_type === "im") {
      const question = questionFromSlackText(text, context.botUserId);
      if (!question || m.thread_ts) return;
      // The agent messaging experience shows a DM as threads whose root is the person's message;
      // the answer goes in that thread (https://docs.slack.dev/ai/migrating-to-agent-messaging/).
      if (/^(help|\?)$/i.test(question)) {
        await client.chat.postMessage({
          channel: m.channel,
          thread_ts: m.ts,
          text: helpText(context.botUserId),
        });
        return;
      }
      await s.track(
        answerInDmThread(s, {
          client,
          bot,
          channel: m.channel,
          threadTs: m.ts,
          messageTs: m.ts,
          userId: m.user ?? "unknown",
          ...(teamId ? { teamId } : {}),
          question,
          surface: "dm",
          log,
        }),
      );
      return;
    }

    if (mentionsUser(text, context.botUserId)) {
      if (m.channel_type === "mpim") {
        await answerMention(s, m, {
          client,
          bot,
          ...(teamId ? { teamId } : {}),
          log,
          helpWhenEmpty: false,
        });
      }
      return;
    }
    if (!m.thread_ts) return;
    if (!(await s.events.isBotThread(m.channel, m.thread_ts))) return;
    const question = text.trim();
    if (!question) return;
    await answerInChannelThread(s, m, question, {
      client,
      bot,
      ...(teamId ? { teamId } : {}),
      log,
    });
  };
}
