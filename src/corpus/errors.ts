// Errors of the corpus layer that reach a person: each message says what is wrong and what to do.
import { WcitError } from "../errors.ts";

/** The corpus as a whole cannot be ingested (missing or empty folder, unreadable manifest, failed write). */
export class CorpusError extends WcitError {
  constructor(
    message: string,
    options?: { cause?: unknown },
    code: "corpus_invalid" | "corpus_manifest_invalid" = "corpus_invalid",
  ) {
    super(code, message, options);
  }
}

export const HOW_TO_ADD_DOCUMENTS =
  "Add documents (PDF, Markdown, HTML or plain text) to it and describe them in sources.json; see corpus/README.md.";
