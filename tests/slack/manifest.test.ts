// manifest.json creates the app in one paste: it must list every event and command the code handles,
// the scopes those need, interactivity, and the agent view.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ASSISTANT_EVENTS } from "../../src/slack/listeners/assistant/index.ts";
import { COMMANDS } from "../../src/slack/listeners/commands/index.ts";
import { SUBSCRIBED_EVENTS } from "../../src/slack/listeners/events/index.ts";

interface Manifest {
  display_information: { name: string; long_description?: string };
  features: {
    agent_view?: {
      agent_description: string;
      suggested_prompts: { title: string; message: string }[];
    };
    assistant_view?: unknown;
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    slash_commands: { command: string; usage_hint?: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(
  fs.readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"),
) as Manifest;

/** Slack's manifest names for the events a listener registers. */
const MANIFEST_NAMES: Record<string, string[]> = {
  message: ["message.im", "message.channels", "message.groups", "message.mpim"],
};

/** The scope each subscribed event needs. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: "app_mentions:read",
  "message.im": "im:history",
  "message.channels": "channels:history",
  "message.groups": "groups:history",
  "message.mpim": "mpim:history",
  assistant_thread_started: "assistant:write",
  assistant_thread_context_changed: "assistant:write",
};

describe("manifest.json", () => {
  it("lists every event the code listens to, with the scopes they need", () => {
    const events = manifest.settings.event_subscriptions.bot_events;
    for (const e of [...SUBSCRIBED_EVENTS, ...ASSISTANT_EVENTS]) {
      for (const name of MANIFEST_NAMES[e] ?? [e]) {
        expect(events).toContain(name);
        const scope = EVENT_SCOPES[name];
        if (scope) expect(manifest.oauth_config.scopes.bot).toContain(scope);
      }
    }
  });

  it("declares /wcit with a usage hint, interactivity for the buttons, and the App Home", () => {
    for (const c of COMMANDS) {
      const declared = manifest.features.slash_commands.find((s) => s.command === c);
      expect(declared?.usage_hint).toMatch(/search/);
    }
    expect(manifest.oauth_config.scopes.bot).toContain("commands");
    expect(manifest.oauth_config.scopes.bot).toContain("chat:write");
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it("uses the agent view (not the retired assistant view) and asks for nothing unused", () => {
    expect(manifest.features.agent_view?.agent_description).toBeTruthy();
    expect(manifest.features.agent_view?.suggested_prompts.length).toBeGreaterThan(0);
    expect(manifest.features.assistant_view).toBeUndefined();
    const used = new Set([...Object.values(EVENT_SCOPES), "commands", "chat:write"]);
    for (const scope of manifest.oauth_config.scopes.bot) expect(used).toContain(scope);
    expect(manifest.display_information.long_description?.length ?? 0).toBeGreaterThanOrEqual(174);
  });
});
