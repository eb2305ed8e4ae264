// The evaluation set and its runner: in-scope questions must be answered with an expected document
// among the citations, out-of-scope questions must be refused ("not covered"). The relevance floor
// (src/answer/relevance.ts) and the "full" coverage threshold (src/answer/extractive.ts) are tuned
// on it; `npm run eval` prints the totals.
import { z } from "zod";
import { readJsonFile } from "../json-file.ts";
import type { AnswerEngine, AnswerMode, Coverage } from "../types.ts";

const EvalQuestionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1),
    inScope: z.boolean(),
    /** For in-scope questions: documents of which at least one must be cited. */
    expectedDocuments: z.array(z.string().min(1)).default([]),
    /** Offered as a suggested prompt (the question is answered with full coverage). */
    suggested: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((q) => !q.inScope || q.expectedDocuments.length > 0, {
    message: "an in-scope question needs at least one expected document",
    path: ["expectedDocuments"],
  });

const EvalSetSchema = z.object({
  description: z.string().optional(),
  questions: z.array(EvalQuestionSchema).min(1),
});

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export type EvalSet = z.infer<typeof EvalSetSchema>;

export class EvalSetError extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "EvalSetError";
  }
}

/** Reads and validates an evaluation set; an error names the file and the bad question. */
export function loadEvalSet(file: string): EvalSet {
  const read = readJsonFile(file);
  if (!read.ok) {
    throw new EvalSetError(`Cannot read the evaluation set ${file}: ${read.reason}`, file);
  }
  const parsed = EvalSetSchema.safeParse(read.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvalSetError(
      `Invalid evaluation set ${file}: ${(issue?.path ?? []).join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
      file,
    );
  }
  const seen = new Set<string>();
  for (const q of parsed.data.questions) {
    if (seen.has(q.id))
      throw new EvalSetError(`Invalid evaluation set ${file}: duplicate id "${q.id}"`, file);
    seen.add(q.id);
  }
  return parsed.data;
}

/** In-scope questions flagged `suggested`: prompts the corpus is known to answer well. */
export function suggestedFromEvalSet(evalSet: EvalSet): string[] {
  return evalSet.questions.filter((q) => q.inScope && q.suggested).map((q) => q.question);
}

export type EvalOutcome =
  /** In scope, answered, an expected document cited. */
  | "answered"
  /** In scope, answered, but none of the expected documents cited. */
  | "wrong-sources"
  /** In scope but refused as not covered. */
  | "wrongly-refused"
  /** Out of scope and refused. */
  | "refused"
  /** Out of scope but answered anyway. */
  | "wrongly-answered";

export interface EvalQuestionResult {
  id: string;
  question: string;
  inScope: boolean;
  expectedDocuments: string[];
  mode: AnswerMode;
  coverage: Coverage;
  citedDocuments: string[];
  outcome: EvalOutcome;
  passed: boolean;
  latencyMs: number;
}

export interface EvalTotals {
  questions: number;
  passed: number;
  inScope: number;
  /** In-scope questions answered (coverage not "none"). */
  inScopeAnswered: number;
  /** In-scope questions answered with an expected document among the citations. */
  inScopeAnsweredWithExpected: number;
  /** In-scope answers with coverage "full". */
  inScopeFull: number;
  outOfScope: number;
  outOfScopeRefused: number;
}

export interface EvalResult {
  results: EvalQuestionResult[];
  totals: EvalTotals;
  /** A few lines for the terminal. */
  summary: string;
}

/**
 * Asks every question of the set and scores the answers. Extractive by default: the floor sits in
 * front of both modes, and an eval run should neither cost tokens nor vary between runs.
 */
export async function runEval(
  engine: AnswerEngine,
  evalSet: EvalSet,
  options: { forceExtractive?: boolean } = {},
): Promise<EvalResult> {
  const forceExtractive = options.forceExtractive ?? true;
  const results: EvalQuestionResult[] = [];
  for (const q of evalSet.questions) {
    const answer = await engine.answer(q.question, { forceExtractive });
    const citedDocuments = [...new Set(answer.citations.map((c) => c.documentId))];
    const answered = answer.coverage !== "none";
    let outcome: EvalOutcome;
    if (q.inScope) {
      if (!answered) outcome = "wrongly-refused";
      else
        outcome = citedDocuments.some((d) => q.expectedDocuments.includes(d))
          ? "answered"
          : "wrong-sources";
    } else {
      outcome = answered ? "wrongly-answered" : "refused";
    }
    results.push({
      id: q.id,
      question: q.question,
      inScope: q.inScope,
      expectedDocuments: q.expectedDocuments,
      mode: answer.mode,
      coverage: answer.coverage,
      citedDocuments,
      outcome,
      passed: outcome === "answered" || outcome === "refused",
      latencyMs: answer.latencyMs,
    });
  }
  const totals = totalsOf(results);
  return { results, totals, summary: summarize(results, totals) };
}

function totalsOf(results: EvalQuestionResult[]): EvalTotals {
  const inScope = results.filter((r) => r.inScope);
  const outOfScope = results.filter((r) => !r.inScope);
  return {
    questions: results.length,
    passed: results.filter((r) => r.passed).length,
    inScope: inScope.length,
    inScopeAnswered: inScope.filter((r) => r.coverage !== "none").length,
    inScopeAnsweredWithExpected: inScope.filter((r) => r.outcome === "answered").length,
    inScopeFull: inScope.filter((r) => r.coverage === "full").length,
    outOfScope: outOfScope.length,
    outOfScopeRefused: outOfScope.filter((r) => r.outcome === "refused").length,
  };
}

function summarize(results: EvalQuestionResult[], t: EvalTotals): string {
  const lines = [
    `Evaluation: ${t.passed}/${t.questions} passed.`,
    `  in scope: ${t.inScopeAnsweredWithExpected}/${t.inScope} answered citing an expected document (${t.inScopeAnswered} answered, ${t.inScopeFull} with full coverage)`,
    `  out of scope: ${t.outOfScopeRefused}/${t.outOfScope} refused as not covered`,
  ];
  const failures = results.filter((r) => !r.passed);
  if (failures.length > 0) {
    lines.push("Failed:");
    for (const r of failures) {
      const cited = r.citedDocuments.length > 0 ? ` (cited: ${r.citedDocuments.join(", ")})` : "";
      lines.push(`  ${r.id} ${r.outcome}: ${r.question}${cited}`);
    }
  }
  return lines.join("\n");
}
