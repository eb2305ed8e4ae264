-- Who is writing the index right now: at most one ingest at a time across processes. The row is
-- taken in a write transaction and removed when the ingest ends; a row left by a process that
-- died (kill -9) is recognised as stale and taken over (see src/store/ingest-lock.ts).
CREATE TABLE ingest_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  token TEXT NOT NULL,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  started_at TEXT NOT NULL
);
