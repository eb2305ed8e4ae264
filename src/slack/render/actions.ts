// The ids that tie rendered buttons and modals to the listeners that handle them.

/** Action ids the interactive listeners register; the answer layout puts them on buttons. */
export const ACTIONS = {
  feedback: "answer_feedback",
  helpful: "answer_helpful",
  notHelpful: "answer_not_helpful",
  showPassages: "show_passages",
  share: "share_answer",
} as const;

/** Callback id of the "Not helpful" reason modal. */
export const FEEDBACK_REASON_VIEW = "feedback_reason";
