// Event listeners, registered in one place.
import type { App } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { appHomeOpenedListener } from "./app-home-opened.ts";
import { appMentionListener } from "./app-mention.ts";
import { messageListener } from "./message.ts";

/** Events the app subscribes to (the manifest must list them; a test checks). */
export const SUBSCRIBED_EVENTS = ["app_mention", "message", "app_home_opened"] as const;

export function registerEvents(app: App, s: SlackServices): void {
  app.event("app_mention", appMentionListener(s));
  app.event("message", messageListener(s));
  app.event("app_home_opened", appHomeOpenedListener(s));
}
