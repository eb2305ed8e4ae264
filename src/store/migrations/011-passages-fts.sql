-- FTS5 over passages (document title, heading path, text), kept in step with `passages` by
-- triggers so ingest needs no search code. Contentless (the text lives in `passages`) with
-- contentless_delete so a removed passage can be deleted by rowid alone: its document row may
-- already be gone when a cascade deletes it.
CREATE VIRTUAL TABLE passages_fts USING fts5(
  title, section, text,
  content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO passages_fts (rowid, title, section, text)
  SELECT p.rowid, d.title, p.section_json, p.text FROM passages p JOIN documents d ON d.id = p.document_id;

CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
  INSERT INTO passages_fts (rowid, title, section, text)
  VALUES (new.rowid, coalesce((SELECT title FROM documents WHERE id = new.document_id), ''),
          new.section_json, new.text);
END;

CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
  DELETE FROM passages_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER passages_fts_update AFTER UPDATE ON passages BEGIN
  DELETE FROM passages_fts WHERE rowid = old.rowid;
  INSERT INTO passages_fts (rowid, title, section, text)
  VALUES (new.rowid, coalesce((SELECT title FROM documents WHERE id = new.document_id), ''),
          new.section_json, new.text);
END;

-- A title change without passage changes (not something ingest does today, but cheap to cover).
CREATE TRIGGER documents_fts_title AFTER UPDATE OF title ON documents BEGIN
  DELETE FROM passages_fts WHERE rowid IN (SELECT rowid FROM passages WHERE document_id = new.id);
  INSERT INTO passages_fts (rowid, title, section, text)
    SELECT rowid, new.title, section_json, text FROM passages WHERE document_id = new.id;
END;
