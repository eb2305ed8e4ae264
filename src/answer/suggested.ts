// Suggested prompts: a corpus setting (corpus/suggested-questions.json), because which questions a
// corpus answers well depends on the corpus. Optional: without the file the engine offers its
// defaults. The evaluation set flags the same questions `suggested` so that they stay measured.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { WcitError } from "../errors.ts";
import { readJsonFile } from "../json-file.ts";
import { MAX_QUESTION_LENGTH } from "./limits.ts";

const SUGGESTED_QUESTIONS_FILE = "suggested-questions.json";

/**
 * Questions the starter corpus answers with full coverage (checked by tests/answer/e2e.test.ts);
 * a composition root with another corpus passes its own `suggested`.
 */
export const DEFAULT_SUGGESTED_QUESTIONS = [
  "Why is the ITU ill-suited to regulate cybersecurity?",
  "What does Article 5A of the 2012 ITRs say about security?",
  "Why did the United States refuse to sign the 2012 ITRs?",
  "How many countries signed the revised ITRs in Dubai?",
];

const SuggestedQuestionsSchema = z
  .object({
    description: z.string().optional(),
    questions: z
      .array(
        z.string().trim().min(10, "a question of at least 10 characters").max(MAX_QUESTION_LENGTH),
      )
      .min(1, "list at least one question")
      .max(20, "list at most 20 questions (Slack shows a few)")
      .refine((qs) => new Set(qs).size === qs.length, "questions must not repeat"),
  })
  .strict();

export class SuggestedQuestionsError extends WcitError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super("suggested_questions_invalid", message);
  }
}

/** Validates parsed JSON; the error names the file and each problem. */
export function parseSuggestedQuestions(data: unknown, file = SUGGESTED_QUESTIONS_FILE): string[] {
  const parsed = SuggestedQuestionsSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`)
      .join("\n");
    throw new SuggestedQuestionsError(
      `Suggested questions in ${file} are malformed:\n${problems}`,
      file,
    );
  }
  return parsed.data.questions;
}

/** The corpus's suggested questions, or undefined when it has none (the file is optional). */
export function loadSuggestedQuestions(corpusDir: string): string[] | undefined {
  const file = path.join(corpusDir, SUGGESTED_QUESTIONS_FILE);
  if (!fs.existsSync(file)) return undefined;
  const read = readJsonFile(file);
  if (!read.ok) {
    throw new SuggestedQuestionsError(
      `Cannot read suggested questions at ${file}: ${read.reason}`,
      file,
    );
  }
  return parseSuggestedQuestions(read.value, file);
}
