-- The misspelt words an answer read as corpus words ("cybersecuirty" as "cybersecurity"), as a
-- JSON array of {from, to}; NULL when none. A shared answer, rebuilt from the log, says them too.
ALTER TABLE questions ADD COLUMN corrections_json TEXT;
