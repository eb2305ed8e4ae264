-- Keys of Slack deliveries already handled (event ids, and channel/ts of answered messages), kept
-- until they expire, so Slack's retries and a mention seen twice never produce a second answer.
CREATE TABLE slack_processed (
  key TEXT PRIMARY KEY,
  received_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX slack_processed_by_expiry ON slack_processed(expires_at);

-- Threads the bot has answered in: a reply there is a follow-up even without a new mention.
CREATE TABLE slack_threads (
  channel_id TEXT NOT NULL,
  thread_ts TEXT NOT NULL,
  started_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, thread_ts)
);
