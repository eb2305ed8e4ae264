// What every loader returns: the file's structure as raw blocks plus whatever metadata the file
// itself carries (used when sources.json does not describe it).
import { WcitError } from "../../errors.ts";
import type { DocumentKind, SourceRef } from "../../types.ts";
import type { RawBlock } from "../normalize.ts";

export interface LoadedFile {
  kind: DocumentKind;
  blocks: RawBlock[];
  title?: string;
  author?: string;
  date?: string;
  /** Primary sources from a briefing note's front matter, numbered from 1. */
  sources: SourceRef[];
  /** PDF page count. */
  pages?: number;
}

/** A file that cannot become a document; `reason` is what ingest reports next to the path. */
export class LoadError extends WcitError {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super("document_unreadable", reason, options);
  }
}
