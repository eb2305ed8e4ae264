// Modal submissions, registered in one place.
import type { App } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { FEEDBACK_REASON_VIEW } from "../../render/actions.ts";
import { feedbackReasonListener } from "./feedback-reason.ts";

export function registerViews(app: App, s: SlackServices): void {
  app.view(FEEDBACK_REASON_VIEW, feedbackReasonListener(s));
}
