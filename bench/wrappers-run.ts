// Asks the tuning half's in-scope questions bare and through each of `WRAPPERS` (bench/wrappers.ts)
// with the extractive engine over the shipped corpus, and prints what each wrapper cost: nugget
// recall bare and wrapped, questions answered bare but refused wrapped, and answers that lost
// nuggets. Never the held-out half. Usage: `npm run eval:wrappers` (all twenty habits: long, about
// 20 × 1,700 questions).
//
// To run some habits only, name them (any part of a wrapper's name, case-insensitive) as
// arguments or in `WRAPPERS` (comma-separated): `npm run eval:wrappers -- greeting apology`,
// `WRAPPERS="lower case,lines" npm run eval:wrappers`. `--ids` (or `WRAPPERS_IDS=1`) also prints,
// under each habit, the ids of the questions it newly refused and of those with fewer nuggets.
// `--only in-1,in-2` (or `WRAPPERS_ONLY`) asks only those questions (of the tuning half's in-scope
// first asks), for a quick look at a few.
import path from "node:path";
import { runEval } from "../src/answer/eval.ts";
import { loadEvalSet } from "../src/answer/eval-set.ts";
import { loadConfig } from "../src/config.ts";
import { openContext, PROJECT_ROOT } from "../src/context.ts";
import { silentLogger } from "../src/log.ts";
import { bareSet, selectWrappers, WRAPPERS, wrappedSet, wrapperCost } from "./wrappers.ts";

const args = process.argv.slice(2);
const showIds = args.includes("--ids") || process.env.WRAPPERS_IDS === "1";
const onlyAt = args.indexOf("--only");
const onlyArg = onlyAt >= 0 ? args[onlyAt + 1] : process.env.WRAPPERS_ONLY;
const only = onlyArg ? new Set(onlyArg.split(",").map((id) => id.trim())) : undefined;
const names = [
  ...args.filter((a, i) => !a.startsWith("--") && (onlyAt < 0 || i !== onlyAt + 1)),
  ...(process.env.WRAPPERS ?? "").split(","),
].filter((n) => n.trim() !== "");
const chosen = selectWrappers(WRAPPERS, names);
if (Object.keys(chosen).length === 0) {
  console.error(
    `No wrapper matches ${names.join(", ")}; the wrappers: ${Object.keys(WRAPPERS).join("; ")}`,
  );
  process.exit(1);
}

const ctx = await openContext(loadConfig(process.env, PROJECT_ROOT), silentLogger);
try {
  const all = bareSet(loadEvalSet(path.join(PROJECT_ROOT, "bench", "wcit", "eval.json")));
  const bare = only ? { questions: all.questions.filter((q) => only.has(q.id)) } : all;
  const asked = await runEval(ctx.engine, bare, { split: "tune" });
  console.log(
    `Tuning half, in scope, first asks: ${bare.questions.length} questions (extractive)\n`,
  );
  console.log("wrapper                recall bare → wrapped   newly refused   fewer nuggets");
  for (const [name, wrap] of Object.entries(chosen)) {
    const wrapped = await runEval(ctx.engine, wrappedSet(bare, wrap), { split: "tune" });
    const c = wrapperCost(asked.outcomes, wrapped.outcomes);
    console.log(
      `${name.padEnd(22)} ${c.bareRecall.toFixed(3)} → ${c.wrappedRecall.toFixed(3)}        ${String(c.newlyRefused).padStart(3)}             ${String(c.lessRecall).padStart(3)}`,
    );
    if (showIds) {
      console.log(`  newly refused: ${c.newlyRefusedIds.join(" ") || "-"}`);
      console.log(`  fewer nuggets: ${c.lessRecallIds.join(" ") || "-"}`);
    }
  }
} finally {
  await ctx.close();
}
