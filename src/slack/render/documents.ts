// The sources layout: the corpus documents with links (`/wcit sources`), over as many messages as
// it takes, up to a few; past that it says how many more there are and where to see them all.
import type { KnownBlock } from "@slack/types";
import type { SourceDocument } from "../../types.ts";
import { fitMessage, SLACK_LIMITS, type SlackMessage, section, truncate } from "./blocks.ts";
import { link, safeText } from "./mrkdwn.ts";

/**
 * Most messages `/wcit sources` sends. A slash command's response_url takes at most five replies
 * in 30 minutes (https://docs.slack.dev/interactivity/handling-user-interaction); one is left over.
 */
export const MAX_DOCUMENT_MESSAGES = 4;

const MAX_TITLE_CHARS = 200;
const LINES_PER_SECTION = 25;

function documentLine(d: SourceDocument): string {
  const meta = [
    d.publisher ?? d.author,
    d.date,
    d.kind === "pdf" && d.pages ? `${d.pages} pp.` : undefined,
  ]
    .filter(Boolean)
    .map((s) => safeText(truncate(String(s), MAX_TITLE_CHARS)))
    .join(", ");
  return `• ${link(d.url, truncate(d.title, MAX_TITLE_CHARS))}${meta ? ` — ${meta}` : ""}`;
}

/** Lines grouped into sections of at most 25 lines and 3,000 characters, never splitting a line. */
function lineSections(lines: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const line of lines) {
    if (
      current.length &&
      (current.length >= LINES_PER_SECTION || chars + line.length + 1 > SLACK_LIMITS.sectionText)
    ) {
      blocks.push(section(current.join("\n")));
      current = [];
      chars = 0;
    }
    current.push(line);
    chars += line.length + 1;
  }
  if (current.length) blocks.push(section(current.join("\n")));
  return blocks;
}

export function renderDocuments(
  documents: SourceDocument[],
  maxMessages = MAX_DOCUMENT_MESSAGES,
): SlackMessage[] {
  const count = `${documents.length} document${documents.length === 1 ? "" : "s"} in the corpus`;
  if (documents.length === 0) {
    return fitMessage(
      [section(`*${count}*`), section("The corpus is empty. Run `npm run ingest`.")],
      count,
    );
  }
  const lines = documents.map(documentLine);
  const fallback = safeText(`${count}: ${documents.map((d) => d.title).join("; ")}`);
  const render = (shown: number) => {
    const more = documents.length - shown;
    const blocks = [section(`*${count}*`), ...lineSections(lines.slice(0, shown))];
    if (more > 0) {
      blocks.push(
        section(
          `…and ${more} more. Run \`npm run sources\` where wcit-desk runs to list them all.`,
        ),
      );
    }
    return fitMessage(blocks, fallback);
  };
  const all = render(lines.length);
  if (all.length <= maxMessages) return all;
  // The most documents that fit in `maxMessages` (more lines never take fewer messages).
  let lo = 1;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= maxMessages) lo = mid;
    else hi = mid - 1;
  }
  return render(lo);
}
