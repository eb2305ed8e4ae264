-- What kind of conversation each Slack channel is, learned from the `channel_type` that Slack puts on
-- message events ("channel" public, "group" private, "mpim" group DM, "im" DM). `/wcit gaps` shows a
-- question to the workspace only when it was asked by mention in a channel known to be public; an
-- older question, or one from a channel never seen, counts as private.
CREATE TABLE slack_conversations (
  channel_id TEXT PRIMARY KEY,
  team_id TEXT,
  channel_type TEXT NOT NULL,
  seen_at TEXT NOT NULL
);

CREATE INDEX questions_by_user_time ON questions(user_id, asked_at);
