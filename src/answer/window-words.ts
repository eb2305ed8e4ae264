// A window's text read as written, for the rules that look at its wording rather than its index
// terms (`askedActUntold`, `askedPartyUnnamed` in subject-act.ts; `outcomeInterimOnly` in
// window-outcome.ts): its sentences, split where a stop is followed by a capital or an opening
// quote or bracket, and a word found only where it stands whole (no letter either side).
import { escapeRegExp } from "../text.ts";

/** The sentences of a window's text: split after ".", "!" or "?" before a capital, "“" or "(". */
export function windowSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u).filter((s) => s.trim() !== "");
}

/**
 * A pattern finding `word` as written, whole: no letter right before or after it ("US" not in
 * "USA"). `flags` as for `RegExp` ("u" is always wanted for the letter class).
 */
export function wholeWord(word: string, flags = "u"): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, flags);
}
