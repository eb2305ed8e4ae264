// The fault campaign (`npm run faults`) is not part of the suite: it takes minutes. Two of its
// cases run here end to end, and its selection and report, so that it cannot rot unnoticed.
import { describe, expect, it } from "vitest";
import {
  FAULT_CASES,
  formatResult,
  runFaultCases,
  selectCases,
  summaryLine,
} from "../../bench/faults/run.ts";

describe("the fault campaign", () => {
  it("covers every area the issue names, each case with a unique id", () => {
    const ids = FAULT_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "corpus/symlink-loop",
      "corpus/broken-sources-json",
      "corpus/sources-json-path-traversal",
      "process/kill-9-during-ingest",
      "process/ask-during-ingest",
      "model/429-retry-after-a-day",
      "model/null-quote",
      "model/injected-instruction-and-link",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("selects cases by id or by group", () => {
    expect(selectCases(["corpus/symlink-loop"]).map((c) => c.id)).toEqual(["corpus/symlink-loop"]);
    expect(selectCases(["process"]).every((c) => c.id.startsWith("process/"))).toBe(true);
    expect(selectCases(undefined)).toHaveLength(FAULT_CASES.length);
  });

  it("runs two corpus cases end to end, and they hold", async () => {
    const printed: string[] = [];
    const results = await runFaultCases(
      selectCases(["corpus/symlink-loop", "corpus/html-unclosed-comment"]),
      (r) => printed.push(formatResult(r)),
    );
    expect(results.map((r) => [r.id, r.held])).toEqual([
      ["corpus/html-unclosed-comment", true],
      ["corpus/symlink-loop", true],
    ]);
    expect(printed.join("")).toMatch(/^held {8} {2}corpus\/html-unclosed-comment/);
    expect(summaryLine(results)).toBe("2 of 2 cases held.");
  });

  it("reports a case that throws as one that did not hold, naming it in the summary", async () => {
    const results = await runFaultCases([
      {
        id: "test/throws",
        title: "a broken case",
        run: async () => {
          throw new Error("boom");
        },
      },
    ]);
    expect(results[0]?.held).toBe(false);
    expect(results[0]?.detail).toMatch(/the case itself failed: Error: boom/);
    expect(summaryLine(results)).toBe("0 of 1 cases held; did not hold: test/throws.");
  });
});
