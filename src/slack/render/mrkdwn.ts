// mrkdwn safety: everything that comes from the corpus, a model or a user is escaped, has its
// mentions defanged and its URLs made inert before it reaches Slack, so no passage can ping a
// channel and the only links in a message are the ones made here, by `link()`: the citations'.
import type { Citation } from "../../types.ts";

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

/**
 * C0 and C1 control characters (tab and newline kept) and the bidirectional overrides, which can
 * make a line read differently from what it says. Nothing a reader needs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

/** A host name: dot-separated labels ending in a label that starts with a letter (`evil.example`). */
const HOST =
  /(?<![\p{L}\p{N}_-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]/gu;

/**
 * Makes URLs, bare domains and e-mail addresses in untrusted text inert: `https://evil.example/x`
 * becomes `https[:]//evil[.]example/x`, which Slack no longer turns into a link (its automatic
 * parsing links what looks like a URL or a domain:
 * https://docs.slack.dev/messaging/formatting-message-text#automatic-parsing). Readable, and
 * visibly not a link. Idempotent.
 */
export function inertUrls(text: string): string {
  return (
    text
      // Every scheme separator (`https://`, `slack://`, glued to a word or not).
      .replace(/:\/\//g, "[:]//")
      .replace(HOST, (host) => host.replace(/\./g, "[.]"))
  );
}

/**
 * Untrusted text (passages, model output, questions, titles) made safe for mrkdwn: no control
 * characters, no live mention or broadcast, no live link, and `&`, `<`, `>` escaped.
 */
export function safeText(text: string): string {
  return escapeMrkdwn(inertUrls(defangMentions(stripControlChars(text))));
}

/**
 * Untrusted text for a plain-text field Slack may or may not parse (an assistant thread's title):
 * as `safeText`, but `<` and `>` become look-alikes rather than entities (a plain-text field would
 * show `&lt;` as it is), on one line, at most `max` characters.
 */
export function safeTitle(text: string, max = 60): string {
  const flat = inertUrls(defangMentions(stripControlChars(text)))
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
