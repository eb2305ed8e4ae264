// Plain text: paragraphs are separated by blank lines; a short first line without closing
// punctuation is the title.

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
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== "");
}

export function loadText(bytes: Uint8Array): LoadedFile {
  const paragraphs = splitParagraphs(decodeUtf8(bytes));
  const blocks: RawBlock[] = paragraphs.map((text) => ({ text }));
  const first = paragraphs[0]?.trim();
  const file: LoadedFile = { kind: "text", blocks, sources: [] };
  if (first && !first.includes("\n") && first.length <= 150 && !/[.!?:;,]$/.test(first)) {
    file.title = first;
  }
  return file;
}
