// An answer as the question log kept it, rebuilt for re-rendering ("Share in channel") and for
// finding its passages again ("Show passages").
import { COMPACT_SEARCH_RESULTS } from "../answer/limits.ts";
import type { CorpusStore } from "../store/corpus.ts";
import type { LoggedQuestion, QuestionLog } from "../store/questions.ts";
import type { Answer, AnswerEngine, Coverage, ScoredPassage } from "../types.ts";

export function answerFromLog(q: LoggedQuestion, passages: ScoredPassage[] = []): Answer {
  return {
    question: q.question,
    searchQuery: q.searchQuery ?? q.question,
    ...(q.corrections?.length ? { corrections: q.corrections } : {}),
    text: q.answerText ?? "",
    mode: q.mode === "llm" ? "llm" : "extractive",
    coverage: (["full", "partial", "none"].includes(q.coverage ?? "")
      ? q.coverage
      : "none") as Coverage,
    citations: q.citations,
    closestSources: [],
    verification: { kept: 0, dropped: 0 },
    ...(q.fallbackReason ? { fallbackReason: q.fallbackReason } : {}),
    passages,
    latencyMs: q.latencyMs ?? 0,
  };
}

/** The passages an answer cited, from the store; for an uncited answer, a fresh search. */
export async function passagesOfLoggedAnswer(
  q: LoggedQuestion,
  corpus: CorpusStore,
  engine: AnswerEngine,
): Promise<ScoredPassage[]> {
  const seen = new Set<string>();
  const cited: ScoredPassage[] = [];
  for (const c of q.citations) {
    if (seen.has(c.passageId)) continue;
    seen.add(c.passageId);
    const passage = corpus.getPassage(c.passageId);
    const document = passage ? corpus.getDocument(passage.documentId) : undefined;
    if (passage && document) cited.push({ passage, document, score: 1 });
  }
  if (cited.length) return cited;
  const found = await engine.search(q.searchQuery ?? q.question, { k: COMPACT_SEARCH_RESULTS });
  return found.passages;
}

/** Said when a button points at an answer the question log no longer has. */
export const ANSWER_GONE_TEXT = "I can no longer find that answer.";

/**
 * The logged answer a button ("Share in channel", "Show passages") carries the id of; undefined,
 * after telling the clicker so, when the value is not an id or the log has no such answer.
 */
export async function loggedAnswerForButton(
  questions: Pick<QuestionLog, "get">,
  value: string | undefined,
  respond: (message: {
    response_type: "ephemeral";
    replace_original: false;
    text: string;
  }) => Promise<unknown>,
): Promise<{ id: number; logged: LoggedQuestion } | undefined> {
  const id = Number(value);
  const logged = Number.isSafeInteger(id) ? await questions.get(id) : undefined;
  if (logged) return { id, logged };
  await respond({ response_type: "ephemeral", replace_original: false, text: ANSWER_GONE_TEXT });
  return undefined;
}
