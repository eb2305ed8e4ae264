// The App Home: the Home tab (what the bot knows, how to ask, this workspace's digest subscriptions)
// and, in the agent messaging experience, the Messages tab's greeting and suggested prompts.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { Logger } from "../../../log.ts";
import type { CorpusStats } from "../../../store/corpus.ts";
import type { SlackServices, WebClient } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { ASK_PRIVATELY_USAGE } from "../../messages.ts";
import { contextBlock, section } from "../../render/blocks.ts";
import { GREETING, PROMPTS_TITLE, suggestedPrompts } from "../assistant/greeting.ts";

/** Slack shows at most 100 blocks in a Home view. */
const HOME_BLOCK_LIMIT = 100;

export function homeBlocks(
  stats: CorpusStats,
  botUserId: string | undefined,
  extra: KnownBlock[],
): KnownBlock[] {
  const last = stats.lastIngest;
  const lastLine = last
    ? `Last ingest: ${last.finishedAt ?? last.startedAt} (${last.status}; ${last.filesRead} files read, ${last.filesUnchanged} unchanged)`
    : "Last ingest: never. Run `npm run ingest`.";
  const mention = botUserId ? `<@${botUserId}>` : "@wcit-desk";
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: "wcit-desk" } },
    section(
      "Cited answers about the 2012 World Conference on International Telecommunications (WCIT-12) and the International Telecommunication Regulations: security, spam, Internet governance.",
    ),
    section(
      `*What I know*\n${stats.documents} documents · ${stats.passages} passages\n${lastLine}`,
    ),
    { type: "divider" },
    section(
      [
        "*How to ask*",
        `• Mention me in a channel: ${mention} what happened to the Internet resolution?`,
        "• DM me, or open me in the assistant panel.",
        `• ${ASK_PRIVATELY_USAGE} for an answer only you see; \`/wcit search\`, \`/wcit sources\`, \`/wcit gaps\`, \`/wcit help\`.`,
        "Every claim links to its source. If the corpus does not cover something, I say so.",
      ].join("\n"),
    ),
  ];
  if (extra.length) blocks.push({ type: "divider" }, ...extra);
  blocks.push(contextBlock("Feedback buttons under each answer tell the team what to improve."));
  return blocks.slice(0, HOME_BLOCK_LIMIT);
}

/**
 * The Messages tab opened (the agent messaging experience, `agent_view`): this event replaces
 * `assistant_thread_started` there (https://docs.slack.dev/ai/migrating-to-agent-messaging/).
 * Slack sends it on every open and asks apps to check that it is the first interaction before
 * onboarding (https://docs.slack.dev/reference/events/app_home_opened), so the greeting is posted
 * once per person and workspace, remembered in the database. The suggested prompts live at the top
 * of the tab rather than in a thread, and are set without `thread_ts`: for an agent app a call that
 * carries one fails silently
 * (https://docs.slack.dev/reference/methods/assistant.threads.setSuggestedPrompts). They are set on
 * every open: no message is posted, and they follow the corpus as it changes.
 */
async function messagesTabOpened(
  s: Pick<SlackServices, "greetings" | "now" | "engine">,
  args: { user: string; channel: string; teamId?: string; client: WebClient; log: Logger },
): Promise<void> {
  const { client, log } = args;
  const where = { teamId: args.teamId ?? "", userId: args.user, channelId: args.channel };
  let greeted = false;
  if (await s.greetings.claim(where, s.now())) {
    try {
      await client.chat.postMessage({ channel: args.channel, text: GREETING });
      greeted = true;
    } catch (err) {
      await s.greetings.release(where);
      log.warn({ err }, "could not post the greeting; the next open tries again");
    }
  }
  const prompts = suggestedPrompts(s.engine);
  if (prompts.length) {
    await client.assistant.threads
      .setSuggestedPrompts({ channel_id: args.channel, title: PROMPTS_TITLE, prompts })
      .catch((err: unknown) => log.warn({ err }, "setSuggestedPrompts failed"));
  }
  log.info({ outcome: "messages_tab", greeted, prompts: prompts.length }, "messages tab opened");
}

export function appHomeOpenedListener(
  s: Pick<SlackServices, "greetings" | "now" | "engine" | "log" | "homeSections" | "corpus">,
) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    const log = requestLog(context, s.log);
    if (event.tab === "messages") {
      await messagesTabOpened(s, {
        user: event.user,
        channel: event.channel,
        ...(context.teamId ? { teamId: context.teamId } : {}),
        client,
        log,
      });
      return;
    }
    if (event.tab && event.tab !== "home") return;
    let extra: KnownBlock[] = [];
    if (s.homeSections && context.teamId) {
      try {
        extra = await s.homeSections(context.teamId);
      } catch (err) {
        log.warn({ err }, "home sections failed; publishing the rest");
      }
    }
    await client.views.publish({
      user_id: event.user,
      view: { type: "home", blocks: homeBlocks(s.corpus.stats(), context.botUserId, extra) },
    });
    log.info({ outcome: "home_published" }, "app home published");
  };
}
