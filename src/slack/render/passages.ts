// The search-results layout: passages quoted with their sources ("Show passages", `/wcit search`).
import type { KnownBlock } from "@slack/types";
import type { ScoredPassage } from "../../types.ts";
import { contextBlock, fitMessage, type SlackMessage, section, truncate } from "./blocks.ts";
import { citationLabel, link, safeText } from "./mrkdwn.ts";

export interface RenderPassagesOptions {
  heading?: string;
  /** Said under the heading, before the passages: what the search read its terms as. */
  note?: string | undefined;
  /** Characters of each passage shown. */
  maxChars?: number;
  max?: number;
}

function passageLabel(p: ScoredPassage): string {
  const section = p.passage.sectionPath.join(" › ");
  return citationLabel({
    title: p.document.title,
    page: p.passage.page,
    section: section || undefined,
  });
}

function passageUrl(p: ScoredPassage): string | undefined {
  const url = p.document.url;
  if (!url) return undefined;
  if (p.passage.page !== undefined && p.document.kind === "pdf" && !url.includes("#")) {
    return `${url}#page=${p.passage.page}`;
  }
  return url;
}

function quoteLines(text: string): string {
  return text
    .split("\n")
    .map((l) => `>${l}`)
    .join("\n");
}

export function renderPassages(
  passages: ScoredPassage[],
  opts: RenderPassagesOptions = {},
): SlackMessage {
  const max = opts.max ?? 5;
  const maxChars = opts.maxChars ?? 700;
  const blocks: KnownBlock[] = [];
  if (opts.heading) blocks.push(section(`*${safeText(opts.heading)}*`));
  if (opts.note) blocks.push(contextBlock(`_${safeText(opts.note)}_`));
  if (passages.length === 0) blocks.push(section("No passages found."));
  passages.slice(0, max).forEach((p, i) => {
    const quote = quoteLines(
      safeText(truncate(p.passage.text.replace(/\s+/g, " ").trim(), maxChars)),
    );
    blocks.push(section(`*${i + 1}.* ${link(passageUrl(p), passageLabel(p))}\n${quote}`));
  });
  const text = [
    opts.heading ?? "Passages",
    ...(opts.note ? [opts.note] : []),
    ...passages.slice(0, max).map((p, i) => `${i + 1}. ${passageLabel(p)}`),
  ]
    .map(safeText)
    .join("\n");
  return fitMessage(blocks, text)[0] as SlackMessage;
}
