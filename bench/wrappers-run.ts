// Asks the tuning half's in-scope questions bare and through each of `WRAPPERS` (bench/wrappers.ts)
// with the extractive engine over the shipped corpus, and prints what each wrapper cost: nugget
// recall bare and wrapped, questions answered bare but refused wrapped, and answers that lost
// nuggets. Never the held-out half. Usage: `npm run eval:wrappers` (a few minutes).
import path from "node:path";
import { runEval } from "../src/answer/eval.ts";
import { loadEvalSet } from "../src/answer/eval-set.ts";
import { loadConfig } from "../src/config.ts";
import { openContext, PROJECT_ROOT } from "../src/context.ts";
import { silentLogger } from "../src/log.ts";
import { bareSet, WRAPPERS, wrappedSet, wrapperCost } from "./wrappers.ts";

const ctx = await openContext(loadConfig(process.env, PROJECT_ROOT), silentLogger);
try {
  const bare = bareSet(loadEvalSet(path.join(PROJECT_ROOT, "bench", "wcit", "eval.json")));
  const asked = await runEval(ctx.engine, bare, { split: "tune" });
  console.log(
    `Tuning half, in scope, first asks: ${bare.questions.length} questions (extractive)\n`,
  );
  console.log("wrapper                recall bare → wrapped   newly refused   fewer nuggets");
  for (const [name, wrap] of Object.entries(WRAPPERS)) {
    const wrapped = await runEval(ctx.engine, wrappedSet(bare, wrap), { split: "tune" });
    const c = wrapperCost(asked.outcomes, wrapped.outcomes);
    console.log(
      `${name.padEnd(22)} ${c.bareRecall.toFixed(3)} → ${c.wrappedRecall.toFixed(3)}        ${String(c.newlyRefused).padStart(3)}             ${String(c.lessRecall).padStart(3)}`,
    );
  }
} finally {
  await ctx.close();
}
