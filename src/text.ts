// Text rules that every layer shares, the store included, so they live below all of them (as the
// domain types do). One home each; import, never re-implement.

/** Folds case, punctuation and spacing so "What is 5A?" and "what is 5a" count as one question. */
export function normalizeQuestion(q: string): string {
  return q
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
