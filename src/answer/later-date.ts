// A question asking two dates ("when did ETNO file C-109, and what day did they actually pull
// it?", "when did the 89 sign the final acts and when did germany sign after dubai") was covered
// whole by the paragraph dating its first act, and answered `partial` with that date alone where
// the notes never date the later act: the window's date met the date expected, and nothing asked
// whether it was the later act's. Each date asked must be given: a later ask asking a date of its
// own is judged alone, as `byEachAsk` judges an ask (`askJudged`), and where neither its own
// passages nor the question's cover it, and the question's fail it for want of its act's date
// (`answerTypeGiven`: no date, no date of that act, or that act never worded where it is undone),
// the question is refused (`laterDateUnstated`). A later ask refused alone for another reason (its
// words spread over two places, a word the corpus never has) is left to the decision on the whole:
// those are the asker's words for what the paragraph may tell otherwise.

import { analyzeQuestion } from "../search/question.ts";
import type { ScoredPassage } from "../types.ts";
import { ownAsks } from "./asks.ts";
import { askJudged, type CoverageTools, type Search } from "./coverage-otherwise.ts";

/** The check failed by a question whose later ask's date its passages do not give. */
export const LATER_DATE_UNSTATED = "laterDateUnstated";

/** The check an ask judged alone fails where no date of its act is given (window-answer-type.ts). */
const ANSWER_TYPE_GIVEN = "answerTypeGiven";

/**
 * A later ask timing its act by the thing a pronoun names ("where was WTPF-13 held and when did
 * activist groups campaign AROUND IT"): the thing's date, which the other ask asks, dates it, and
 * judged alone the ask has lost what "it" is.
 */
const TIMED_BY_THING =
  /\b(?:around|during|at|throughout|before|after|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:it|them|that|this|those)\b/i;

/**
 * Whether a later ask of a question asks a date of its own and is not covered alone for want of
 * that date on the question's passages (see the module comment). Only an ask the analyser reads
 * as asking a date ("when…", "what day…", "from what date…"), not the first: the first ask's date
 * is what the whole question was covered by.
 */
export async function laterDateUnstated(
  question: string,
  passages: readonly ScoredPassage[],
  search: Search,
  tools: CoverageTools,
): Promise<boolean> {
  const asks = ownAsks(question);
  if (asks.length < 2) return false;
  for (const [i, ask] of asks.entries()) {
    if (i === 0 || analyzeQuestion(ask).answerType !== "date" || TIMED_BY_THING.test(ask)) continue;
    const judged = await askJudged(ask, tools.keyTermsFor(ask), passages, search, tools);
    const onQuestion = judged[judged.length - 1];
    if (judged.length < 2 || onQuestion === undefined || onQuestion.relevance.covered) continue;
    if (onQuestion.relevance.failedChecks?.includes(ANSWER_TYPE_GIVEN)) return true;
  }
  return false;
}
