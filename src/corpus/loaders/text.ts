// Plain text: paragraphs are separated by blank lines; a short first line without closing
// punctuation is the title.

import type { SourceRef } from "../../types.ts";
import type { RawBlock } from "../normalize.ts";
import { LoadError, type LoadedFile } from "./types.ts";

export function decodeUtf8(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new LoadError("binary content, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new LoadError("not valid UTF-8 text", { cause });
  }
}

/** Splits text into paragraphs at blank lines, keeping the line breaks inside each one. */
function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== "");
}

const LINK_LINE = /^[ \t]*\[(\d{1,3})\][ \t]*<?(https?:\/\/[^\s>]+)>?[ \t]*$/gm;

/**
 * Web pages saved as text often end with a numbered list of their links (`[2] https://…`) that
 * the body cites as `[2]`: those become the document's sources, titled by the linked words.
 */
function linkListSources(text: string): SourceRef[] {
  const sources: SourceRef[] = [];
  for (const m of text.matchAll(LINK_LINE)) {
    const n = Number(m[1]);
    const url = m[2] ?? "";
    if (sources.some((s) => s.n === n)) continue;
    const anchor = new RegExp(`\\[([^\\]\\n]{3,200})\\]\\([^)\\s]*\\)\\s*\\[${n}\\]`).exec(text);
    sources.push({ n, title: anchor?.[1]?.trim() ?? url, url });
  }
  return sources.sort((a, b) => a.n - b.n);
}

/** `[words](target)` → `words`: link targets in plain text are markup, not prose. */
function dropLinkTargets(text: string): string {
  return text.replace(/\[([^\]\n]+)\]\((?:[^()\s]|\([^)\s]*\))*\)/g, "$1");
}

export function loadText(bytes: Uint8Array): LoadedFile {
  const raw = decodeUtf8(bytes);
  const sources = linkListSources(raw);
  // The link list is carried as sources; left in the text it would look like a passage citing them all.
  const body = sources.length
    ? raw.replace(LINK_LINE, "").replace(/^[ \t]*Links:[ \t]*$/gm, "")
    : raw;
  const paragraphs = splitParagraphs(body);
  const blocks: RawBlock[] = paragraphs.map((text) => ({ text: dropLinkTargets(text) }));
  const first = paragraphs[0]?.trim();
  const file: LoadedFile = { kind: "text", blocks, sources };
  if (first && !first.includes("\n") && first.length <= 150 && !/[.!?:;,]$/.test(first)) {
    file.title = first;
  }
  return file;
}
