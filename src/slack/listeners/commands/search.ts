// `/wcit search <terms>`: the best-matching passages with their sources.
import { COMPACT_SEARCH_RESULTS, readAsNote } from "../../../answer/limits.ts";
import type { SlackServices } from "../../deps.ts";
import { SEARCH_USAGE } from "../../messages.ts";
import { renderPassages } from "../../render/passages.ts";
import type { WcitInvocation, WcitReply } from "./types.ts";

export async function searchReply(
  s: Pick<SlackServices, "engine">,
  inv: WcitInvocation,
): Promise<WcitReply> {
  if (!inv.args) {
    return {
      response_type: "ephemeral",
      text: `Usage: ${SEARCH_USAGE}, for example \`/wcit search Article 5B spam\`.`,
    };
  }
  const { passages, corrections } = await s.engine.search(inv.args, { k: COMPACT_SEARCH_RESULTS });
  const rendered = renderPassages(passages, {
    heading: `Top passages for “${inv.args}”`,
    note: readAsNote(corrections),
    max: 5,
  });
  return { response_type: "ephemeral", text: rendered.text, blocks: rendered.blocks };
}
