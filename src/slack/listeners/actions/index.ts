// Button listeners, registered in one place.
import type { App, BlockAction } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { ACTIONS } from "../../render/actions.ts";
import { feedbackListener } from "./feedback.ts";
import { shareAnswerListener } from "./share-answer.ts";
import { showPassagesListener } from "./show-passages.ts";

export function registerActions(app: App, s: SlackServices): void {
  const feedback = feedbackListener(s);
  app.action<BlockAction>(ACTIONS.feedback, feedback);
  app.action<BlockAction>(ACTIONS.helpful, feedback);
  app.action<BlockAction>(ACTIONS.notHelpful, feedback);
  app.action<BlockAction>(ACTIONS.showPassages, showPassagesListener(s));
  app.action<BlockAction>(ACTIONS.share, shareAnswerListener(s));
}
