// Plain `message` events: a top-level DM is a question; in a channel, a thread reply is a follow-up
// only where the bot already answers and only when it does not mention the bot (that arrives as
// `app_mention`). Everything else in a channel is none of the bot's business.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { answerInSlack, fetchThreadTurns } from "../../answering.ts";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { mentionsUser, stripBotMention } from "../../history.ts";
import { helpText } from "../../messages.ts";

interface PlainMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
}

export function messageListener(s: SlackServices) {
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
    const base = { client, channel: m.channel, messageTs: m.ts, userId: m.user ?? "unknown", log };

    if (m.channel_type === "im") {
      // Threaded DMs belong to the assistant container; this is a message in the DM itself.
      const question = stripBotMention(text, context.botUserId);
      if (!question) return;
      if (/^(help|\?)$/i.test(question)) {
        await client.chat.postMessage({ channel: m.channel, text: helpText(context.botUserId) });
        return;
      }
      await s.track(
        answerInSlack(s, {
          ...base,
          question,
          surface: "dm",
          history: [],
          ...(teamId ? { teamId } : {}),
        }),
      );
      return;
    }

    if (!m.thread_ts || mentionsUser(text, context.botUserId)) return;
    if (!(await s.events.isBotThread(m.channel, m.thread_ts))) return;
    const question = text.trim();
    if (!question) return;
    const threadTs = m.thread_ts;
    await s.track(
      (async () => {
        const history = await fetchThreadTurns(
          client,
          { channel: m.channel, threadTs, beforeTs: m.ts },
          bot,
          log,
        );
        await answerInSlack(s, {
          ...base,
          question,
          threadTs,
          surface: "mention",
          history,
          ...(teamId ? { teamId } : {}),
        });
      })(),
    );
  };
}
