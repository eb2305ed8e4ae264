// mrkdwn safety: everything that comes from the corpus, a model or a user has its mentions, links
// and addresses made inert (src/text.ts, the one definition of those) and is escaped before it
// reaches Slack, so no passage can ping a channel and the only links in a message are the ones
// made here, by `link()`: the citations'.
import { inertText } from "../../text.ts";
import type { Citation } from "../../types.ts";

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * C0 and C1 control characters (tab and newline kept) and the bidirectional overrides, which can
 * make a line read differently from what it says. Nothing a reader needs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

/**
 * Untrusted text (passages, model output, questions, titles) made safe for mrkdwn: no control
 * characters, no live mention or broadcast, no live link, and `&`, `<`, `>` escaped.
 */
export function safeText(text: string): string {
  return escapeMrkdwn(inertText(stripControlChars(text)));
}

/**
 * Untrusted text for a plain-text field Slack may or may not parse (an assistant thread's title):
 * as `safeText`, but `<` and `>` become look-alikes rather than entities (a plain-text field would
 * show `&lt;` as it is), on one line, at most `max` characters.
 */
export function safeTitle(text: string, max = 60): string {
  const flat = inertText(stripControlChars(text))
    .replace(/</g, "‹")
    .replace(/>/g, "›")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

/**
 * Untrusted text for a `markdown_text` stream (standard Markdown, not mrkdwn): `safeText`, and a
 * `](` that would open a Markdown link is broken apart.
 */
export function safeMarkdown(text: string): string {
  return safeText(text).replace(/\]\(/g, "]\u200b(");
}

/** True for a URL we are willing to put inside `<…|…>`: http(s), no characters that end the link. */
export function isLinkableUrl(url: string | undefined): url is string {
  return Boolean(url && url.length <= 1_000 && /^https?:\/\/[^\s<>|]+$/.test(url));
}

/** A mrkdwn link; the label is made safe, and a URL Slack could misparse is dropped (label only). */
export function link(url: string | undefined, label: string): string {
  const safeLabel = safeText(label).replace(/\|/g, "¦");
  if (!isLinkableUrl(url)) return safeLabel;
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
