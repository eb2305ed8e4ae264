// The seam between the answer engine and a language model. The engine owns retrieval, the relevance
// floor and the extractive fallback; an LlmAnswerer only turns passages into verified sentences.
import type { Citation, Coverage, ScoredPassage, TokenUsage, Turn } from "../types.ts";

export type LlmComposition =
  | {
      ok: true;
      /** Answer text with `[n]` markers, numbered in order of first use. */
      text: string;
      citations: Citation[];
      coverage: Coverage;
      verification: { kept: number; dropped: number };
      usage?: TokenUsage;
    }
  | {
      ok: false;
      /** One line for the user: why the answer fell back to extractive mode. */
      reason: string;
      verification?: { kept: number; dropped: number };
      usage?: TokenUsage;
    };

export interface LlmAnswerer {
  readonly model: string;
  /** Turns a follow-up ("what did Russia say about that?") into a standalone question. */
  rewriteQuestion(question: string, history: Turn[], signal?: AbortSignal): Promise<string>;
  /** Writes an answer from the passages only; every kept sentence's citation is verified. */
  compose(
    question: string,
    passages: ScoredPassage[],
    options: { history?: Turn[]; onDelta?: (textSoFar: string) => void; signal?: AbortSignal },
  ): Promise<LlmComposition>;
}

export type { Retrieve } from "../types.ts";
