// Full or partial: the label a covered question's answer gets. It is "full" only where the answer
// states enough of the question's weighted terms and the kind of answer expected, and the place
// where the question's terms meet states all of it (`windowStatesQuestion`); else "partial".
import { givesReasons } from "./evidence.ts";
import type { Relevance } from "./relevance.ts";

/**
 * The share of the question's weighted key terms an answer must state (read under its headings)
 * to be "full"; with less, or without the kind of answer the question expects (a number for "how
 * many", a date for "when", every side of a comparison), it is "partial". On the tuning half
 * (extractive), answers labelled full (41) state 0.97 of their nuggets, partial ones (102) 0.82, and no
 * out-of-scope question is answered full; with the window at 0.8 instead of 0.9, two more answers
 * are full at the same recall.
 */
const FULL_COVERAGE = 0.8;
/** …and the place where the question's terms meet must hold this share of their weight. */
const FULL_WINDOW_COVERAGE = 0.9;

type WindowEvidence = Pick<Relevance, "missingTerms" | "termCoverage"> &
  Partial<Pick<Relevance, "unmetTerms" | "typedAtSubject" | "statedTogether" | "window">>;

/**
 * Whether the place where the question's terms meet states all of it. A required term missing
 * there ("speech" in "what did he say in his speech") is a part of the question it does not state;
 * so is a window holding only most of the question's weight, or one lacking any of its own words
 * but the common ones and the corpus's topic: "What did the forum AGREE on…" is not fully answered
 * where nothing is agreed. Short of that, the evidence does not show which passage answers.
 */
export function windowStatesQuestion(relevance: WindowEvidence): boolean {
  return (
    relevance.missingTerms.length === 0 &&
    (relevance.unmetTerms ?? []).length === 0 &&
    relevance.typedAtSubject !== false &&
    relevance.statedTogether !== false &&
    relevance.termCoverage >= FULL_WINDOW_COVERAGE
  );
}

/**
 * A why question's reason must stand where its terms meet. An answer can hold grounds words away
 * from the asked act: "how come Russia filed Document 27 ten days after the deadline?" met every
 * term in the filing's sentence, and the grounds test passed on a later sentence of the proposal's
 * own content ("states … should have equal rights"), a reason for nothing asked; no note says why
 * it was filed late. Where the window states no grounds (`givesReasons`), the reason asked is not
 * shown to be told, so the answer is `partial`. Label only: nothing is refused or answered anew.
 */
function reasonStatedInWindow(relevance: WindowEvidence): boolean {
  return relevance.window === undefined || givesReasons(relevance.window);
}

/** Full when the answer states what was asked, as far as the evidence shows; else partial. */
export function coverageOf(
  answer: { termCoverage: number; answersType: boolean },
  relevance: WindowEvidence,
  asked: { reason?: boolean } = {},
): "full" | "partial" {
  return answer.termCoverage >= FULL_COVERAGE &&
    answer.answersType &&
    windowStatesQuestion(relevance) &&
    (asked.reason !== true || reasonStatedInWindow(relevance))
    ? "full"
    : "partial";
}
