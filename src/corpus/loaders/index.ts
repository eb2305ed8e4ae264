// Picks the loader for a file by its extension and turns every failure into a LoadError with a
// reason a person can act on.
import path from "node:path";
import type { DocumentKind } from "../../types.ts";
import { loadHtml } from "./html.ts";
import { loadMarkdown } from "./markdown.ts";
import { loadPdf } from "./pdf.ts";
import { loadText } from "./text.ts";
import { LoadError, type LoadedFile } from "./types.ts";

export { LoadError, type LoadedFile } from "./types.ts";

const KINDS: Record<string, DocumentKind> = {
  ".pdf": "pdf",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".txt": "text",
  ".text": "text",
};

const SUPPORTED_EXTENSIONS = Object.keys(KINDS);

function kindOf(file: string): DocumentKind | undefined {
  return KINDS[path.extname(file).toLowerCase()];
}

/** Loads one file's bytes; throws LoadError (never anything else) when it cannot be a document. */
export async function loadFile(file: string, bytes: Uint8Array): Promise<LoadedFile> {
  const kind = kindOf(file);
  if (!kind) {
    const ext = path.extname(file) || "(no extension)";
    throw new LoadError(`unsupported file type ${ext}: use ${SUPPORTED_EXTENSIONS.join(", ")}`);
  }
  if (bytes.length === 0) throw new LoadError("empty file");
  let loaded: LoadedFile;
  try {
    switch (kind) {
      case "pdf":
        loaded = await loadPdf(bytes);
        break;
      case "markdown":
        loaded = loadMarkdown(bytes);
        break;
      case "html":
        loaded = loadHtml(bytes);
        break;
      case "text":
        loaded = loadText(bytes);
        break;
    }
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw new LoadError(`cannot be read: ${(err as Error).message ?? String(err)}`, { cause: err });
  }
  if (!loaded.blocks.some((b) => b.heading === undefined && b.text.trim() !== "")) {
    throw new LoadError("no text found in the file");
  }
  return loaded;
}
