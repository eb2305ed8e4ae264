// A refusal: the one "not covered" text, with the closest sources the question's retrieval found,
// so the asker can read on where the corpus says nothing that answers.
import type { Answer, Coverage, ScoredPassage } from "../types.ts";
import { NOT_COVERED_TEXT } from "./limits.ts";

/** How many documents a refusal names as the closest sources. */
const CLOSEST_SOURCES = 3;

/** An answer but for what the engine adds to every one (the question, its passages, latency). */
export type AnswerRest = Omit<Answer, "question" | "searchQuery" | "passages" | "latencyMs"> & {
  coverage: Coverage;
};

/** The refusal of a question the passages do not cover. */
export function notCovered(passages: readonly ScoredPassage[]): AnswerRest {
  return {
    text: NOT_COVERED_TEXT,
    mode: "extractive",
    coverage: "none",
    citations: [],
    closestSources: closestSourcesOf(passages),
    verification: { kept: 0, dropped: 0 },
  };
}

/** Distinct documents of the passages, best first. */
export function closestSourcesOf(passages: readonly ScoredPassage[]): Answer["closestSources"] {
  const out: Answer["closestSources"] = [];
  for (const { document } of passages) {
    if (out.some((s) => s.documentId === document.id)) continue;
    out.push({
      documentId: document.id,
      title: document.title,
      ...(document.url ? { url: document.url } : {}),
    });
    if (out.length === CLOSEST_SOURCES) break;
  }
  return out;
}
