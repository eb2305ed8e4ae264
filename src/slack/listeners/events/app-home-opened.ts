// The App Home tab: what the bot knows, how to ask, and this workspace's digest subscriptions.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { KnownBlock } from "@slack/types";
import type { CorpusStats } from "../../../store/corpus.ts";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { ASK_PRIVATELY_USAGE } from "../../messages.ts";
import { contextBlock, section } from "../../render.ts";

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

export function appHomeOpenedListener(s: SlackServices) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab && event.tab !== "home") return;
    const log = requestLog(context, s.log);
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
