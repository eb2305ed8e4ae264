// The check every surface makes of a question (or search terms) before the engine reads it: not
// empty, and within the one question-length limit.
import { WcitError } from "../errors.ts";
import { MAX_QUESTION_LENGTH } from "./limits.ts";

/** A question the engine will not try to answer; the message is for the user. */
export class InvalidQuestionError extends WcitError {
  constructor(message: string) {
    super("question_invalid", message);
  }
}

/**
 * Checks a question (or search terms) and returns it trimmed; throws InvalidQuestionError with a
 * message for the user. The one place the length limit is enforced, for every surface.
 */
export function validateQuestion(
  question: string,
  what: "question" | "search" = "question",
): string {
  const trimmed = question.trim();
  if (trimmed === "") {
    throw new InvalidQuestionError(
      what === "question"
        ? 'Ask a question about WCIT-12 and the ITRs, e.g. "Why is the ITU ill-suited to regulate cybersecurity?"'
        : 'Give some search terms, e.g. "Article 5A security".',
    );
  }
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new InvalidQuestionError(
      `The ${what} is ${trimmed.length.toLocaleString("en-US")} characters long; the limit is ${MAX_QUESTION_LENGTH.toLocaleString("en-US")}. ${what === "question" ? "Ask something shorter." : "Use fewer terms."}`,
    );
  }
  return trimmed;
}
