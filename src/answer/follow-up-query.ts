// The question retrieval reads for a follow-up: a model's standalone rewrite, the earlier
// question asked of the follow-up's new subject, or the follow-up read with the earlier question
// in front of it as context.
import type { Logger } from "../log.ts";
import { type Glossary, glossaryNames } from "../search/glossary.ts";
import type { CorrectedQuestion } from "../search/question-rewrite.ts";
import type { AnswerOptions, WordCase } from "../types.ts";
import { DEADLINE_PASSED, type Deadline } from "./deadline.ts";
import { referentOf } from "./follow-up-referent.ts";
import { askedOfNewSubject } from "./follow-up-subject.ts";
import { MAX_QUESTION_LENGTH } from "./limits.ts";
import type { LlmAnswerer } from "./llm-contract.ts";
import type { Analyze } from "./terms.ts";

export interface FollowUpQueryDeps {
  /** Absent: the follow-up is read in its thread. */
  llm?: LlmAnswerer;
  log?: Logger;
  analyzeText: Analyze;
  glossary?: Glossary;
  /** Reads the earlier question's slips as corpus words. */
  correctSpelling: (question: string) => CorrectedQuestion;
  /** How the corpus writes a word: an answer's lone opening word is a name where it writes it so. */
  wordCase?: (word: string) => WordCase;
}

/**
 * The follow-up with a pointer that only its thread's last answer resolves read as what that
 * answer names: "how did his knock…" after "who ran the fcc?" answered "Julius Genachowski…" is
 * read "how did Julius Genachowski's knock…"; "that same day" after an answer dated 10 December,
 * "that same day (10 December)" (follow-up-referent.ts). Otherwise as typed.
 */
export function withAnswerReferent(
  question: string,
  options: AnswerOptions,
  deps: FollowUpQueryDeps,
  read: { partiesOnly?: boolean } = {},
): string {
  if (!options.history?.length) return question;
  const known = knownNames(deps.glossary);
  const referent = referentOf(question, options.history, {
    ...(deps.wordCase ? { wordCase: deps.wordCase } : {}),
    knownName: (name) => known.has(name.toLowerCase()),
    ...read,
  });
  return referent?.read ?? question;
}

const KNOWN_NAMES = new WeakMap<Glossary, ReadonlySet<string>>();

/** The glossary's names, lower-cased, once per glossary. */
function knownNames(glossary: Glossary | undefined): ReadonlySet<string> {
  if (!glossary) return new Set();
  let known = KNOWN_NAMES.get(glossary);
  if (!known) {
    known = new Set(glossaryNames(glossary).map((n) => n.written.toLowerCase()));
    KNOWN_NAMES.set(glossary, known);
  }
  return known;
}

/**
 * The question retrieval reads, and the earlier question it continues, if any. A model rewrites
 * a follow-up into a standalone question (within the answer's deadline); without one, or when it
 * fails or runs out of time, the follow-up is read with the thread's last question in front of
 * it ("when did they file that one?" after "What was ETNO's proposal?"), whose terms are context
 * for coverage, not requirements.
 */
export async function searchQueryFor(
  question: string,
  options: AnswerOptions,
  deadline: Deadline | undefined,
  deps: FollowUpQueryDeps,
): Promise<{ searchQuery: string; context?: string }> {
  const history = options.history ?? [];
  // The earlier question's slips were read (and said) when it was answered.
  const previous = history.at(-1)?.question.trim();
  const earlier = previous ? deps.correctSpelling(previous).text : undefined;
  // "what about the russians?" after "Did Brazil and India ever join the Budapest Convention?"
  // asks the earlier question of its new subject, read as a question of its own
  // (`askedOfNewSubject`); any other follow-up is read with the earlier question in front of it.
  const withContext = () => {
    if (!earlier) return { searchQuery: question };
    const asked = askedOfNewSubject(question, earlier, deps.analyzeText, deps.glossary);
    return asked
      ? { searchQuery: asked.slice(0, MAX_QUESTION_LENGTH) }
      : {
          searchQuery: `${earlier} ${question}`.slice(0, MAX_QUESTION_LENGTH),
          context: earlier,
        };
  };
  if (history.length === 0) return { searchQuery: question };
  if (!deps.llm || !deadline) return withContext();
  try {
    const reply = await deadline.race(deps.llm.rewriteQuestion(question, history, deadline.signal));
    if (reply === DEADLINE_PASSED) return withContext();
    const rewritten = reply.trim();
    return rewritten === ""
      ? withContext()
      : { searchQuery: rewritten.slice(0, MAX_QUESTION_LENGTH) };
  } catch (error) {
    options.signal?.throwIfAborted();
    // Retrieval with the follow-up read in its thread is worse than with a rewrite, but an answer.
    deps.log?.warn({ err: error }, "question rewrite failed; reading the follow-up in context");
    return withContext();
  }
}
