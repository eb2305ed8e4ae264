// The seam between the answer engine and a language model. The engine owns retrieval, the relevance
// floor, the deadline and the extractive fallback; an LlmAnswerer only turns passages into verified
// sentences.
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

/** The verified part of an answer while the model still writes: kept sentences only. */
export interface VerifiedSoFar {
  text: string;
  citations: Citation[];
}

export interface ComposeOptions {
  history?: Turn[];
  /** What this kind of question needs (guidanceFor(kind)); the factual instruction when absent. */
  guidance?: string;
  /**
   * Streams the answer and reports the verified text so far as sentences pass verification. The
   * last report equals the final answer's text when the composition succeeds.
   */
  onVerified?: (verified: VerifiedSoFar) => void;
  signal?: AbortSignal;
}

export interface LlmAnswerer {
  readonly model: string;
  /** Turns a follow-up ("what did Russia say about that?") into a standalone question. */
  rewriteQuestion(question: string, history: Turn[], signal?: AbortSignal): Promise<string>;
  /** Writes an answer from the passages only; every kept sentence's citation is verified. */
  compose(
    question: string,
    passages: ScoredPassage[],
    options: ComposeOptions,
  ): Promise<LlmComposition>;
}

export type { Retrieve } from "../types.ts";
