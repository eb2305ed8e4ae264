// `/wcit gaps`: recent questions the corpus could not answer, most frequent first.
import type { SlackServices } from "../../deps.ts";
import { safeText } from "../../render.ts";
import type { WcitReply } from "./types.ts";

const GAP_WINDOW_DAYS = 30;

export async function gapsReply(s: SlackServices): Promise<WcitReply> {
  const since = new Date(s.now().getTime() - GAP_WINDOW_DAYS * 86_400_000);
  const gaps = await s.questions.gaps(since, 15);
  if (!gaps.length) {
    return {
      response_type: "ephemeral",
      text: `No unanswered questions in the last ${GAP_WINDOW_DAYS} days. :tada:`,
    };
  }
  const lines = gaps.map(
    (g) => `• ${safeText(g.question)} — asked ${g.count}×, last ${g.lastAskedAt.slice(0, 10)}`,
  );
  const text = `*Questions the corpus could not answer (last ${GAP_WINDOW_DAYS} days):*\n${lines.join("\n")}\nAdding a source that covers them helps the whole team.`;
  return { response_type: "ephemeral", text };
}
