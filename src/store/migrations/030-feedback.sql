-- One vote per user per answer (a question-log row). A repeated click changes nothing; a different
-- click replaces the vote. "Not helpful" may carry a short reason from the feedback modal.
CREATE TABLE answer_feedback (
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('helpful', 'not_helpful')),
  reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (question_id, user_id)
);
