// Calibrates the coverage decision (src/answer/relevance.ts RELEVANCE_RULE) on the TUNING half of
// the answer evaluation set, never the held-out half: for each candidate rule it prints how many
// in-scope questions are wrongly refused, how many out-of-scope ones are refused, and the mean
// nugget recall. Usage: `npm run calibrate` (extractive mode, the shipped corpus, ~20 s).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAnswerEngine } from "../src/answer/engine.ts";
import { runEval } from "../src/answer/eval.ts";
import { loadEvalSet } from "../src/answer/eval-set.ts";
import { RELEVANCE_RULE, type RelevanceRule } from "../src/answer/relevance-rule.ts";
import { corpusTermWeight } from "../src/answer/term-weights.ts";
import { PROJECT_ROOT } from "../src/context.ts";
import { ingestCorpus } from "../src/corpus/ingest.ts";
import { silentLogger } from "../src/log.ts";
import { analyze, loadGlossary, openSearchIndex } from "../src/search/index.ts";
import { createCorpusStore } from "../src/store/corpus.ts";
import { openDatabase } from "../src/store/db.ts";
import { createSearchIndexStore } from "../src/store/search-index.ts";

const FLOORS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const MAX_MISSING = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1];

const corpusDir = path.join(PROJECT_ROOT, "corpus");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-calibrate-"));
const db = openDatabase(path.join(dir, "index.sqlite"));
try {
  const corpus = createCorpusStore(db);
  await ingestCorpus({ corpusDir, store: corpus, log: silentLogger });
  const glossary = loadGlossary(path.join(corpusDir, "glossary.json"));
  const index = openSearchIndex({
    store: createSearchIndexStore(db),
    corpus,
    glossary,
    log: silentLogger,
  });
  const evalSet = loadEvalSet(path.join(PROJECT_ROOT, "bench", "wcit", "eval.json"));
  const termWeight = corpusTermWeight(corpus);
  const rows: string[] = [];
  for (const floor of FLOORS) {
    for (const maxMissingShare of MAX_MISSING) {
      const rule: RelevanceRule = { floor, maxMissingShare };
      const engine = createAnswerEngine({
        retrieve: async (query, k) => index.search(query, { k }),
        glossary,
        analyze,
        termWeight,
        relevanceRule: rule,
      });
      const { reports } = await runEval(engine, evalSet, { split: "tune" });
      const r = reports.tune;
      if (!r) continue;
      const current =
        floor === RELEVANCE_RULE.floor && maxMissingShare === RELEVANCE_RULE.maxMissingShare;
      rows.push(
        `${floor.toFixed(2)}  ${maxMissingShare.toFixed(2)}   ${String(r.wrongRefusals).padStart(2)}/${r.inScope}     ${String(r.outOfScopeRefused).padStart(2)}/${r.outOfScope}   ${r.outOfScopeFull}    ${(r.nuggetRecall ?? 0).toFixed(3)}${current ? "   ← RELEVANCE_RULE" : ""}`,
      );
    }
  }
  console.log("Coverage rule on the tuning half (extractive):\n");
  console.log("floor maxMiss  wrongly refused  OOS refused  OOS full  nugget recall");
  for (const row of rows) console.log(row);
} finally {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
