// `/wcit sources`: the documents of the corpus, with links.
import type { SlackServices } from "../../deps.ts";
import { renderDocuments } from "../../render/documents.ts";
import type { WcitReply } from "./types.ts";

export function sourcesReply(s: SlackServices): WcitReply {
  const rendered = renderDocuments(s.corpus.listDocuments());
  return { response_type: "ephemeral", text: rendered.text, blocks: rendered.blocks };
}
