// The sources layout: the corpus documents with links (`/wcit sources`).
import type { KnownBlock } from "@slack/types";
import type { SourceDocument } from "../../types.ts";
import { fitMessage, type SlackMessage, section } from "./blocks.ts";
import { link, safeText } from "./mrkdwn.ts";

export function renderDocuments(documents: SourceDocument[]): SlackMessage {
  const lines = documents.map((d) => {
    const meta = [
      d.publisher ?? d.author,
      d.date,
      d.kind === "pdf" && d.pages ? `${d.pages} pp.` : undefined,
    ]
      .filter(Boolean)
      .map((s) => safeText(String(s)))
      .join(", ");
    return `• ${link(d.url, d.title)}${meta ? ` — ${meta}` : ""}`;
  });
  const header = `*${documents.length} document${documents.length === 1 ? "" : "s"} in the corpus*`;
  const blocks: KnownBlock[] = [section(header)];
  // One section per ~25 lines keeps each under the section limit without splitting a line.
  for (let i = 0; i < lines.length; i += 25)
    blocks.push(section(lines.slice(i, i + 25).join("\n")));
  if (documents.length === 0) blocks.push(section("The corpus is empty. Run `npm run ingest`."));
  const text = safeText(
    `${documents.length} documents: ${documents.map((d) => d.title).join("; ")}`,
  );
  return fitMessage(blocks, text)[0] as SlackMessage;
}
