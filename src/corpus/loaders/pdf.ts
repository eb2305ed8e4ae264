// PDF through pdfjs-dist's legacy build (the one meant for Node; no worker needed). Text is read
// per page so every paragraph knows its page; items are joined into lines by their positions and
// `hasEOL`, lines into paragraphs by the vertical gaps between them.
import type { RawBlock } from "../normalize.ts";
import { LoadError, type LoadedFile } from "./types.ts";

interface PositionedItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

function isTextItem(item: unknown): item is PositionedItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** Groups a page's text items into lines, inserting spaces where items sit apart. */
export function itemsToLines(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let y = 0;
  let size = 0;
  let lastEnd = 0;
  const push = () => {
    if (text.trim()) lines.push({ text, y, size });
    text = "";
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, itemY = 0] = item.transform;
    const itemSize = Math.max(Math.hypot(c, d), Math.hypot(a, b), item.height, 1);
    if (item.str !== "") {
      if (text !== "" && Math.abs(itemY - y) > itemSize * 0.5) push();
      if (text === "") {
        y = itemY;
        size = itemSize;
      } else if (x - lastEnd > itemSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) {
        text += " ";
      }
      text += item.str;
      lastEnd = x + item.width;
    }
    if (item.hasEOL) push();
  }
  push();
  return lines;
}

/** Lines whose vertical gap is well over one line height start a new paragraph. */
export function linesToParagraphs(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous) {
      const gap = Math.abs(previous.y - line.y);
      const lineHeight = Math.max(previous.size, line.size);
      if (gap > lineHeight * 1.75 || line.y > previous.y + lineHeight * 0.5) {
        paragraphs.push(current.join("\n"));
        current = [];
      }
    }
    current.push(line.text);
    previous = line;
  }
  if (current.length) paragraphs.push(current.join("\n"));
  return paragraphs;
}

function pdfDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

function describePdfError(err: unknown): LoadError {
  const e = err as { name?: string; message?: string; code?: number };
  if (e.name === "PasswordException") {
    return new LoadError("encrypted PDF: it needs a password; save an unprotected copy", {
      cause: err,
    });
  }
  if (e.name === "InvalidPDFException") {
    return new LoadError(`corrupt PDF: ${e.message ?? "invalid structure"}`, { cause: err });
  }
  return new LoadError(`unreadable PDF: ${e.message ?? String(err)}`, { cause: err });
}

export async function loadPdf(bytes: Uint8Array): Promise<LoadedFile> {
  // Loaded on first use: pdfjs is large, and most commands never read a PDF.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs may take ownership of the buffer it is given; hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      throw describePdfError(err);
    }
    const blocks: RawBlock[] = [];
    let hasText = false;
    for (let page = 1; page <= doc.numPages; page++) {
      let items: unknown[];
      try {
        items = (await (await doc.getPage(page)).getTextContent()).items;
      } catch (err) {
        throw new LoadError(`unreadable PDF page ${page}: ${(err as Error).message}`, {
          cause: err,
        });
      }
      for (const text of linesToParagraphs(itemsToLines(items))) {
        if (text.trim()) hasText = true;
        blocks.push({ text, page });
      }
    }
    if (!hasText) throw new LoadError("no text layer (scanned PDF?): run OCR on it first");
    const file: LoadedFile = { kind: "pdf", blocks, sources: [], pages: doc.numPages };
    try {
      const { info } = (await doc.getMetadata()) as unknown as { info?: Record<string, unknown> };
      const title = typeof info?.Title === "string" ? info.Title.trim() : "";
      const author = typeof info?.Author === "string" ? info.Author.trim() : "";
      const date = pdfDate(info?.CreationDate);
      if (title) file.title = title;
      if (author) file.author = author;
      if (date) file.date = date;
    } catch {
      // Metadata is a nicety; the text is what matters.
    }
    return file;
  } finally {
    await task.destroy();
  }
}
