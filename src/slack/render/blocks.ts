// Block Kit size fitting, once for every surface: blocks and a fallback text become one message or
// several, each within Slack's documented limits, never cutting a link, an entity or a `[n]` marker.
import type { KnownBlock, SectionBlock } from "@slack/types";

/** Block Kit limits (Slack's documented maxima, with the message total kept a little under). */
export const SLACK_LIMITS = {
  sectionText: 3_000,
  markdownText: 12_000,
  contextElementText: 3_000,
  headerText: 150,
  blocksPerMessage: 50,
  /** Slack renders about 13,000 characters of blocks in one message before it truncates. */
  messageChars: 13_000,
  /** The top-level `text` is a notification and accessibility fallback; keep it readable. */
  fallbackText: 3_000,
  buttonValue: 2_000,
} as const;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * A mrkdwn text object with `verbatim: true`: Slack then skips its automatic parsing (no URL or
 * channel name becomes a link) but still renders formatting and the links and mentions written
 * as `<…>` (https://docs.slack.dev/reference/block-kit/composition-objects/text-object). Our
 * `<url|label>` citation links survive; a bare URL in a sentence does not come alive.
 */
function mrkdwn(text: string) {
  return { type: "mrkdwn" as const, text, verbatim: true };
}

export function section(text: string): SectionBlock {
  return { type: "section", text: mrkdwn(text) };
}

export function contextBlock(text: string): KnownBlock {
  return { type: "context", elements: [mrkdwn(text)] };
}

export function truncate(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  const cut = safeBreak(text, max - ellipsis.length);
  return `${text.slice(0, cut).trimEnd()}${ellipsis}`;
}

/**
 * Marks positions that must not be cut: inside `<…>` links and `&…;` entities, and inside `[n]`
 * citation markers. `atomic[i]` is true when a break between i-1 and i would split something.
 */
function atomicPositions(text: string): boolean[] {
  const atomic = new Array<boolean>(text.length + 1).fill(false);
  const spans = /<[^<>]*>|&[a-z]+;|\[\d+\]/g;
  for (let m = spans.exec(text); m !== null; m = spans.exec(text)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) atomic[i] = true;
  }
  return atomic;
}

/** The best place at or before `max` to cut `text`: paragraph, line, sentence, word, else `max`. */
function safeBreak(text: string, max: number): number {
  if (max >= text.length) return text.length;
  if (max <= 0) return 0;
  const atomic = atomicPositions(text);
  const floor = Math.floor(max / 3);
  const candidates: RegExp[] = [
    /\n\n/g,
    /\n/g,
    /[.!?;:](?:\)|\]|\[\d+\]|<[^<>]*>)*\s/g,
    /(?:\[\d+\]|<[^<>]*>)\s/g,
    /\s/g,
  ];
  for (const re of candidates) {
    let best = -1;
    for (let m = re.exec(text); m !== null && m.index < max; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (end <= max && end >= floor && !atomic[end]) best = end;
    }
    if (best > 0) return best;
  }
  // No natural break: back off to the start of whatever atomic span `max` falls inside.
  let cut = max;
  while (cut > 0 && atomic[cut]) cut--;
  return cut > 0 ? cut : max;
}

/** Splits text into pieces of at most `max` characters, between paragraphs or sentences when it can. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = safeBreak(rest, max);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim()) pieces.push(rest);
  return pieces.length ? pieces : [""];
}

/** Visible characters a block contributes to a message (what Slack's message limit counts). */
export function blockChars(block: KnownBlock): number {
  const b = block as unknown as Record<string, unknown>;
  let n = 0;
  const textOf = (t: unknown) => {
    if (t && typeof t === "object" && "text" in t && typeof t.text === "string") n += t.text.length;
  };
  if (typeof b.text === "string") n += b.text.length;
  else textOf(b.text);
  if (Array.isArray(b.fields)) for (const f of b.fields) textOf(f);
  if (Array.isArray(b.elements)) for (const e of b.elements) textOf(e);
  return n;
}

const isBlank = (text: string | undefined) => !text?.trim();

/**
 * Breaks any over-long section, markdown or header block into blocks within their limits, and
 * drops empty ones: a text object needs at least one character
 * (https://docs.slack.dev/reference/block-kit/composition-objects/text-object), and Slack rejects
 * the whole message otherwise.
 */
function expandBlock(block: KnownBlock): KnownBlock[] {
  if (block.type === "section" && isBlank(block.text?.text) && !block.fields?.length) return [];
  if (
    (block.type === "header" || block.type === "markdown") &&
    isBlank(typeof block.text === "string" ? block.text : block.text.text)
  )
    return [];
  if (block.type === "section" && block.text && block.text.text.length > SLACK_LIMITS.sectionText) {
    const { accessory, ...rest } = block;
    return splitText(block.text.text, SLACK_LIMITS.sectionText).map((piece, i, all) => {
      const b: SectionBlock = {
        ...rest,
        text: { ...block.text, text: piece } as SectionBlock["text"],
      };
      delete b.block_id;
      if (accessory && i === all.length - 1) b.accessory = accessory;
      return b;
    });
  }
  if (block.type === "markdown" && block.text.length > SLACK_LIMITS.markdownText) {
    return splitText(block.text, SLACK_LIMITS.markdownText).map((text) => ({
      type: "markdown",
      text,
    }));
  }
  if (block.type === "header" && block.text.text.length > SLACK_LIMITS.headerText) {
    return [
      {
        ...block,
        text: { ...block.text, text: truncate(block.text.text, SLACK_LIMITS.headerText) },
      },
    ];
  }
  if (block.type === "context") {
    const elements = block.elements
      .filter((e) => !("text" in e) || !isBlank(e.text))
      .slice(0, 10)
      .map((e) =>
        "text" in e && e.text.length > SLACK_LIMITS.contextElementText
          ? { ...e, text: truncate(e.text, SLACK_LIMITS.contextElementText) }
          : e,
      );
    return elements.length ? [{ ...block, elements }] : [];
  }
  return [block];
}

/**
 * Fits blocks and a fallback text within Block Kit's limits: long sections are split between
 * sentences (never inside a link or citation), and when the whole is still too big for one message
 * it becomes several, in order, each with at most 50 blocks and about 13,000 characters. Trailing
 * action blocks stay with the last message. The first message carries the (shortened) fallback.
 */
export function fitMessage(blocks: KnownBlock[], text: string): SlackMessage[] {
  const expanded = blocks.flatMap(expandBlock);
  const messages: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let chars = 0;
  for (const block of expanded) {
    const size = blockChars(block);
    if (
      current.length > 0 &&
      (current.length >= SLACK_LIMITS.blocksPerMessage || chars + size > SLACK_LIMITS.messageChars)
    ) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    current.push(block);
    chars += size;
  }
  if (current.length > 0 || messages.length === 0) messages.push(current);
  // The fallback is what a notification shows; an empty one would show nothing at all.
  const first = isBlank(text) ? plainTextOf(messages[0] ?? []) : text;
  return messages.map((bs, i) => ({
    text:
      i === 0
        ? truncate(isBlank(first) ? "(no text)" : first, SLACK_LIMITS.fallbackText)
        : truncate(`(continued) ${plainTextOf(bs)}`, 300),
    blocks: bs,
  }));
}

/** A readable plain version of blocks, for fallbacks. */
function plainTextOf(blocks: KnownBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const b = block as unknown as Record<string, unknown>;
    const t = b.text as { text?: unknown } | string | undefined;
    if (typeof t === "string") parts.push(t);
    else if (t && typeof t.text === "string") parts.push(t.text);
  }
  return parts.join("\n").replace(/<([^|<>]+)\|([^<>]+)>/g, "$2");
}
