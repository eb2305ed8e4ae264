// The user switched channels with the assistant panel open: remember the new context.
import type { AssistantThreadContextChangedMiddleware } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { requestLog } from "../../guards.ts";

export function threadContextChangedListener(
  s: Pick<SlackServices, "log">,
): AssistantThreadContextChangedMiddleware {
  return async ({ saveThreadContext, context }) => {
    await saveThreadContext().catch((err: unknown) =>
      requestLog(context, s.log).warn({ err }, "saving thread context failed"),
    );
  };
}
