-- Passage embeddings for hybrid retrieval. Keyed by the passage text's hash and the model, so an
-- unchanged passage is never embedded twice, even when its document is re-ingested or renamed.
CREATE TABLE embeddings (
  content_hash TEXT NOT NULL,
  model TEXT NOT NULL,
  dimensions INTEGER NOT NULL,
  -- little-endian float32 values, `dimensions` of them
  vector BLOB NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (content_hash, model)
);
