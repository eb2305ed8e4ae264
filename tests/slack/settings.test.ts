// Socket Mode or HTTP, chosen from the environment; missing settings named in one message.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { createSlackApp, SlackSettingsError } from "../../src/slack/app.ts";
import {
  chooseSlackMode,
  formatMissingSettings,
  missingSlackSettings,
} from "../../src/slack/settings.ts";
import { openDatabase } from "../../src/store/db.ts";
import { scriptedEngine, slackStoresOn } from "./harness.ts";

describe("Slack settings", () => {
  it("chooses Socket Mode when SLACK_APP_TOKEN is set, and needs no signing secret then", () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" });
    expect(chooseSlackMode(socket)).toBe("socket");
    expect(missingSlackSettings(socket)).toEqual([]);
    const http = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" });
    expect(chooseSlackMode(http)).toBe("http");
    expect(missingSlackSettings(http)).toEqual([]);
  });

  it("names every missing variable, what it is for, and the README section", () => {
    const missing = missingSlackSettings(loadConfig({}));
    expect(missing.map((m) => m.variable)).toEqual(["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]);
    const text = formatMissingSettings(missing);
    expect(text).toContain("2 settings are missing");
    expect(text).toMatch(/SLACK_BOT_TOKEN: bot token/);
    expect(text).toMatch(/SLACK_APP_TOKEN/);
    expect(text).toContain("Setting up Slack");
  });

  it("builds a Socket Mode app from the environment without connecting, and refuses missing settings", () => {
    const db = openDatabase(":memory:");
    const deps = { log: silentLogger, engine: scriptedEngine(), ...slackStoresOn(db) };
    const socket = createSlackApp({
      ...deps,
      config: loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }),
    });
    expect(socket.mode).toBe("socket");
    const http = createSlackApp({
      ...deps,
      config: loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }),
    });
    expect(http.mode).toBe("http");
    expect(() => createSlackApp({ ...deps, config: loadConfig({}) })).toThrow(SlackSettingsError);
    db.close();
  });
});
