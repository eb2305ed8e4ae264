// Bolt's Assistant container: thread start, context changes and questions in assistant threads.
import { type App, Assistant } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { threadContextChangedListener } from "./thread-context-changed.ts";
import { threadStartedListener } from "./thread-started.ts";
import { userMessageListener } from "./user-message.ts";

export const ASSISTANT_EVENTS = [
  "assistant_thread_started",
  "assistant_thread_context_changed",
] as const;

export function registerAssistant(app: App, s: SlackServices): void {
  app.assistant(
    new Assistant({
      threadStarted: threadStartedListener(s),
      threadContextChanged: threadContextChangedListener(s),
      userMessage: userMessageListener(s),
    }),
  );
}
