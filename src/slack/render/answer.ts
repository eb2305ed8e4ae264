// The answer layout: an Answer as a Slack message (or a few), with its citations linked, its mode
// and coverage labelled, and the feedback / "Show passages" / "Share" buttons.
import type { ContextActionsBlock, KnownBlock } from "@slack/types";
import type { Answer, Citation } from "../../types.ts";
import { ACTIONS } from "./actions.ts";
import {
  blockChars,
  contextBlock,
  fitMessage,
  SLACK_LIMITS,
  type SlackMessage,
  section,
  splitText,
} from "./blocks.ts";
import { citationLabel, citationLink, isLinkableUrl, link, safeText } from "./mrkdwn.ts";

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
    const url = byN.get(Number(n))?.url;
    return isLinkableUrl(url) ? `<${url.replace(/&/g, "&amp;")}|${marker}>` : marker;
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

function feedbackBlocks(answer: Answer, opts: RenderAnswerOptions, id: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
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
  return blocks;
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
  if (opts.interactive && opts.questionId !== undefined) {
    blocks.push(...feedbackBlocks(answer, opts, opts.questionId));
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
