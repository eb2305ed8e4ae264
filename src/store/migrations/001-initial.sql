-- Documents of the corpus and their passages. A document row is replaced whole when its file changes.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT,
  date TEXT,
  url TEXT,
  credit TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('pdf', 'markdown', 'html', 'text')),
  content_hash TEXT NOT NULL,
  sources_json TEXT NOT NULL DEFAULT '[]',
  pages INTEGER,
  normalized_text TEXT NOT NULL,
  -- first time any version of this document was indexed, and when this version was
  first_indexed_at TEXT NOT NULL,
  indexed_at TEXT NOT NULL
);

CREATE TABLE passages (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  page INTEGER,
  section_json TEXT NOT NULL DEFAULT '[]',
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  source_refs_json TEXT NOT NULL DEFAULT '[]',
  content_hash TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX passages_by_hash ON passages(content_hash);

-- One row per ingest run, for "last ingest" in the App Home and `sources`.
CREATE TABLE ingest_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'failed')),
  files_read INTEGER NOT NULL DEFAULT 0,
  files_unchanged INTEGER NOT NULL DEFAULT 0,
  passages INTEGER NOT NULL DEFAULT 0,
  skipped_json TEXT NOT NULL DEFAULT '[]'
);

-- Every question asked on any surface, with its answer: the question log.
CREATE TABLE questions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at TEXT NOT NULL,
  surface TEXT NOT NULL,
  team_id TEXT,
  channel_id TEXT,
  user_id TEXT,
  thread_ts TEXT,
  message_ts TEXT,
  permalink TEXT,
  question TEXT NOT NULL,
  search_query TEXT,
  answer_text TEXT,
  mode TEXT,
  coverage TEXT,
  citations_json TEXT NOT NULL DEFAULT '[]',
  latency_ms INTEGER,
  prompt_tokens INTEGER,
  completion_tokens INTEGER,
  fallback_reason TEXT,
  error TEXT
);
CREATE INDEX questions_by_channel_time ON questions(channel_id, asked_at);
CREATE INDEX questions_by_coverage ON questions(coverage, asked_at);
