-- The retriever's own inverted index (src/search), persisted so start-up loads it instead of
-- re-tokenizing the corpus. One row per index kind, valid for the corpus version it was built from.
CREATE TABLE search_index (
  name TEXT PRIMARY KEY,
  corpus_version TEXT NOT NULL,
  format INTEGER NOT NULL,
  passages INTEGER NOT NULL,
  built_at TEXT NOT NULL,
  data BLOB NOT NULL
);
