// What the bot says when someone opens a conversation with it, in either messaging experience:
// the greeting and the suggested prompts (questions the corpus answers well, from the engine).
import type { AnswerEngine } from "../../../types.ts";
import { truncate } from "../../render/blocks.ts";

export const GREETING =
  "Hi! I answer questions about the WCIT-12 treaty talks from our corpus, and cite every claim. What would you like to know?";

export const PROMPTS_TITLE = "Questions the corpus answers well";

/** `assistant.threads.setSuggestedPrompts` takes up to four prompts. */
const MAX_PROMPTS = 4;
const PROMPT_TITLE_CHARS = 75;

export function suggestedPrompts(engine: AnswerEngine): { title: string; message: string }[] {
  return engine
    .suggestedQuestions()
    .slice(0, MAX_PROMPTS)
    .map((q) => ({ title: truncate(q, PROMPT_TITLE_CHARS), message: q }));
}
