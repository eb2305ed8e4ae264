// Slash commands, registered in one place.
import type { App } from "@slack/bolt";
import type { SlackServices } from "../../deps.ts";
import { wcitCommandListener } from "./wcit.ts";

export const COMMANDS = ["/wcit"] as const;

export function registerCommands(app: App, s: SlackServices): void {
  app.command("/wcit", wcitCommandListener(s));
}
