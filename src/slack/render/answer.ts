// The answer layout: an Answer as a Slack message (or a few), with its citations linked, its mode
// and coverage labelled, and the feedback / "Show passages" / "Share" buttons.
import type { ActionsBlock, ContextActionsBlock, KnownBlock } from "@slack/types";
import { readAsNote } from "../../answer/limits.ts";
import type { Answer, Citation } from "../../types.ts";
import { ACTIONS } from "./actions.ts";
import {
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
  /**
   * Offer "Show passages" (interactive answers only). By default, where the answer carries its
   * passages; an answer rebuilt from the question log has only its citations, so its caller says.
   */
  passagesButton?: boolean;
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

function renderSources(citations: Citation[], max = 8): string {
  const shown = citations.slice(0, max).map(sourceLine);
  if (citations.length > max) shown.push(`…and ${citations.length - max} more`);
  return shown.join("\n");
}

/**
 * The one mention the bot writes itself: the asker of a shared answer. Only a Slack user id
 * becomes a mention; anything else is shown as safe text.
 */
function askerMention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : safeText(userId);
}

/**
 * The blocks under an answer: Slack's own feedback buttons where they are on, then a row of the
 * answer's buttons where it has any.
 */
function feedbackBlocks(answer: Answer, opts: RenderAnswerOptions, id: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (opts.nativeFeedback ?? true) blocks.push(nativeFeedbackBlock(id));
  const buttons: ActionsBlock = { type: "actions", elements: answerButtons(answer, opts, id) };
  if (buttons.elements.length) blocks.push(buttons);
  return blocks;
}

/** Slack's own feedback buttons ("Helpful", "Not helpful") for the question `id`. */
function nativeFeedbackBlock(id: number): ContextActionsBlock {
  return {
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
}

/**
 * The answer's buttons: feedback buttons of the bot's own where Slack's are off, "Show passages"
 * and "Share in channel" where they apply.
 */
function answerButtons(
  answer: Answer,
  opts: RenderAnswerOptions,
  id: number,
): ActionsBlock["elements"] {
  const elements: ActionsBlock["elements"] = [];
  if (!(opts.nativeFeedback ?? true)) {
    elements.push(
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
  if (opts.passagesButton ?? answer.passages.length > 0) {
    elements.push({
      type: "button",
      action_id: ACTIONS.showPassages,
      text: { type: "plain_text", text: "Show passages" },
      value: String(id),
    });
  }
  if (opts.shareable) {
    elements.push({
      type: "button",
      action_id: ACTIONS.share,
      style: "primary",
      text: { type: "plain_text", text: "Share in channel" },
      value: String(id),
    });
  }
  return elements;
}

/** Most messages one answer may take in a conversation; a longer one is shortened (see below). */
export const MAX_ANSWER_MESSAGES = 3;

/** Shown instead of an answer whose text is empty (a section needs at least one character). */
export const EMPTY_ANSWER_TEXT =
  "_No answer text came back for this question. Try asking it in other words._";

function shortenedNote(showsPassages: boolean): string {
  return `_This answer is longer than I can post here. The rest is in its sources below${showsPassages ? " and behind “Show passages”" : ""}._`;
}

/** The answer's sentences with their `[n]` markers linked: safe mrkdwn, one section per piece. */
function bodySections(text: string, citations: Citation[]): KnownBlock[] {
  const body = linkMarkers(safeText(text), citations);
  if (!body.trim()) return [section(EMPTY_ANSWER_TEXT)];
  return splitText(body, SLACK_LIMITS.sectionText).map(section);
}

/**
 * An Answer as Slack messages: the first is the answer's head, the last carries its sources and
 * buttons. At most `maxMessages` of them: a longer answer keeps as much of its text as fits and
 * says where the rest is (its sources, "Show passages"), so a degenerate answer cannot flood a
 * thread.
 */
export function renderAnswerMessages(
  answer: Answer,
  opts: RenderAnswerOptions = {},
  maxMessages = MAX_ANSWER_MESSAGES,
): SlackMessage[] {
  const head: KnownBlock[] = opts.showQuestion
    ? [section(`*Q:* ${safeText(answer.question)}`)]
    : [];
  // Said before the answer: an answer to a misread question is known as such before it is read.
  const note = readAsNote(answer.corrections);
  if (note) head.push(contextBlock(`_${safeText(note)}_`));
  const body = bodySections(answer.text, answer.citations);
  const tail: KnownBlock[] = [];
  if (answer.coverage === "none") {
    const closest = answer.closestSources
      .slice(0, 5)
      .map((s) => `• ${link(s.url, s.title)}`)
      .join("\n");
    if (closest) tail.push(section(`*Closest sources:*\n${closest}`));
  } else if (answer.citations.length) {
    tail.push(contextBlock(renderSources(answer.citations, opts.maxSources ?? 8)));
  }
  const label = modeLabel(answer);
  if (label) tail.push(contextBlock(label));
  if (opts.askedBy) tail.push(contextBlock(`Asked by ${askerMention(opts.askedBy)} with /wcit`));
  const interactive = Boolean(opts.interactive && opts.questionId !== undefined);
  if (interactive) tail.push(...feedbackBlocks(answer, opts, opts.questionId as number));

  const fallback = answerFallbackText(answer);
  const whole = fitMessage([...head, ...body, ...tail], fallback);
  if (whole.length <= Math.max(1, maxMessages)) return whole;
  const shortened = contextBlock(shortenedNote(interactive && answer.passages.length > 0));
  // Fewer body sections until the whole fits; a section holds at most 3,000 of a message's
  // ~13,000 characters, so start from what could fit rather than from the whole answer.
  const perMessage = Math.floor(SLACK_LIMITS.messageChars / SLACK_LIMITS.sectionText);
  for (let kept = Math.min(body.length - 1, maxMessages * perMessage); kept > 0; kept--) {
    const messages = fitMessage([...head, ...body.slice(0, kept), shortened, ...tail], fallback);
    if (messages.length <= maxMessages) return messages;
  }
  return fitMessage([...head, shortened, ...tail], fallback).slice(0, Math.max(1, maxMessages));
}

/** The plain `text` of an answer: what notifications and screen readers get. */
function answerFallbackText(answer: Answer): string {
  // Slack parses the top-level text as mrkdwn too, so it gets the same escaping as the blocks.
  const body = answer.text.trim() ? safeText(answer.text) : "No answer text came back.";
  const note = readAsNote(answer.corrections);
  const text = note ? `${safeText(note)}\n${body}` : body;
  if (answer.coverage === "none") return `Not covered by the corpus. ${text}`;
  const sources = answer.citations.map((c) => `[${c.n}] ${safeText(citationLabel(c))}`).join("; ");
  return sources ? `${text}\nSources: ${sources}` : text;
}

/** An Answer as one message's `{ text, blocks }` (an ephemeral reply, a shared answer). */
export function renderAnswer(answer: Answer, opts: RenderAnswerOptions = {}): SlackMessage {
  return renderAnswerMessages(answer, opts, 1)[0] as SlackMessage;
}

/**
 * The verified part of an answer while the rest is still being checked: the same safe body as the
 * final answer (sentences that passed citation verification, never a draft), in one message.
 */
export function renderVerifiedSoFar(
  text: string,
  citations: Citation[],
  status: string,
): SlackMessage {
  const [first] = fitMessage(
    [contextBlock(status), ...bodySections(text, citations)],
    `${safeText(text)}\n${status}`,
  );
  return first as SlackMessage;
}
