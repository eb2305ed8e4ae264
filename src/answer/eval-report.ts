// The evaluation's figures for people: one compact table with a column per half, and per-question
// detail. Detail of the held-out half and of the blind probes is shown only when asked for by name,
// so that everyday tuning never looks at it.

import type { EvalRun, QuestionOutcome, SplitChoice, SplitReport } from "./eval.ts";
import { EVAL_SPLITS, type EvalSplit, QUESTION_KINDS, type QuestionKind } from "./eval-set.ts";

const COLUMN_ORDER: SplitChoice[] = ["tune", "heldout", "probe", "all"];
const LABEL_WIDTH = 40;
const COLUMN_WIDTH = 14;

const fixed = (n: number | null, digits = 2) => (n === null ? "–" : n.toFixed(digits));
const ratio = (a: number, b: number) => `${a}/${b}`;

/** Table rows: a label and one cell per report. */
function rows(reports: SplitReport[]): [string, string[]][] {
  const cell = (f: (r: SplitReport) => string): string[] => reports.map(f);
  const out: [string, string[]][] = [
    ["questions (in / out of scope)", cell((r) => `${r.inScope} / ${r.outOfScope}`)],
    ["nugget recall (in scope, refusal = 0)", cell((r) => fixed(r.nuggetRecall))],
  ];
  const kinds = QUESTION_KINDS.filter((k) => reports.some((r) => r.byKind[k]));
  for (const kind of kinds) {
    out.push([`  ${kind}`, cell((r) => recallCell(r.byKind[kind]))]);
  }
  if (reports.some((r) => r.followUps.questions > 0)) {
    out.push(["  follow-ups (any kind)", cell((r) => recallCell(r.followUps))]);
  }
  out.push(
    [
      "cited right (of answered in scope)",
      cell((r) => `${ratio(r.citedRight, r.answeredInScope)} ${fixed(r.citedRightRate)}`),
    ],
    ["answered citing an acceptable document", cell((r) => ratio(r.citedRight, r.inScope))],
    ["wrong refusals (in scope)", cell((r) => ratio(r.wrongRefusals, r.inScope))],
    ["out of scope refused", cell((r) => ratio(r.outOfScopeRefused, r.outOfScope))],
    ['out of scope answered "full"', cell((r) => String(r.outOfScopeFull))],
    [
      'orphan "this X": answers (sentences)',
      cell((r) => `${r.orphans.answers} (${r.orphans.sentences})`),
    ],
    ["answer words, median / p90", cell((r) => `${r.answerWords.median} / ${r.answerWords.p90}`)],
    ["acceptable document in top 5 passages", cell((r) => fixed(r.retrieval.top5))],
    ["acceptable document in top 8 passages", cell((r) => fixed(r.retrieval.top8))],
    ["nuggets stated by top 5 passages", cell((r) => fixed(r.retrieval.nuggetsTop5))],
    ["nuggets stated by top 8 passages", cell((r) => fixed(r.retrieval.nuggetsTop8))],
    ["answer latency p50 (ms)", cell((r) => String(r.latencyMs.p50))],
    [
      'labelled "full": answers, recall',
      cell((r) => `${r.coverage.full.answers} · ${fixed(r.coverage.full.nuggetRecall)}`),
    ],
    [
      'labelled "partial": answers, recall',
      cell((r) => `${r.coverage.partial.answers} · ${fixed(r.coverage.partial.nuggetRecall)}`),
    ],
  );
  return out;
}

function recallCell(group: { questions: number; nuggetRecall: number | null } | undefined) {
  return group && group.questions > 0 ? `${fixed(group.nuggetRecall)} (${group.questions})` : "–";
}

/** The compact table: a heading, then one row per figure and one column per half asked. */
export function formatEvalTable(run: EvalRun): string {
  const columns = COLUMN_ORDER.filter((c) => run.reports[c]);
  const reports = columns.map((c) => run.reports[c] as SplitReport);
  const counts = EVAL_SPLITS.map(
    (s) => [s, run.outcomes.filter((o) => o.split === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s} ${n}`)
    .join(", ");
  const lines = [
    `Answer quality (${run.mode}, ${run.outcomes.length} questions: ${counts})`,
    "",
    `${"".padEnd(LABEL_WIDTH)}${columns.map((c) => c.padStart(COLUMN_WIDTH)).join("")}`,
  ];
  for (const [label, cells] of rows(reports)) {
    lines.push(
      `${label.padEnd(LABEL_WIDTH)}${cells.map((c) => c.padStart(COLUMN_WIDTH)).join("")}`,
    );
  }
  return lines.join("\n");
}

/**
 * Halves whose per-question detail may be shown: the tuning half, and the held-out half or the
 * blind probes only when asked for alone.
 */
function detailSplits(split: SplitChoice): EvalSplit[] {
  return split === "all" ? ["tune"] : [split];
}

export function detailOutcomes(run: EvalRun, split: SplitChoice): QuestionOutcome[] {
  const shown = detailSplits(split);
  return run.outcomes.filter((o) => shown.includes(o.split));
}

/** Per-question lines: what was missed, cited and retrieved, and the answer itself. */
export function formatEvalDetails(run: EvalRun, split: SplitChoice): string {
  const lines: string[] = [];
  for (const o of detailOutcomes(run, split)) {
    lines.push("", headline(o), `  Q: ${o.question}`);
    if (o.inScope && o.missedNuggets.length > 0) {
      lines.push(`  missed: ${o.missedNuggets.map((n) => `"${n}"`).join(", ")}`);
    }
    if (o.answered) lines.push(`  A: ${o.text.replace(/\s*\n\s*/g, " ")}`);
    for (const s of o.orphanSentences) lines.push(`  orphan "this X": "${s}"`);
  }
  if (split === "all" && run.outcomes.some((o) => o.split === "heldout")) {
    lines.push(
      "",
      "Held-out questions are not shown: ask for them by name (--split heldout --details), and never tune on them.",
    );
  }
  if (split === "all" && run.outcomes.some((o) => o.split === "probe")) {
    lines.push(
      "",
      "Blind probes are not shown: they stay blind only while nobody reads them (--split probe --details), and are never tuned on.",
    );
  }
  return lines.join("\n").replace(/^\n/, "");
}

function headline(o: QuestionOutcome): string {
  const what = o.inScope
    ? `${o.kind as QuestionKind}${o.followUp ? ", follow-up" : ""}`
    : "out of scope";
  const parts = [`${o.id} [${o.split} · ${what}]`, `coverage ${o.coverage}`];
  if (o.inScope) {
    parts.push(`recall ${fixed(o.nuggetRecall ?? 0)}`);
    if (o.answered)
      parts.push(
        `cited ${o.citedRight ? "right" : `wrong (${o.citedDocuments.join(", ") || "none"})`}`,
      );
    parts.push(`top 5 ${o.retrievedTop5 ? "yes" : "no"}`);
  } else {
    parts.push(o.answered ? "ANSWERED" : "refused");
  }
  parts.push(`${o.words} words`);
  return parts.join(" · ");
}
