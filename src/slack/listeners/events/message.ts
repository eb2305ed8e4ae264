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
    const received = receivedMessage(s, event as unknown as PlainMessage, client, context);
    await noteConversationKind(s, received);
    if (received.m.channel_type === "im") {
      await answerDirectMessage(s, received);
      return;
    }
    if (mentionsUser(received.text, context.botUserId)) {
      if (received.m.channel_type === "mpim") await answerGroupMention(s, received);
      return;
    }
    await answerThreadReply(s, received);
  };
}

/** One message event as the steps read it. */
type Received = ReturnType<typeof receivedMessage>;

function receivedMessage(
  s: ConversationServices,
  m: PlainMessage,
  client: AllMiddlewareArgs["client"],
  context: AllMiddlewareArgs["context"],
) {
  const log = requestLog(context, s.log);
  const text = m.text ?? "";
  const bot = { userId: context.botUserId, botId: context.botId };
  const teamId = m.team ?? context.teamId;
  return { m, client, botUserId: context.botUserId, log, text, bot, teamId };
}

/** Tells the question log what kind of conversation the channel is; a failure is only logged. */
async function noteConversationKind(s: ConversationServices, r: Received): Promise<void> {
  const { m, teamId, log } = r;
  if (m.channel && m.channel_type && CHANNEL_TYPES.has(m.channel_type)) {
    await s.questions
      .noteConversation({
        channelId: m.channel,
        channelType: m.channel_type,
        ...(teamId ? { teamId } : {}),
      })
      .catch((err: unknown) => log.warn({ err }, "could not note the conversation's kind"));
  }
}

/**
 * A top-level DM is a question (or a call for help), answered in its own thread: the agent
 * messaging experience shows a DM as threads whose root is the person's message
 * (https://docs.slack.dev/ai/migrating-to-agent-messaging/).
 */
async function answerDirectMessage(s: ConversationServices, r: Received): Promise<void> {
  const { m, client, bot, teamId, log } = r;
  const question = questionFromSlackText(r.text, r.botUserId);
  if (!question || m.thread_ts) return;
  if (/^(help|\?)$/i.test(question)) {
    await client.chat.postMessage({
      channel: m.channel,
      thread_ts: m.ts,
      text: helpText(r.botUserId),
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
}

/** A mention in a group DM, answered from here as from `app_mention`. */
async function answerGroupMention(s: ConversationServices, r: Received): Promise<void> {
  const { client, bot, teamId, log } = r;
  await answerMention(s, r.m, {
    client,
    bot,
    ...(teamId ? { teamId } : {}),
    log,
    helpWhenEmpty: false,
  });
}

/** A thread reply not mentioning the bot, a follow-up where the bot already answers. */
async function answerThreadReply(s: ConversationServices, r: Received): Promise<void> {
  const { m, client, bot, teamId, log } = r;
  if (!m.thread_ts) return;
  if (!(await s.events.isBotThread(m.channel, m.thread_ts))) return;
  const question = r.text.trim();
  if (!question) return;
  await answerInChannelThread(s, m, question, {
    client,
    bot,
    ...(teamId ? { teamId } : {}),
    log,
  });
}
