// "exact count needed: how many times did the draft use the word 'security'?" where the notes say
// only "dozens of times" (nearmiss28): a round quantity carries a number for the coverage decision
// (`statesExactCount`, evidence.ts), so the question was answered `partial` with the round figure
// the asker has said will not do. A how-many question asking the exact figure is refused where no
// sentence of the best window states a count exactly (`exactCountUnstated`).
import { splitSentences } from "../text.ts";
import { statesExactCount } from "./evidence.ts";

/** The asker's demand for an exact figure: "exact count", "exactly how many", "precise number". */
const EXACT_ASKED =
  /\b(?:exact(?:ly)?|precise(?:ly)?)\s+(?:count|number|figure|total|tally|how many)\b|\bhow many\b[^?.!]*\bexactly\b/i;

/** Whether a question demands an exact count ("exact number pls: how many…"). */
export function asksExactCount(question: string): boolean {
  return EXACT_ASKED.test(question);
}

/** Whether a how-many question demanding an exact count meets a window stating none. */
export function exactCountUnstated(question: string, windowText: string): boolean {
  if (!asksExactCount(question)) return false;
  return !splitSentences(windowText).some((s) => statesExactCount(s.text));
}
