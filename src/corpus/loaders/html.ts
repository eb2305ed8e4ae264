// HTML: the main text (the <main> or <article> element when there is one, else <body>), headings
// kept as section headings, and page furniture (scripts, styles, navigation, headers, footers,
// forms) dropped.
import { type HTMLElement, NodeType, parse } from "node-html-parser";
import type { RawBlock } from "../normalize.ts";
import { decodeUtf8 } from "./text.ts";
import type { LoadedFile } from "./types.ts";

const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "svg",
  "iframe",
  "select",
  "head",
]);

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements whose text is one paragraph of their own. */
const PARAGRAPHS = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "figcaption",
  "caption",
  "td",
  "th",
  "address",
]);

/** Containers whose children are walked; inline text directly inside them forms paragraphs. */
function walk(el: HTMLElement, blocks: RawBlock[], inline: string[]): void {
  const flushInline = () => {
    const text = inline.join("");
    if (text.trim()) blocks.push({ text });
    inline.length = 0;
  };
  for (const node of el.childNodes) {
    if (node.nodeType === NodeType.TEXT_NODE) {
      inline.push(node.text);
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue;
    const child = node as HTMLElement;
    const tag = child.rawTagName?.toLowerCase() ?? "";
    if (DROPPED.has(tag) || child.getAttribute("hidden") !== undefined) continue;
    if (child.getAttribute("aria-hidden") === "true") continue;
    const level = HEADINGS[tag];
    if (level !== undefined) {
      flushInline();
      blocks.push({ text: child.text, heading: level });
    } else if (PARAGRAPHS.has(tag) && !hasBlockChildren(child)) {
      flushInline();
      blocks.push(paragraphBlock(child));
    } else if (tag === "br") {
      inline.push("\n");
    } else if (isInline(tag)) {
      inline.push(child.text);
    } else {
      flushInline();
      walk(child, blocks, []);
    }
  }
  flushInline();
}

const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
]);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

function hasBlockChildren(el: HTMLElement): boolean {
  return el.childNodes.some((n) => {
    if (n.nodeType !== NodeType.ELEMENT_NODE) return false;
    const tag = (n as HTMLElement).rawTagName?.toLowerCase() ?? "";
    return !isInline(tag) && tag !== "br";
  });
}

/** A paragraph whose first child is <strong>/<b> ending in a stop is labelled by that lead. */
function paragraphBlock(el: HTMLElement): RawBlock {
  const block: RawBlock = { text: el.text };
  const first = el.childNodes.find((n) => n.text.trim() !== "");
  if (first && first.nodeType === NodeType.ELEMENT_NODE) {
    const tag = (first as HTMLElement).rawTagName?.toLowerCase();
    const lead = first.text.trim();
    if ((tag === "strong" || tag === "b") && /[.:]$/.test(lead) && lead.length <= 120) {
      block.label = lead.replace(/[.:\s]+$/, "");
    }
  }
  return block;
}

/**
 * Comments as a browser reads them, before node-html-parser sees the text: a `<!--` that is never
 * closed runs to the end of the file, hiding everything after it (the parser would keep that
 * text), and `<!-->` or `<!--->` is a complete empty comment (the parser would run it on to the
 * next `-->`). Script and style contents are raw text, where `<!--` opens nothing.
 */
export function withBrowserComments(html: string): string {
  const opener = /<!--|<(script|style)\b/gi;
  let out = "";
  let copied = 0;
  for (let m = opener.exec(html); m; m = opener.exec(html)) {
    if (m[1]) {
      const close = html.toLowerCase().indexOf(`</${m[1].toLowerCase()}`, opener.lastIndex);
      if (close < 0) break;
      opener.lastIndex = close;
      continue;
    }
    const rest = m.index + 4;
    const abrupt = html.startsWith(">", rest) ? 1 : html.startsWith("->", rest) ? 2 : 0;
    if (abrupt) {
      out += html.slice(copied, m.index);
      copied = rest + abrupt;
      opener.lastIndex = copied;
      continue;
    }
    const end = html.indexOf("-->", rest);
    if (end < 0) return out + html.slice(copied, m.index);
    opener.lastIndex = end + 3;
  }
  return out + html.slice(copied);
}

export function loadHtml(bytes: Uint8Array): LoadedFile {
  const root = parse(withBrowserComments(decodeUtf8(bytes)), {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const main =
    root.querySelector("main") ??
    root.querySelector("article") ??
    root.querySelector("body") ??
    root;
  const blocks: RawBlock[] = [];
  walk(main, blocks, []);
  const file: LoadedFile = { kind: "html", blocks, sources: [] };
  const title =
    root.querySelector("title")?.text.trim() || root.querySelector("h1")?.text.trim() || undefined;
  if (title) file.title = title.replace(/\s+/g, " ");
  const author = root.querySelector('meta[name="author"]')?.getAttribute("content")?.trim();
  if (author) file.author = author;
  return file;
}
