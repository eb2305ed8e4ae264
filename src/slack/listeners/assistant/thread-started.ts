// A new assistant thread (apps that still declare `assistant_view`): a greeting in the thread and
// suggested prompts for it. Here `thread_ts` is right; the agent experience greets from
// `app_home_opened` instead (see ../events/app-home-opened.ts).
import type { AssistantThreadStartedMiddleware } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";
import { GREETING, PROMPTS_TITLE, suggestedPrompts } from "./greeting.ts";

export function threadStartedListener(
  s: Pick<SlackServices, "engine" | "log">,
): AssistantThreadStartedMiddleware {
  return async ({ say, setSuggestedPrompts, saveThreadContext, context }) => {
    const log = requestLog(context, s.log);
    await say(GREETING);
    await saveThreadContext().catch((err: unknown) =>
      log.warn({ err }, "saving thread context failed"),
    );
    const prompts = suggestedPrompts(s.engine);
    if (prompts.length) {
      // Bolt's helper passes the thread's thread_ts, which the legacy experience requires.
      await setSuggestedPrompts({ title: PROMPTS_TITLE, prompts });
    }
    log.info({ outcome: "thread_started", prompts: prompts.length }, "assistant thread started");
  };
}
