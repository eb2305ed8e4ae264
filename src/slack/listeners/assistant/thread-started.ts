// A new assistant thread: a greeting and suggested prompts the corpus answers well.
import type { AssistantThreadStartedMiddleware } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { truncate } from "../../render.ts";

export const GREETING =
  "Hi! I answer questions about the WCIT-12 treaty talks from our corpus, and cite every claim. What would you like to know?";

export function threadStartedListener(s: SlackServices): AssistantThreadStartedMiddleware {
  return async ({ say, setSuggestedPrompts, saveThreadContext, context }) => {
    const log = requestLog(context, s.log);
    await say(GREETING);
    await saveThreadContext().catch((err: unknown) =>
      log.warn({ err }, "saving thread context failed"),
    );
    const prompts = s.engine
      .suggestedQuestions()
      .slice(0, 4)
      .map((q) => ({ title: truncate(q, 75), message: q }));
    if (prompts.length) {
      await setSuggestedPrompts({ title: "Questions the corpus answers well", prompts });
    }
    log.info({ outcome: "thread_started", prompts: prompts.length }, "assistant thread started");
  };
}
