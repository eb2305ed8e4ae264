// Which Slack transport to run, and which settings are missing for it. Pure: main.ts prints the
// message, tests check the choice without a network.
import { type Config, VARIABLE_HELP } from "../config.ts";

export type SlackMode = "socket" | "http";

export interface MissingSetting {
  variable: string;
  purpose: string;
}

const README_SECTION = 'the README section "Setting up Slack"';

/** Socket Mode when an app-level token is configured (no public URL needed), else HTTP. */
export function chooseSlackMode(config: Config): SlackMode {
  return config.slack.appToken ? "socket" : "http";
}

export function missingSlackSettings(config: Config): MissingSetting[] {
  const missing: MissingSetting[] = [];
  const help = (v: string) => VARIABLE_HELP[v] ?? "";
  if (!config.slack.botToken)
    missing.push({ variable: "SLACK_BOT_TOKEN", purpose: help("SLACK_BOT_TOKEN") });
  if (chooseSlackMode(config) === "http" && !config.slack.signingSecret) {
    missing.push({
      variable: "SLACK_SIGNING_SECRET",
      purpose: `${help("SLACK_SIGNING_SECRET")}; or set SLACK_APP_TOKEN (${help("SLACK_APP_TOKEN")}) to run in Socket Mode instead`,
    });
  }
  return missing;
}

/** One message naming every missing variable, what it is for, and where the setup is explained. */
export function formatMissingSettings(missing: MissingSetting[]): string {
  const lines = missing.map((m) => `  ${m.variable}: ${m.purpose}`);
  return [
    `wcit-desk cannot start the Slack app: ${missing.length === 1 ? "one setting is" : `${missing.length} settings are`} missing.`,
    ...lines,
    `Set them in your environment or .env file; ${README_SECTION} explains where to find each one.`,
    '(The command-line tools work without Slack: npm run ask -- "your question".)',
  ].join("\n");
}
