// Rewrite policy: a follow-up ("what did Russia say about that?") becomes a standalone question
// for retrieval. Any failure keeps the question as asked: a worse search, never a lost answer.
import type { Logger } from "../log.ts";
import type { Turn } from "../types.ts";
import type { Complete } from "./llm-fallbacks.ts";
import { describeOpenAIError } from "./openai.ts";
import { type Prompts, renderHistory, renderPrompt } from "./prompts.ts";

export function createRewriter(deps: {
  complete: Complete;
  prompts: Prompts;
  model: string;
  log: Logger;
}) {
  const { complete, prompts, model, log } = deps;
  return async function rewriteQuestion(
    question: string,
    history: Turn[],
    signal?: AbortSignal,
  ): Promise<string> {
    if (history.length === 0) return question;
    const messages = renderPrompt(prompts.rewrite, {
      question,
      history: renderHistory(history),
    });
    try {
      const { content } = await complete(messages, {
        structured: false,
        temperature: 0,
        ...(signal ? { signal } : {}),
      });
      const line =
        content
          .split(/\r?\n/)
          .map((l) => l.trim())
          .find(Boolean) ?? "";
      const rewritten = line
        .replace(/^(standalone question|question|rewritten question)\s*:\s*/i, "")
        .replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, "")
        .trim();
      // A reply that is empty or rambles is not a question; the original is the safer query.
      if (rewritten === "" || rewritten.length > question.length * 4 + 300) return question;
      log.debug({ question, rewritten }, "follow-up rewritten");
      return rewritten;
    } catch (err) {
      const failure = describeOpenAIError(err, { model });
      log.warn({ kind: failure.kind }, `rewriting the follow-up failed: ${failure.logMessage}`);
      return question;
    }
  };
}
