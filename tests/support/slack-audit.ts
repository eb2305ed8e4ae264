// Audits what the bot would post (text and blocks) the way Slack would read it: which links and
// mentions are live, and whether Block Kit would accept the message at all. Shared by the render
// property tests, the Slack integration tests and the fuzz script.
import { findLinks, inertText, type LinkSpan } from "../../src/text.ts";

export interface AuditedMessage {
  text?: unknown;
  blocks?: unknown;
}

/** Everything Slack parses as mrkdwn in a message: the fallback text and every text object. */
function mrkdwnTexts(message: AuditedMessage): string[] {
  const out: string[] = [];
  if (typeof message.text === "string") out.push(message.text);
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (o.type === "mrkdwn" && typeof o.text === "string") out.push(o.text);
    if (o.type === "markdown_text" && typeof o.text === "string") out.push(o.text);
    if (o.type === "markdown" && typeof o.text === "string") out.push(o.text);
    for (const v of Object.values(o)) if (typeof v === "object") visit(v);
  };
  visit(message.blocks);
  return out;
}

/** `<url|label>` and `<url>` links written in mrkdwn: their URLs. */
function explicitLinks(text: string): string[] {
  return [...text.matchAll(/<((?:https?|mailto|ftp|slack):[^|<>]*)(?:\|[^<>]*)?>/gi)].map((m) =>
    (m[1] as string).replace(/&amp;/g, "&"),
  );
}

/**
 * Links, addresses, mentions and broadcasts Slack would make live in `text` (src/text.ts's one
 * definition of them), explicit `<url|label>` links aside: a span counts when showing it inert would
 * change it (`hxxps://evil[.]example` and `[@]channel` are already inert).
 */
export function liveSpans(text: string): LinkSpan[] {
  const plain = text.replace(/<(?:https?|mailto|ftp|slack):[^<>]*>/gi, " ");
  return findLinks(plain).filter((span) => inertText(span.text) !== span.text);
}

/** A live mention or broadcast in plain text, if any (`<!channel>`, `<@U1>`, `@here`…). */
export function liveMention(text: string): string | undefined {
  return liveSpans(text).find((s) => s.kind === "markup" || s.kind === "broadcast")?.text;
}

export interface LinkAudit {
  /** URLs of explicit links, in order. */
  links: string[];
  /** Live mentions found, if any. */
  mentions: string[];
  /** Links, host names or addresses in plain text that Slack would make live, if any. */
  autoLinks: string[];
}

export function auditLinks(message: AuditedMessage): LinkAudit {
  const audit: LinkAudit = { links: [], mentions: [], autoLinks: [] };
  for (const text of mrkdwnTexts(message)) {
    audit.links.push(...explicitLinks(text));
    for (const span of liveSpans(text)) {
      if (span.kind === "markup" || span.kind === "broadcast") audit.mentions.push(span.text);
      else audit.autoLinks.push(span.text);
    }
  }
  return audit;
}

/** Block Kit limits our messages must respect; a list of what is wrong, empty when all is well. */
export function blockKitProblems(message: AuditedMessage): string[] {
  const problems: string[] = [];
  const text = typeof message.text === "string" ? message.text : "";
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Record<string, unknown>[]) : [];
  if (!text.trim() && blocks.length === 0) problems.push("neither text nor blocks");
  if (text.length > 3_000) problems.push(`fallback text of ${text.length} characters`);
  if (blocks.length > 50) problems.push(`${blocks.length} blocks`);
  const textObject = (t: unknown, where: string, max: number) => {
    const s = (t as { text?: unknown } | undefined)?.text;
    if (typeof s !== "string" || s.length < 1 || s.length > max) {
      problems.push(`${where}: text of ${typeof s === "string" ? s.length : "no"} characters`);
    }
  };
  blocks.forEach((b, i) => {
    if (b.type === "section") {
      if (b.text !== undefined || !b.fields) textObject(b.text, `section ${i}`, 3_000);
    } else if (b.type === "context") {
      const elements = Array.isArray(b.elements) ? b.elements : [];
      if (elements.length < 1 || elements.length > 10)
        problems.push(`context ${i}: ${elements.length} elements`);
      elements.forEach((e, j) => {
        if ((e as { type?: string }).type === "mrkdwn") textObject(e, `context ${i}.${j}`, 3_000);
      });
    } else if (b.type === "header") {
      textObject(b.text, `header ${i}`, 150);
    } else if (b.type === "actions") {
      const elements = Array.isArray(b.elements) ? b.elements : [];
      if (elements.length < 1 || elements.length > 25)
        problems.push(`actions ${i}: ${elements.length} elements`);
    }
  });
  return problems;
}
