// Scoring the answer-quality evaluation on hand-made answers: what counts as stating a nugget, and
// every figure of the report, computed by hand for small sets.
import { describe, expect, it } from "vitest";
import {
  answerWordCount,
  nuggetsStated,
  runEval,
  scoreAnswer,
  summarizeOutcomes,
} from "../../src/answer/eval.ts";
import { formatEvalDetails, formatEvalTable } from "../../src/answer/eval-report.ts";
import { type EvalQuestion, type EvalSet, parseEvalSet } from "../../src/answer/eval-set.ts";
import type { Answer, AnswerEngine, AnswerOptions, Coverage } from "../../src/types.ts";
import { makeDocument, makePassage } from "./fixtures.ts";

interface Scripted {
  text?: string;
  coverage: Coverage;
  cited?: string[];
  /** Documents of the retrieved passages, best first; a [doc, text] pair sets the text. */
  passages?: (string | [string, string])[];
  latencyMs?: number;
}

function makeAnswer(question: string, s: Scripted): Answer {
  return {
    question,
    searchQuery: question,
    text: s.coverage === "none" ? "The corpus does not cover this question." : (s.text ?? "t"),
    mode: "extractive",
    coverage: s.coverage,
    citations: (s.cited ?? []).map((documentId, i) => ({
      n: i + 1,
      passageId: `${documentId}:0`,
      documentId,
      title: documentId,
      quote: "q",
    })),
    closestSources: [],
    verification: { kept: 0, dropped: 0 },
    passages: (s.passages ?? []).map((p, i) => {
      const [id, text] = typeof p === "string" ? [p, "passage text"] : p;
      return {
        passage: makePassage(makeDocument({ id }), i, text),
        document: makeDocument({ id }),
        score: 1,
      };
    }),
    latencyMs: s.latencyMs ?? 1,
  };
}

function scriptedEngine(script: Record<string, Scripted>) {
  const asked: { question: string; options: AnswerOptions | undefined }[] = [];
  const engine: AnswerEngine = {
    mode: "llm",
    async answer(question, options) {
      asked.push({ question, options });
      const s = script[question];
      if (!s) throw new Error(`unscripted ${question}`);
      return makeAnswer(question, s);
    },
    async search() {
      return { passages: [], corrections: [] };
    },
    suggestedQuestions: () => [],
  };
  return { engine, asked };
}

const question = (q: Partial<EvalQuestion> & { id: string }): EvalQuestion => ({
  split: "tune",
  question: `${q.id}?`,
  inScope: true,
  kind: "fact",
  nuggets: [["first fact"], ["second fact"]],
  acceptableDocuments: ["good"],
  ...q,
});

describe("nuggetsStated", () => {
  it("matches case-insensitively once markers, whitespace, quote marks and dashes are folded", () => {
    const text =
      "The adopted Article 5A asks for \u201Csecurity and\n  robustness\u201D [1] of networks. It took effect on 1\u00A0January 2015 [2]; the 1988\u20132012 split [3] remains.";
    expect(
      nuggetsStated(text, [
        ['"Security and Robustness" of networks'],
        ["1 January 2015"],
        ["1988-2012 split remains"],
        ["not in the text", "ALSO ABSENT"],
      ]),
    ).toEqual([true, true, true, false]);
  });

  it("counts a nugget as stated when any one of its phrases occurs", () => {
    expect(
      nuggetsStated("Signed by 89 Member States.", [["89 countries", "89 Member States"]]),
    ).toEqual([true]);
  });

  it("matches on word boundaries: a number inside a longer one, or a prefix, does not count", () => {
    const text = "The 1989 figure and the Resolution text; see TD-64.";
    expect(nuggetsStated(text, [["89"], ["Res"], ["TD-64"], ["64"]])).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it("ignores Markdown emphasis in the text", () => {
    expect(
      nuggetsStated("**Two treaties** in force at once.", [["two treaties in force"]]),
    ).toEqual([true]);
  });
});

describe("answerWordCount", () => {
  it("counts words without [n] markers or bare punctuation", () => {
    expect(answerWordCount("One two three. [1] - Four, five [2][3]")).toBe(5);
  });
});

describe("scoreAnswer", () => {
  const q = question({ id: "q1", nuggets: [["alpha"], ["beta"], ["gamma"], ["delta"]] });

  it("scores the share of nuggets stated, what was missed, cited and retrieved", () => {
    const outcome = scoreAnswer(
      q,
      makeAnswer("q1?", {
        coverage: "full",
        text: "Alpha and gamma [1].",
        cited: ["other", "good"],
        passages: ["x1", "x2", "x3", "x4", "x5", ["good", "Alpha beta gamma delta."]],
      }),
    );
    expect(outcome).toMatchObject({
      answered: true,
      nuggetRecall: 0.5,
      missedNuggets: ["beta", "delta"],
      citedRight: true,
      retrievedTop5: false,
      retrievedTop8: true,
      nuggetsInTop5: 0,
      nuggetsInTop8: 1,
      words: 3,
    });
  });

  it("scores a refusal 0 even when its text happens to contain a nugget", () => {
    const outcome = scoreAnswer(
      question({ id: "q2", nuggets: [["corpus"], ["question"]] }),
      makeAnswer("q2?", { coverage: "none", passages: [["good", "corpus question"]] }),
    );
    expect(outcome).toMatchObject({
      answered: false,
      nuggetRecall: 0,
      citedRight: false,
      words: 0,
      retrievedTop5: true,
      nuggetsInTop5: 1,
    });
  });

  it("leaves nugget recall out for an out-of-scope question", () => {
    const outcome = scoreAnswer(
      question({ id: "o1", inScope: false, kind: undefined, nuggets: [], acceptableDocuments: [] }),
      makeAnswer("o1?", { coverage: "partial", text: "Something.", cited: ["d"], passages: ["d"] }),
    );
    expect(outcome.nuggetRecall).toBeUndefined();
    expect(outcome).toMatchObject({ answered: true, citedRight: false, retrievedTop5: false });
  });
});

/** Eight questions whose every figure is worked out by hand in the test below. */
const SET: EvalSet = parseEvalSet({
  questions: [
    // tune: two facts, a why (a follow-up), an out-of-scope question refused
    {
      id: "t1",
      split: "tune",
      inScope: true,
      kind: "fact",
      question: "t1?",
      nuggets: [["a1"], ["a2"]],
      acceptableDocuments: ["good"],
    },
    {
      id: "t2",
      split: "tune",
      inScope: true,
      kind: "fact",
      question: "t2?",
      nuggets: [["b1"], ["b2"], ["b3"], ["b4"]],
      acceptableDocuments: ["good"],
    },
    {
      id: "t3",
      split: "tune",
      inScope: true,
      kind: "why",
      question: "t3?",
      history: [{ question: "earlier?", answer: "earlier answer" }],
      nuggets: [["c1"], ["c2"]],
      acceptableDocuments: ["good"],
    },
    { id: "t4", split: "tune", inScope: false, question: "t4?" },
    // heldout: a refused in-scope question, a list, two out-of-scope questions answered
    {
      id: "h1",
      split: "heldout",
      inScope: true,
      kind: "when",
      question: "h1?",
      nuggets: [["d1"], ["d2"]],
      acceptableDocuments: ["good"],
    },
    {
      id: "h2",
      split: "heldout",
      inScope: true,
      kind: "list",
      question: "h2?",
      nuggets: [["e1"], ["e2"], ["e3"]],
      acceptableDocuments: ["good", "also-good"],
    },
    { id: "h3", split: "heldout", inScope: false, question: "h3?" },
    { id: "h4", split: "heldout", inScope: false, question: "h4?" },
  ],
});

const SCRIPT: Record<string, Scripted> = {
  // recall 1, cited right, full, 4 words, retrieved at rank 1
  "t1?": {
    coverage: "full",
    text: "a1 and also a2 [1].",
    cited: ["good"],
    passages: ["good"],
    latencyMs: 10,
  },
  // recall 0.25, cites the wrong document, full, 10 words, retrieved at rank 6
  "t2?": {
    coverage: "full",
    text: "b1 one two three four five six seven eight nine [1].",
    cited: ["bad"],
    passages: ["x", "x", "x", "x", "x", "good"],
    latencyMs: 20,
  },
  // recall 0.5, partial, 2 words, not retrieved
  "t3?": { coverage: "partial", text: "c2 here.", cited: ["good"], passages: ["x"], latencyMs: 30 },
  "t4?": { coverage: "none", latencyMs: 40 },
  // refused in scope: recall 0, retrieved at rank 2
  "h1?": { coverage: "none", passages: ["x", "good"], latencyMs: 5 },
  // recall 2/3, cites the second acceptable document, partial, 6 words
  "h2?": {
    coverage: "partial",
    text: "- e1 here [1]\n- e3 and more words [2]",
    cited: ["also-good"],
    passages: ["also-good"],
    latencyMs: 7,
  },
  // out of scope answered: one "full", one "partial"
  "h3?": { coverage: "full", text: "one two three", cited: ["x"], latencyMs: 9 },
  "h4?": { coverage: "partial", text: "one", cited: ["x"], latencyMs: 3 },
};

describe("runEval", () => {
  it("asks every question, extractively, follow-ups with their history", async () => {
    const { engine, asked } = scriptedEngine(SCRIPT);
    const run = await runEval(engine, SET);
    expect(run.mode).toBe("extractive");
    expect(asked.map((a) => a.question)).toEqual(SET.questions.map((q) => q.question));
    expect(asked.every((a) => a.options?.forceExtractive === true)).toBe(true);
    expect(asked.find((a) => a.question === "t3?")?.options?.history).toEqual([
      { question: "earlier?", answer: "earlier answer" },
    ]);
    expect(asked.find((a) => a.question === "t1?")?.options?.history).toBeUndefined();
  });

  it("lets the model answer when asked to", async () => {
    const { engine, asked } = scriptedEngine(SCRIPT);
    const run = await runEval(engine, SET, { forceExtractive: false });
    expect(run.mode).toBe("llm");
    expect(asked.every((a) => a.options?.forceExtractive === false)).toBe(true);
  });

  it("reports each half and the whole, with every figure", async () => {
    const { engine } = scriptedEngine(SCRIPT);
    const { reports } = await runEval(engine, SET);
    expect(Object.keys(reports).sort()).toEqual(["all", "heldout", "tune"]);
    expect(reports.tune).toEqual({
      questions: 4,
      inScope: 3,
      outOfScope: 1,
      nuggetRecall: (1 + 0.25 + 0.5) / 3,
      byKind: {
        fact: { questions: 2, nuggetRecall: (1 + 0.25) / 2 },
        why: { questions: 1, nuggetRecall: 0.5 },
      },
      followUps: { questions: 1, nuggetRecall: 0.5 },
      answeredInScope: 3,
      citedRight: 2,
      citedRightRate: 2 / 3,
      wrongRefusals: 0,
      outOfScopeRefused: 1,
      outOfScopeFull: 0,
      orphans: { answers: 0, sentences: 0 },
      answerWords: { answers: 3, median: 4, p90: 10 },
      retrieval: { top5: 1 / 3, top8: 2 / 3, nuggetsTop5: 0, nuggetsTop8: 0 },
      latencyMs: { p50: 20 },
      coverage: {
        full: { answers: 2, nuggetRecall: (1 + 0.25) / 2 },
        partial: { answers: 1, nuggetRecall: 0.5 },
      },
    });
    expect(reports.heldout).toMatchObject({
      questions: 4,
      inScope: 2,
      outOfScope: 2,
      nuggetRecall: (0 + 2 / 3) / 2,
      byKind: {
        when: { questions: 1, nuggetRecall: 0 },
        list: { questions: 1, nuggetRecall: 2 / 3 },
      },
      followUps: { questions: 0, nuggetRecall: null },
      answeredInScope: 1,
      citedRight: 1,
      citedRightRate: 1,
      wrongRefusals: 1,
      outOfScopeRefused: 0,
      outOfScopeFull: 1,
      // answered: h2 (6 words), h3 (3), h4 (1); the refusal is not counted
      answerWords: { answers: 3, median: 3, p90: 6 },
      retrieval: { top5: 1, top8: 1 },
      latencyMs: { p50: 5 },
      coverage: {
        full: { answers: 0, nuggetRecall: null },
        partial: { answers: 1, nuggetRecall: 2 / 3 },
      },
    });
    expect(reports.all).toMatchObject({
      questions: 8,
      inScope: 5,
      nuggetRecall: (1 + 0.25 + 0.5 + 0 + 2 / 3) / 5,
      wrongRefusals: 1,
      outOfScopeRefused: 1,
      outOfScopeFull: 1,
      answerWords: { answers: 6, median: 3, p90: 10 },
    });
  });

  it("asks only the chosen half and reports only it", async () => {
    const { engine, asked } = scriptedEngine(SCRIPT);
    const run = await runEval(engine, SET, { split: "heldout" });
    expect(asked.map((a) => a.question)).toEqual(["h1?", "h2?", "h3?", "h4?"]);
    expect(Object.keys(run.reports)).toEqual(["heldout"]);
    expect(run.reports.heldout?.questions).toBe(4);
  });
});

describe("summarizeOutcomes", () => {
  it("takes the p90 of answer lengths by nearest rank, over answered questions only", () => {
    const outcomes = Array.from({ length: 10 }, (_, i) =>
      scoreAnswer(
        question({ id: `w${i}` }),
        makeAnswer(`w${i}?`, {
          coverage: "partial",
          text: Array.from({ length: (i + 1) * 10 }, () => "word").join(" "),
        }),
      ),
    );
    outcomes.push(scoreAnswer(question({ id: "r" }), makeAnswer("r?", { coverage: "none" })));
    expect(summarizeOutcomes(outcomes).answerWords).toEqual({ answers: 10, median: 50, p90: 90 });
  });

  it("gives null rather than a made-up figure for an empty group", () => {
    const report = summarizeOutcomes([]);
    expect(report.nuggetRecall).toBeNull();
    expect(report.citedRightRate).toBeNull();
    expect(report.retrieval.top5).toBeNull();
    expect(report.answerWords).toEqual({ answers: 0, median: 0, p90: 0 });
  });
});

describe("orphan 'this X' sentences", () => {
  // o1 quotes "these comments" with nothing before it; o2 names the comments first.
  const script: Record<string, Scripted> = {
    "o1?": {
      coverage: "partial",
      text: "Critics wrote that these comments had no formal standing. [1]",
      cited: ["good"],
    },
    "o2?": {
      coverage: "partial",
      text: "Groups filed comments in November. [1] Critics wrote that these comments had no formal standing. [1]",
      cited: ["good"],
    },
    "o3?": { coverage: "none" },
  };
  const set = parseEvalSet({
    questions: ["o1", "o2", "o3"].map((id) => question({ id })),
  });

  it("are counted per answer, shown in the table and named in the detail", async () => {
    const run = await runEval(scriptedEngine(script).engine, set, { split: "tune" });
    expect(run.outcomes.map((o) => o.orphanSentences.length)).toEqual([1, 0, 0]);
    expect(run.reports.tune?.orphans).toEqual({ answers: 1, sentences: 1 });
    expect(formatEvalTable(run)).toMatch(/^orphan "this X": answers \(sentences\)\s+1 \(1\)$/m);
    const details = formatEvalDetails(run, "tune");
    expect(details).toContain(
      'orphan "this X": "Critics wrote that these comments had no formal standing."',
    );
    expect(details.match(/orphan "this X"/g)).toHaveLength(1);
  });
});

describe("the printed report", () => {
  it("prints one column per half and the whole", async () => {
    const { engine } = scriptedEngine(SCRIPT);
    const table = formatEvalTable(await runEval(engine, SET));
    expect(table).toContain("Answer quality (extractive, 8 questions: tune 4, heldout 4)");
    expect(table).toMatch(/^\s+tune\s+heldout\s+all$/m);
    expect(table).toMatch(/^nugget recall \(in scope, refusal = 0\)\s+0\.58\s+0\.33\s+0\.48$/m);
    expect(table).toMatch(/^ {2}fact\s+0\.63 \(2\)\s+–\s+0\.63 \(2\)$/m);
    expect(table).toMatch(/^wrong refusals \(in scope\)\s+0\/3\s+1\/2\s+1\/5$/m);
    expect(table).toMatch(/^out of scope answered "full"\s+0\s+1\s+1$/m);
    expect(table).toMatch(/^answer words, median \/ p90\s+4 \/ 10\s+3 \/ 6\s+3 \/ 10$/m);
  });

  it("shows per-question detail for the tuning half only, unless the held-out half is named", async () => {
    const { engine } = scriptedEngine(SCRIPT);
    const run = await runEval(engine, SET);
    const everyday = formatEvalDetails(run, "all");
    expect(everyday).toContain("t2 [tune · fact]");
    expect(everyday).toContain('missed: "b2", "b3", "b4"');
    expect(everyday).toContain("cited wrong (bad)");
    expect(everyday).toContain("t3 [tune · why, follow-up]");
    expect(everyday).not.toMatch(/\bh[1-4]\b/);
    expect(everyday).not.toContain("e1");
    expect(everyday).toContain("Held-out questions are not shown");

    const tuneOnly = formatEvalDetails(await runEval(engine, SET, { split: "tune" }), "tune");
    expect(tuneOnly).not.toMatch(/\bh[1-4]\b/);
    expect(tuneOnly).not.toContain("Held-out questions are not shown");

    const named = formatEvalDetails(await runEval(engine, SET, { split: "heldout" }), "heldout");
    expect(named).toContain("h1 [heldout · when]");
    expect(named).toContain("h3 [heldout · out of scope]");
    expect(named).toContain("ANSWERED");
    expect(named).not.toMatch(/\bt[1-4]\b/);
  });
});

describe("blind probes", () => {
  // The tuning half with two blind probes: one answered in full, one refused.
  const PROBED: EvalSet = parseEvalSet({
    questions: [
      ...SET.questions.filter((q) => q.split === "tune"),
      {
        id: "p1",
        split: "probe",
        inScope: true,
        kind: "how",
        question: "p1?",
        nuggets: [["f1"], ["f2"]],
        acceptableDocuments: ["good"],
      },
      { id: "p2", split: "probe", inScope: false, question: "p2?" },
    ],
  });
  const PROBE_SCRIPT: Record<string, Scripted> = {
    ...SCRIPT,
    "p1?": { coverage: "full", text: "f1 and f2 [1].", cited: ["good"], passages: ["good"] },
    "p2?": { coverage: "none" },
  };

  it("are reported in a column of their own, apart from the tuning half", async () => {
    const { engine } = scriptedEngine(PROBE_SCRIPT);
    const run = await runEval(engine, PROBED);
    expect(Object.keys(run.reports).sort()).toEqual(["all", "heldout", "probe", "tune"]);
    expect(run.reports.tune?.questions).toBe(4);
    expect(run.reports.probe).toMatchObject({
      questions: 2,
      inScope: 1,
      nuggetRecall: 1,
      outOfScopeRefused: 1,
    });
    expect(formatEvalTable(run)).toMatch(/^\s+tune\s+heldout\s+probe\s+all$/m);
  });

  it("get no column when the set has none", async () => {
    const { engine } = scriptedEngine(SCRIPT);
    expect(Object.keys((await runEval(engine, SET)).reports)).not.toContain("probe");
  });

  it("are never shown question by question unless asked for alone", async () => {
    const { engine } = scriptedEngine(PROBE_SCRIPT);
    const everyday = formatEvalDetails(await runEval(engine, PROBED), "all");
    expect(everyday).toContain("t1 [tune · fact]");
    expect(everyday).not.toMatch(/\bp[12]\b/);
    expect(everyday).toContain("Blind probes are not shown");

    const named = formatEvalDetails(await runEval(engine, PROBED, { split: "probe" }), "probe");
    expect(named).toContain("p1 [probe · how]");
    expect(named).toContain("p2 [probe · out of scope]");
    expect(named).not.toMatch(/\bt[1-4]\b/);
  });
});
