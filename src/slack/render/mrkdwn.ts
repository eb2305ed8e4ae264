// mrkdwn safety: everything that comes from the corpus, a model or a user is escaped and has its
// mentions defanged before it reaches Slack, so no passage can ping a channel. Links are made here
// and only here.
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

/** Untrusted text (passages, model output, questions) made safe for mrkdwn. */
export function safeText(text: string): string {
  return escapeMrkdwn(defangMentions(text));
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
