// Pure rendering for Slack: Answer, passages and sources → { text, blocks }. No network, no Bolt.
// Everything that comes from the corpus or a model is escaped and has its mentions defanged, so no
// passage can ping a channel. Block Kit limits are enforced here, once, for every surface.
import type { ContextActionsBlock, KnownBlock, SectionBlock } from "@slack/types";
import type { Answer, Citation, ScoredPassage, SourceDocument } from "../types.ts";

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

/** Action ids the interactive listeners register; the renderer puts them on buttons. */
export const ACTIONS = {
  feedback: "answer_feedback",
  helpful: "answer_helpful",
  notHelpful: "answer_not_helpful",
  showPassages: "show_passages",
  share: "share_answer",
} as const;

/** Callback id of the "Not helpful" reason modal. */
export const FEEDBACK_REASON_VIEW = "feedback_reason";

const ZWSP = "\u200b";

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Turns Slack's mention and broadcast syntax into inert look-alikes: `<!channel>`, `<!here>`,
 * `<!everyone>`, `<!subteam^…>`, `<@U…>`, `<#C…>` and bare `@here`/`@channel`/`@everyone`. A zero-width
 * space after the sigil keeps it readable while Slack no longer recognises it.
 */
export function defangMentions(text: string): string {
  return text
    .replace(/<!subteam\^[A-Z0-9]+(?:\|@?([^>]*))?>/gi, (_m, label: string | undefined) =>
      label ? `@${ZWSP}${label}` : `@${ZWSP}group`,
    )
    .replace(
      /<!(channel|here|everyone|group)(?:\|[^>]*)?>/gi,
      (_m, word: string) => `@${ZWSP}${word}`,
    )
    .replace(/<!date\^[^>]*>/gi, "")
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/gi, (_m, id: string, label: string | undefined) =>
      label ? `@${ZWSP}${label}` : `@${ZWSP}${id}`,
    )
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/gi, (_m, id: string, label: string | undefined) =>
      label ? `#${ZWSP}${label}` : `#${ZWSP}${id}`,
    )
    .replace(/@(channel|here|everyone)\b/gi, (_m, word: string) => `@${ZWSP}${word}`);
}

/** Untrusted text (passages, model output, questions) made safe for mrkdwn. */
export function safeText(text: string): string {
  return escapeMrkdwn(defangMentions(text));
}

/** A mrkdwn link; the label is made safe, and a URL Slack could misparse is dropped (label only). */
export function link(url: string | undefined, label: string): string {
  const safeLabel = safeText(label).replace(/\|/g, "¦");
  if (!url || !/^https?:\/\/[^\s<>|]+$/.test(url) || url.length > 1_000) return safeLabel;
  return `<${url.replace(/&/g, "&amp;")}|${safeLabel}>`;
}

/** "Title, p. 4" or "Title › Section": how a citation names its place. */
export function citationLabel(c: Pick<Citation, "title" | "page" | "section">): string {
  if (c.page !== undefined) return `${c.title}, p. ${c.page}`;
  if (c.section) return `${c.title} › ${c.section}`;
  return c.title;
}

export function citationLink(c: Citation): string {
  return link(c.url, citationLabel(c));
}

export function section(text: string): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function contextBlock(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
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

/** Breaks any over-long section, markdown or header block into blocks within their limits. */
function expandBlock(block: KnownBlock): KnownBlock[] {
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
    return [
      {
        ...block,
        elements: block.elements
          .slice(0, 10)
          .map((e) =>
            "text" in e && e.text.length > SLACK_LIMITS.contextElementText
              ? { ...e, text: truncate(e.text, SLACK_LIMITS.contextElementText) }
              : e,
          ),
      },
    ];
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
  return messages.map((bs, i) => ({
    text:
      i === 0
        ? truncate(text, SLACK_LIMITS.fallbackText)
        : truncate(`(continued) ${plainTextOf(bs)}`, 300),
    blocks: bs,
  }));
}

/** A readable plain version of blocks, for fallbacks. */
export function plainTextOf(blocks: KnownBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const b = block as unknown as Record<string, unknown>;
    const t = b.text as { text?: unknown } | string | undefined;
    if (typeof t === "string") parts.push(t);
    else if (t && typeof t.text === "string") parts.push(t.text);
  }
  return parts.join("\n").replace(/<([^|<>]+)\|([^<>]+)>/g, "$2");
}

export interface RenderAnswerOptions {
  /** The question log id: feedback, "Show passages" and "Share" buttons carry it. */
  questionId?: number;
  /** Show feedback and "Show passages" buttons (off for previews and digests). */
  interactive?: boolean;
  /** Add a "Share in channel" button (ephemeral `/wcit` answers). */
  shareable?: boolean;
  /** Credit line for an answer shared publicly: the Slack user id of the asker. */
  askedBy?: string;
  /** Show the question above the answer (slash commands, shared answers, digests). */
  showQuestion?: boolean;
  /** Use Slack's native feedback buttons (`context_actions`); otherwise plain buttons. */
  nativeFeedback?: boolean;
  /** How many sources to list under the answer. */
  maxSources?: number;
}

/** Replaces `[n]` markers with links to the cited source, keeping the marker as the label. */
function linkMarkers(escapedText: string, citations: Citation[]): string {
  const byN = new Map(citations.map((c) => [c.n, c]));
  return escapedText.replace(/\[(\d+)\]/g, (marker, n: string) => {
    const c = byN.get(Number(n));
    return c?.url && /^https?:\/\/[^\s<>|]+$/.test(c.url)
      ? `<${c.url.replace(/&/g, "&amp;")}|${marker}>`
      : marker;
  });
}

function modeLabel(answer: Answer): string | undefined {
  if (answer.coverage === "none") return ":grey_question: *Not covered by the corpus*";
  const parts: string[] = [];
  if (answer.fallbackReason) parts.push(`:warning: Fallback: ${safeText(answer.fallbackReason)}`);
  else if (answer.mode === "extractive") parts.push(":scissors: Extractive summary");
  if (answer.coverage === "partial") parts.push("partly covered by the corpus");
  return parts.length ? parts.join(" · ") : undefined;
}

function sourceLine(c: Citation): string {
  let line = `[${c.n}] ${citationLink(c)}`;
  const primary = (c.primarySources ?? []).slice(0, 3).map((s) => link(s.url, s.title));
  if (primary.length) line += ` (citing ${primary.join("; ")})`;
  return line;
}

export function renderSources(citations: Citation[], max = 8): string {
  const shown = citations.slice(0, max).map(sourceLine);
  if (citations.length > max) shown.push(`…and ${citations.length - max} more`);
  return shown.join("\n");
}

/** An Answer as a Slack message (or several, when very long). The first is the answer's head. */
export function renderAnswerMessages(
  answer: Answer,
  opts: RenderAnswerOptions = {},
): SlackMessage[] {
  const blocks: KnownBlock[] = [];
  if (opts.showQuestion) blocks.push(section(`*Q:* ${safeText(answer.question)}`));
  const label = modeLabel(answer);
  const body = linkMarkers(safeText(answer.text), answer.citations);
  for (const piece of splitText(body, SLACK_LIMITS.sectionText)) blocks.push(section(piece));

  if (answer.coverage === "none") {
    const closest = answer.closestSources
      .slice(0, 5)
      .map((s) => `• ${link(s.url, s.title)}`)
      .join("\n");
    if (closest) blocks.push(section(`*Closest sources:*\n${closest}`));
  } else if (answer.citations.length) {
    blocks.push(contextBlock(renderSources(answer.citations, opts.maxSources ?? 8)));
  }
  if (label) blocks.push(contextBlock(label));
  if (opts.askedBy) blocks.push(contextBlock(`Asked by <@${opts.askedBy}> with /wcit`));

  const id = opts.questionId;
  if (opts.interactive && id !== undefined) {
    if (opts.nativeFeedback ?? true) {
      const feedback: ContextActionsBlock = {
        type: "context_actions",
        elements: [
          {
            type: "feedback_buttons",
            action_id: ACTIONS.feedback,
            positive_button: {
              text: { type: "plain_text", text: "Helpful" },
              accessibility_label: "Mark this answer as helpful",
              value: `helpful:${id}`,
            },
            negative_button: {
              text: { type: "plain_text", text: "Not helpful" },
              accessibility_label: "Mark this answer as not helpful",
              value: `not_helpful:${id}`,
            },
          },
        ],
      };
      blocks.push(feedback);
    }
    const buttons: KnownBlock = { type: "actions", elements: [] };
    if (!(opts.nativeFeedback ?? true)) {
      buttons.elements.push(
        {
          type: "button",
          action_id: ACTIONS.helpful,
          text: { type: "plain_text", text: "Helpful" },
          value: String(id),
        },
        {
          type: "button",
          action_id: ACTIONS.notHelpful,
          text: { type: "plain_text", text: "Not helpful" },
          value: String(id),
        },
      );
    }
    if (answer.passages.length) {
      buttons.elements.push({
        type: "button",
        action_id: ACTIONS.showPassages,
        text: { type: "plain_text", text: "Show passages" },
        value: String(id),
      });
    }
    if (opts.shareable) {
      buttons.elements.push({
        type: "button",
        action_id: ACTIONS.share,
        style: "primary",
        text: { type: "plain_text", text: "Share in channel" },
        value: String(id),
      });
    }
    if (buttons.elements.length) blocks.push(buttons);
  }

  return fitMessage(blocks, answerFallbackText(answer));
}

/** The plain `text` of an answer: what notifications and screen readers get. */
export function answerFallbackText(answer: Answer): string {
  // Slack parses the top-level text as mrkdwn too, so it gets the same escaping as the blocks.
  const text = safeText(answer.text);
  if (answer.coverage === "none") return `Not covered by the corpus. ${text}`;
  const sources = answer.citations.map((c) => `[${c.n}] ${safeText(citationLabel(c))}`).join("; ");
  return sources ? `${text}\nSources: ${sources}` : text;
}

/** An Answer as one message's `{ text, blocks }`; a very long answer keeps its head within limits. */
export function renderAnswer(answer: Answer, opts: RenderAnswerOptions = {}): SlackMessage {
  const messages = renderAnswerMessages(answer, opts);
  if (messages.length === 1) return messages[0] as SlackMessage;
  // One message only: keep the head, then the trailing source/action blocks of the last part.
  const first = messages[0] as SlackMessage;
  const last = messages[messages.length - 1] as SlackMessage;
  const tail = last.blocks.filter((b) => b.type !== "section");
  const room = SLACK_LIMITS.blocksPerMessage - tail.length - 1;
  const headBlocks: KnownBlock[] = [];
  let chars = tail.reduce((n, b) => n + blockChars(b), 0) + 60;
  for (const b of first.blocks) {
    if (headBlocks.length >= room || chars + blockChars(b) > SLACK_LIMITS.messageChars) break;
    if (b.type !== "section") continue;
    headBlocks.push(b);
    chars += blockChars(b);
  }
  return {
    text: first.text,
    blocks: [...headBlocks, contextBlock("_Answer shortened to fit one message._"), ...tail],
  };
}

export interface RenderPassagesOptions {
  heading?: string;
  /** Characters of each passage shown. */
  maxChars?: number;
  max?: number;
}

export function passageLabel(p: ScoredPassage): string {
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

/** Passages quoted with their sources: "Show passages" and `/wcit search`. */
export function renderPassages(
  passages: ScoredPassage[],
  opts: RenderPassagesOptions = {},
): SlackMessage {
  const max = opts.max ?? 5;
  const maxChars = opts.maxChars ?? 700;
  const blocks: KnownBlock[] = [];
  if (opts.heading) blocks.push(section(`*${safeText(opts.heading)}*`));
  if (passages.length === 0) blocks.push(section("No passages found."));
  passages.slice(0, max).forEach((p, i) => {
    const quote = quoteLines(
      safeText(truncate(p.passage.text.replace(/\s+/g, " ").trim(), maxChars)),
    );
    blocks.push(section(`*${i + 1}.* ${link(passageUrl(p), passageLabel(p))}\n${quote}`));
  });
  const text = [
    opts.heading ?? "Passages",
    ...passages.slice(0, max).map((p, i) => `${i + 1}. ${passageLabel(p)}`),
  ]
    .map(safeText)
    .join("\n");
  return fitMessage(blocks, text)[0] as SlackMessage;
}

/** The corpus documents with links: `/wcit sources`. */
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
