// The answer-quality set (bench/wcit/eval.json): what each question is, what a good answer states,
// and which half it belongs to. Loading validates it whole, so a run never starts on a set whose
// scores would mean nothing.
import { z } from "zod";
import { WcitError } from "../errors.ts";
import { readJsonFile } from "../json-file.ts";
import { MAX_QUESTION_LENGTH } from "./limits.ts";

/** What a question asks for; a follow-up has the kind of what it asks. */
export const QUESTION_KINDS = [
  "fact",
  "why",
  "how",
  "who",
  "when",
  "how-many",
  "compare",
  "list",
  "yes-no",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * tune: the engine may be tuned on it. heldout: reported, never tuned on. probe: blind probes,
 * batches written before any of them was run and never tuned on or read question by question,
 * that measure how the rules carry over to wording nobody has seen (as the sets the project never
 * sees are run).
 */
export const EVAL_SPLITS = ["tune", "heldout", "probe"] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];

export const MIN_NUGGETS = 2;
export const MAX_NUGGETS = 5;
/** A nugget's alternative is a short phrase, not a sentence: long ones only match verbatim copies. */
const MAX_NUGGET_WORDS = 6;

const phrase = z
  .string()
  .trim()
  .min(1, "an empty phrase")
  .refine((s) => s.split(/\s+/).length <= MAX_NUGGET_WORDS, {
    message: `a phrase of more than ${MAX_NUGGET_WORDS} words (nuggets are short phrases)`,
  });

/** One key fact: alternative phrases, any one of which in the answer counts as stating it. */
const NuggetSchema = z.array(phrase).min(1, "a nugget needs at least one phrase");

const TurnSchema = z.object({ question: z.string().min(1), answer: z.string() }).strict();

const EvalQuestionSchema = z
  .object({
    id: z.string().min(1),
    split: z.enum(EVAL_SPLITS, { error: `split must be one of ${EVAL_SPLITS.join(", ")}` }),
    question: z.string().trim().min(1).max(MAX_QUESTION_LENGTH),
    inScope: z.boolean(),
    kind: z
      .enum(QUESTION_KINDS, { error: `kind must be one of ${QUESTION_KINDS.join(", ")}` })
      .optional(),
    /** The key facts a good answer states (in-scope questions only). */
    nuggets: z.array(NuggetSchema).default([]),
    /** Documents any of which holds the answer (in-scope questions only). */
    acceptableDocuments: z.array(z.string().min(1)).default([]),
    /** Earlier turns of the conversation, oldest first: the question is a follow-up. */
    history: z.array(TurnSchema).min(1).optional(),
    /** Offered as a suggested prompt (corpus/suggested-questions.json lists the same questions). */
    suggested: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (q.inScope) {
      if (!q.kind) problem("kind", "an in-scope question needs a kind");
      if (q.nuggets.length < MIN_NUGGETS || q.nuggets.length > MAX_NUGGETS)
        problem(
          "nuggets",
          `an in-scope question needs ${MIN_NUGGETS} to ${MAX_NUGGETS} nuggets (it has ${q.nuggets.length})`,
        );
      if (q.acceptableDocuments.length === 0)
        problem("acceptableDocuments", "an in-scope question needs at least one document");
    } else {
      if (q.nuggets.length > 0) problem("nuggets", "an out-of-scope question has no nuggets");
      if (q.acceptableDocuments.length > 0)
        problem("acceptableDocuments", "an out-of-scope question has no acceptable documents");
      if (q.suggested) problem("suggested", "an out-of-scope question cannot be suggested");
    }
  });

const EvalSetSchema = z
  .object({
    description: z.string().optional(),
    questions: z.array(EvalQuestionSchema).min(1, "the set has no questions"),
  })
  .strict();

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export type EvalSet = z.infer<typeof EvalSetSchema>;

export class EvalSetError extends WcitError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super("eval_set_invalid", message);
  }
}

/**
 * Reads and validates an evaluation set. The error names the file and, for each problem (up to a
 * handful), the question by id and the field at fault.
 */
export function loadEvalSet(file: string): EvalSet {
  const read = readJsonFile(file);
  if (!read.ok) {
    throw new EvalSetError(`Cannot read the evaluation set ${file}: ${read.reason}`, file);
  }
  return parseEvalSet(read.value, file);
}

const PROBLEMS_SHOWN = 8;

export function parseEvalSet(data: unknown, file = "the evaluation set"): EvalSet {
  const parsed = EvalSetSchema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${where(data, issue.path)}: ${issue.message}`);
    }
  } else {
    const seen = new Set<string>();
    for (const q of parsed.data.questions) {
      if (seen.has(q.id)) problems.push(`duplicate id "${q.id}"`);
      seen.add(q.id);
    }
  }
  if (problems.length > 0 || !parsed.success) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  ${p}`);
    if (problems.length > PROBLEMS_SHOWN)
      shown.push(`  … and ${problems.length - PROBLEMS_SHOWN} more`);
    throw new EvalSetError(`Invalid evaluation set ${file}:\n${shown.join("\n")}`, file);
  }
  return parsed.data;
}

/** `question "in-03" nuggets.1` rather than `questions.2.nuggets.1`: people fix questions by id. */
function where(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== "questions" || typeof path[1] !== "number") {
    return path.length > 0 ? path.map(String).join(".") : "(file)";
  }
  const questions = (data as { questions?: unknown[] }).questions;
  const id = (questions?.[path[1]] as { id?: unknown } | undefined)?.id;
  const label = typeof id === "string" && id !== "" ? `"${id}"` : `#${path[1] + 1}`;
  const rest = path.slice(2).map(String).join(".");
  return rest ? `question ${label} ${rest}` : `question ${label}`;
}

/** In-scope questions flagged `suggested`. */
export function suggestedFromEvalSet(evalSet: EvalSet): string[] {
  return evalSet.questions.filter((q) => q.inScope && q.suggested).map((q) => q.question);
}
