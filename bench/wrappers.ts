// How answers hold up when a question is typed the way people type in Slack: lower case, inside a
// greeting, after the asker's situation, with an aside or thanks after it. Each wrapper is general
// chat habit, never a question's own words; `bench/wrappers-run.ts` asks the tuning half's
// in-scope questions bare and wrapped, and reports what the wrapping cost.
import type { QuestionOutcome } from "../src/answer/eval.ts";
import type { EvalSet } from "../src/answer/eval-set.ts";

// (An acronym opening the question keeps its capitals: nobody types "fCC chair…".)
const lowerFirst = (q: string) =>
  /^\p{Lu}{2}/u.test(q) ? q : q.charAt(0).toLowerCase() + q.slice(1);
const withoutEnd = (q: string) => q.replace(/[?.!]+\s*$/, "");

/** The wrappers, by name: each turns a question into the same question as someone might type it. */
export const WRAPPERS: Readonly<Record<string, (question: string) => string>> = {
  "lower case, no '?'": (q) => withoutEnd(q.toLowerCase()),
  greeting: (q) => `Morning all ${q}`,
  "greeting the bot": (q) => `Hey wcit-desk, ${lowerFirst(q)}`,
  "'Q:' label": (q) => `Q: ${q}`,
  apology: (q) => `Sorry if this is obvious, but ${lowerFirst(q)}`,
  "situation first": (q) => `Context: we're prepping the board on WCIT. ${q}`,
  "occasion lead-in": (q) => `For our team briefing tomorrow: ${lowerFirst(q)}`,
  "purpose lead-in": (q) => `Need this for a memo: ${lowerFirst(q)}`,
  "aside after": (q) => `${q} (pls cite sources)`,
  "thanks after": (q) => `${q} thx in advance`,
  // (Only a question mark turns into "?!": a message ending on a remark, "…quick bullets", ends
  // on "!", or the wrapper would make the remark an ask.)
  "'?!' and thanks": (q) =>
    /\?\s*$/.test(q) ? `${withoutEnd(q)}?! Thanks so much!!` : `${withoutEnd(q)}! Thanks so much!!`,
  "short please": (q) => `${q} Keep it short.`,
  lines: (q) => `Hi!\n\n${q}\n\nThanks`,
  // Habits added by the twenty-sixth session (wrappers26).
  "@-mention": (q) => `@dana ${lowerFirst(q)}`,
  "'+1' to a colleague": (q) => `+1 to Priya's q: ${lowerFirst(q)}`,
  "asking for a friend": (q) => `asking for a friend: ${lowerFirst(q)}`,
  "link after": (q) => `${q} https://www.itu.int/en/wcit-12/Pages/default.aspx`,
  "emoji after": (q) => `${q} :pray:`,
  "cc after": (q) => `${q} cc @sam`,
  "'tl;dr?' after": (q) => `${q} tl;dr?`,
};

/**
 * The wrappers whose names contain one of `names` (case-insensitive); all of them when `names` is
 * empty.
 */
export function selectWrappers(
  wrappers: Readonly<Record<string, (question: string) => string>>,
  names: readonly string[],
): Record<string, (question: string) => string> {
  const wanted = names.map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  return Object.fromEntries(
    Object.entries(wrappers).filter(
      ([name]) => wanted.length === 0 || wanted.some((w) => name.toLowerCase().includes(w)),
    ),
  );
}

/** The tuning half's in-scope questions asked without a thread (a wrapper is for a first ask). */
export function bareSet(evalSet: EvalSet): EvalSet {
  return {
    questions: evalSet.questions.filter((q) => q.split === "tune" && q.inScope && !q.history),
  };
}

/** The same questions, each typed through `wrap`. */
export function wrappedSet(bare: EvalSet, wrap: (question: string) => string): EvalSet {
  return { questions: bare.questions.map((q) => ({ ...q, question: wrap(q.question) })) };
}

/** What wrapping cost, against the bare answers of the same run. */
export interface WrapperCost {
  questions: number;
  bareRecall: number;
  wrappedRecall: number;
  /** Answered bare, refused wrapped. */
  newlyRefused: number;
  /** Answered both ways, with fewer nuggets wrapped. */
  lessRecall: number;
  /** The ids of those newly refused, and of those with fewer nuggets. */
  newlyRefusedIds: string[];
  lessRecallIds: string[];
}

export function wrapperCost(
  bare: readonly QuestionOutcome[],
  wrapped: readonly QuestionOutcome[],
): WrapperCost {
  const byId = new Map(bare.map((o) => [o.id, o]));
  let bareSum = 0;
  let wrappedSum = 0;
  const newlyRefusedIds: string[] = [];
  const lessRecallIds: string[] = [];
  for (const w of wrapped) {
    const b = byId.get(w.id);
    if (!b) continue;
    bareSum += b.nuggetRecall ?? 0;
    wrappedSum += w.nuggetRecall ?? 0;
    if (b.answered && !w.answered) newlyRefusedIds.push(w.id);
    else if (w.answered && (w.nuggetRecall ?? 0) < (b.nuggetRecall ?? 0) - 1e-9)
      lessRecallIds.push(w.id);
  }
  const n = wrapped.length;
  return {
    questions: n,
    bareRecall: n ? bareSum / n : 0,
    wrappedRecall: n ? wrappedSum / n : 0,
    newlyRefused: newlyRefusedIds.length,
    lessRecall: lessRecallIds.length,
    newlyRefusedIds,
    lessRecallIds,
  };
}
