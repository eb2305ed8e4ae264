// `/wcit gaps`: recent questions the corpus could not answer, most frequent first. The reply is
// ephemeral, yet it is shown wherever the command runs, so it lists word for word only what the
// workspace could already read (mentions in its public channels) plus, in a separate section, the
// asker's own other questions. Nobody sees another person's DM, assistant, /wcit or private-channel
// question, nor another workspace's.
import type { Gap } from "../../../store/questions.ts";
import type { SlackServices } from "../../deps.ts";
import { truncate } from "../../render/blocks.ts";
import { safeText } from "../../render/mrkdwn.ts";
import type { WcitInvocation, WcitReply } from "./types.ts";

const GAP_WINDOW_DAYS = 30;
const GAPS_PER_SECTION = 15;
/** A question can be 2,000 characters; a list line needs far fewer to be recognised. */
const GAP_LINE_CHARS = 200;

function gapLines(gaps: Gap[]): string {
  return gaps
    .map(
      (g) =>
        `• ${truncate(safeText(g.question), GAP_LINE_CHARS)} — asked ${g.count}×, last ${g.lastAskedAt.slice(0, 10)}`,
    )
    .join("\n");
}

export async function gapsReply(
  s: Pick<SlackServices, "now" | "questions">,
  inv: WcitInvocation,
): Promise<WcitReply> {
  const since = new Date(s.now().getTime() - GAP_WINDOW_DAYS * 86_400_000);
  const [shared, own] = await Promise.all([
    s.questions.gaps(since, GAPS_PER_SECTION, { kind: "public", teamId: inv.teamId }),
    s.questions.gaps(since, GAPS_PER_SECTION, {
      kind: "own",
      teamId: inv.teamId,
      userId: inv.userId,
    }),
  ]);
  if (!shared.length && !own.length) {
    return {
      response_type: "ephemeral",
      text: `No unanswered questions in the last ${GAP_WINDOW_DAYS} days. :tada:`,
    };
  }
  const sections: string[] = [];
  if (shared.length) {
    sections.push(
      `*Asked in this workspace's public channels, not covered by the corpus (last ${GAP_WINDOW_DAYS} days):*\n${gapLines(shared)}`,
    );
  }
  if (own.length) {
    sections.push(
      `*Your own questions the corpus could not answer (DMs, assistant, /wcit, private conversations; only you see these):*\n${gapLines(own)}`,
    );
  }
  sections.push("Adding a source that covers them helps the whole team.");
  return { response_type: "ephemeral", text: sections.join("\n\n") };
}
