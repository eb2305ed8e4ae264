// Markdown with optional YAML front matter. Headings become section paths; a paragraph opening
// with a bold lead (`**The compromise.**`) carries that lead as a sub-section label. Inline markup
// is dropped from the text so quotes match what a reader sees.
import { parse as parseYaml } from "yaml";
import type { SourceRef } from "../../types.ts";
import type { RawBlock } from "../normalize.ts";
import { decodeUtf8 } from "./text.ts";
import { LoadError, type LoadedFile } from "./types.ts";

interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
}

function splitFrontMatter(text: string): FrontMatter {
  const src = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  if (!src.startsWith("---\n")) return { data: {}, body: src };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = src.slice(4);
  const match = close.exec(rest);
  if (!match) return { data: {}, body: src };
  const yamlText = rest.slice(0, match.index);
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (cause) {
    throw new LoadError(
      `front matter is not valid YAML (${(cause as Error).message.split("\n")[0]})`,
      {
        cause,
      },
    );
  }
  const body = rest.slice(match.index + match[0].length).replace(/^\n/, "");
  if (data === null || data === undefined) return { data: {}, body };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new LoadError("front matter must be a YAML mapping (key: value lines)");
  }
  return { data: data as Record<string, unknown>, body };
}

/** Drops inline Markdown markup, keeping the words: links keep their text, emphasis its content. */
function stripInlineMarkdown(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

const BOLD_LEAD = /^\s*(\*\*|__)(?=\S)(.+?\S)\1/;

function toBlock(lines: string[]): RawBlock | undefined {
  const raw = lines.join("\n");
  if (raw.trim() === "") return undefined;
  const lead = BOLD_LEAD.exec(raw);
  const block: RawBlock = { text: stripInlineMarkdown(raw) };
  if (lead?.[2]) {
    const label = stripInlineMarkdown(lead[2])
      .trim()
      .replace(/[.:;,\s]+$/, "");
    if (label) block.label = label;
  }
  return block;
}

/** Splits a Markdown body into heading and paragraph blocks. */
function markdownBlocks(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    const block = toBlock(current);
    if (block) blocks.push(block);
    current = [];
  };
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (
        i++;
        i < lines.length && !(lines[i] ?? "").trimStart().startsWith(fence[1] ?? "```");
        i++
      ) {
        code.push(lines[i] ?? "");
      }
      if (code.join("").trim()) blocks.push({ text: code.join("\n") });
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      flush();
      const text = stripInlineMarkdown(atx[2] ?? "");
      if (text.trim()) blocks.push({ text, heading: (atx[1] ?? "#").length });
      continue;
    }
    const next = lines[i + 1] ?? "";
    if (current.length === 0 && line.trim() && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      blocks.push({
        text: stripInlineMarkdown(line),
        heading: next.trim().startsWith("=") ? 1 : 2,
      });
      i++;
      continue;
    }
    if (line.trim() === "" || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const quoted = line.replace(/^\s{0,3}>\s?/, "");
    if (/^\s*([-*+]|\d+[.)])\s+/.test(quoted) && current.length > 0) flush();
    current.push(quoted.replace(/^\s*([-*+]|\d+[.)])\s+/, ""));
  }
  flush();
  return blocks;
}

function optionalString(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim()) return value.trim();
  if (typeof value === "number") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === "string" && v.trim() !== "");
    return parts.length ? parts.join(", ") : undefined;
  }
  return undefined;
}

/** Front matter `sources` (titles with optional urls, or bare strings) numbered as `[n]` cites them. */
function frontMatterSources(value: unknown): SourceRef[] {
  if (!Array.isArray(value)) return [];
  return value.map((item, index) => {
    const ref: SourceRef = { n: index + 1, title: `Source ${index + 1}` };
    if (typeof item === "string") {
      if (/^https?:\/\//.test(item)) ref.url = item;
      else ref.title = item;
    } else if (item && typeof item === "object") {
      const rec = item as Record<string, unknown>;
      const title = optionalString(rec.title);
      const url = optionalString(rec.url);
      if (title) ref.title = title;
      if (url) ref.url = url;
    }
    return ref;
  });
}

export function loadMarkdown(bytes: Uint8Array): LoadedFile {
  const { data, body } = splitFrontMatter(decodeUtf8(bytes));
  const blocks = markdownBlocks(body);
  const file: LoadedFile = { kind: "markdown", blocks, sources: frontMatterSources(data.sources) };
  const title = optionalString(data.title) ?? blocks.find((b) => b.heading !== undefined)?.text;
  const author = optionalString(data.author) ?? optionalString(data.authors);
  const date = optionalString(data.date) ?? optionalString(data.date_written);
  if (title) file.title = title.trim();
  if (author) file.author = author;
  if (date) file.date = date;
  return file;
}
