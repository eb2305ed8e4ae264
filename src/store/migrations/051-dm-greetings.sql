-- People the bot has greeted in its DM (the agent messaging experience's Messages tab). Slack sends
-- `app_home_opened` every time the tab opens; the greeting is said once per person and workspace.
CREATE TABLE dm_greetings (
  team_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  greeted_at TEXT NOT NULL,
  PRIMARY KEY (team_id, user_id)
);
