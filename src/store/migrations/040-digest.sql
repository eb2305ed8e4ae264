-- Daily digest: which channels are subscribed, and every digest post (recorded before it is sent).
CREATE TABLE digest_subscriptions (
  channel_id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  -- local wall-clock time HH:MM in time_zone
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  cadence TEXT NOT NULL CHECK (cadence IN ('daily', 'weekdays')),
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- the first instant a scheduled digest may be due (set on subscribing), so subscribing after
  -- today's time does not look like a missed digest to catch up on
  active_since TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  deactivated_reason TEXT,
  -- topic ids shown in the current round; cleared when every topic has been shown once
  topics_shown_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX digest_subscriptions_by_team ON digest_subscriptions(team_id, active);

CREATE TABLE digest_posts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  channel_id TEXT NOT NULL,
  -- the channel's local date the digest belongs to (YYYY-MM-DD in its time zone)
  local_date TEXT NOT NULL,
  -- 0: the day's digest (at most one per channel and local date); 1: an extra `/wcit digest now`
  extra INTEGER NOT NULL DEFAULT 0,
  trigger TEXT NOT NULL CHECK (trigger IN ('schedule', 'command', 'cli')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 1,
  topic_id TEXT,
  message_ts TEXT,
  error TEXT,
  claimed_by TEXT,
  created_at TEXT NOT NULL,
  claimed_at TEXT NOT NULL,
  sent_at TEXT
);
-- The exactly-once guarantee: two instances (or a restart) can never both claim a channel's day.
CREATE UNIQUE INDEX digest_posts_one_a_day ON digest_posts(channel_id, local_date) WHERE extra = 0;
CREATE INDEX digest_posts_by_channel ON digest_posts(channel_id, status, sent_at);
