// The App Home's digest section: which channels of this workspace get a digest, and when.
import type { KnownBlock } from "@slack/types";
import { contextBlock, section } from "../slack/render/blocks.ts";
import type { DigestStore, DigestSubscription } from "../store/digest.ts";

export function listSubscriptions(
  store: DigestStore,
  teamId: string,
): Promise<DigestSubscription[]> {
  return store.listByTeam(teamId);
}

/** Blocks listing a workspace's digest subscriptions, or how to start one. */
export function renderSubscriptionsForHome(subs: DigestSubscription[]): KnownBlock[] {
  const blocks: KnownBlock[] = [section("*Daily digests*")];
  if (subs.length === 0) {
    blocks.push(
      section("No channel gets a digest yet. In a channel, type `/wcit digest on 08:30`."),
    );
    return blocks;
  }
  // Channel ids come from Slack, never from users or the corpus: a channel link is safe here.
  const lines = subs.map(
    (s) =>
      `• <#${s.channelId}>: ${s.cadence === "weekdays" ? "weekdays" : "daily"} at ${s.time} (${s.timeZone})`,
  );
  for (let i = 0; i < lines.length; i += 30)
    blocks.push(section(lines.slice(i, i + 30).join("\n")));
  blocks.push(contextBlock("Change one with `/wcit digest` in its channel."));
  return blocks;
}

/** `homeSections(teamId)` for the Slack app's App Home. */
export function digestHomeSections(store: DigestStore): (teamId: string) => Promise<KnownBlock[]> {
  return async (teamId) => renderSubscriptionsForHome(await listSubscriptions(store, teamId));
}
