// `/wcit sources`: the documents of the corpus, with links, over a few messages when there are many.
import type { SlackServices } from "../../deps.ts";
import { renderDocuments } from "../../render/documents.ts";
import type { WcitReply } from "./types.ts";

export function sourcesReply(s: Pick<SlackServices, "corpus">): WcitReply {
  const [first, ...more] = renderDocuments(s.corpus.listDocuments()).map((page) => ({
    response_type: "ephemeral" as const,
    text: page.text,
    blocks: page.blocks,
  }));
  return { ...(first ?? { response_type: "ephemeral", text: "" }), followUps: more };
}
