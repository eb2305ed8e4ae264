// `npm run faults [-- --only id,group …]`: the fault campaign of issue 13, on loopback only. It
// builds temporary corpora and databases, runs each case (corpus fuzz, killed and concurrent
// processes, a misbehaving model server) and prints, case by case, what held and what did not,
// then a summary line. Exit status 1 when a case did not hold. Takes a minute or two; it is not
// part of `npm test` (tests/bench/faults.test.ts runs two cases so that it cannot rot).
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CORPUS_CASES } from "./corpus.ts";
import { MODEL_CASES } from "./model.ts";
import { PROCESS_CASES } from "./processes.ts";
import { type FaultCase, type FaultOutcome, failed } from "./support.ts";

export const FAULT_CASES: FaultCase[] = [...CORPUS_CASES, ...PROCESS_CASES, ...MODEL_CASES];

export interface FaultResult extends FaultOutcome {
  id: string;
  title: string;
  ms: number;
}

/** Cases whose id is, or starts with a group named in, `only` (`corpus`, `model/500s`, …). */
export function selectCases(only: string[] | undefined, cases = FAULT_CASES): FaultCase[] {
  if (!only?.length) return cases;
  return cases.filter((c) => only.some((o) => c.id === o || c.id.startsWith(`${o}/`)));
}

/** Runs `cases` one after another; a case that throws did not hold, and says why. */
export async function runFaultCases(
  cases: FaultCase[],
  onResult: (result: FaultResult) => void = () => {},
): Promise<FaultResult[]> {
  const results: FaultResult[] = [];
  for (const c of cases) {
    const started = performance.now();
    let outcome: FaultOutcome;
    try {
      outcome = await c.run();
    } catch (err) {
      outcome = failed(`the case itself failed: ${(err as Error).stack ?? String(err)}`);
    }
    const result = { id: c.id, title: c.title, ms: performance.now() - started, ...outcome };
    results.push(result);
    onResult(result);
  }
  return results;
}

export function formatResult(r: FaultResult): string {
  return `${r.held ? "held        " : "DID NOT HOLD"}  ${r.id}  (${r.title})\n              ${r.detail}\n`;
}

export function summaryLine(results: FaultResult[]): string {
  const heldCount = results.filter((r) => r.held).length;
  const failures = results.filter((r) => !r.held).map((r) => r.id);
  return `${heldCount} of ${results.length} cases held${failures.length ? `; did not hold: ${failures.join(", ")}` : ""}.`;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { values } = parseArgs({ options: { only: { type: "string", multiple: true } } });
  const only = values.only?.flatMap((o) => o.split(",")).filter(Boolean);
  const cases = selectCases(only);
  process.stdout.write(`Fault campaign: ${cases.length} case(s), loopback only.\n\n`);
  const results = await runFaultCases(cases, (r) => process.stdout.write(formatResult(r)));
  process.stdout.write(`\n${summaryLine(results)}\n`);
  process.exitCode = results.every((r) => r.held) ? 0 : 1;
}
