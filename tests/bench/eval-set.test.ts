// The shipped answer-quality set (bench/wcit/eval.json) against the shipped corpus it measures:
// its shape, and that every nugget is something the corpus states. No score is checked here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  EVAL_SPLITS,
  loadEvalSet,
  QUESTION_KINDS,
  suggestedFromEvalSet,
} from "../../src/answer/eval-set.ts";
import { displaySentence } from "../../src/answer/sentences.ts";
import { loadSuggestedQuestions } from "../../src/answer/suggested.ts";
import { normalizeForQuote } from "../../src/answer/verify.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the shipped set (bench/wcit/eval.json)", () => {
  const evalSet = loadEvalSet(path.join(ROOT, "bench", "wcit", "eval.json"));
  const inScopeQuestions = evalSet.questions.filter((q) => q.inScope);
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, "corpus", "sources.json"), "utf8"),
  ) as { documents: { id: string; path: string }[] };

  it("has at least 80 questions, both in and out of scope, in both halves", () => {
    expect(evalSet.questions.length).toBeGreaterThanOrEqual(80);
    for (const split of EVAL_SPLITS) {
      const half = evalSet.questions.filter((q) => q.split === split);
      expect(
        half.some((q) => q.inScope),
        split,
      ).toBe(true);
      expect(
        half.some((q) => !q.inScope),
        split,
      ).toBe(true);
    }
  });

  it("has every kind in both halves", () => {
    for (const split of EVAL_SPLITS) {
      const kinds = new Set(inScopeQuestions.filter((q) => q.split === split).map((q) => q.kind));
      expect([...kinds].sort(), split).toEqual([...QUESTION_KINDS].sort());
    }
  });

  it("gives every in-scope question a kind and 2 to 5 nuggets", () => {
    for (const q of inScopeQuestions) {
      expect(q.kind, q.id).toBeDefined();
      expect(q.nuggets.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.nuggets.length, q.id).toBeLessThanOrEqual(5);
    }
  });

  // A nugget the acceptable documents do not state could never be matched by a quoting answer.
  it("finds every nugget, in one of its phrasings, in one of the question's acceptable documents", () => {
    const paths = new Map(manifest.documents.map((d) => [d.id, d.path]));
    const bodies = new Map<string, string>();
    const body = (id: string) => {
      const rel = paths.get(id);
      expect(rel, `${id} is listed in corpus/sources.json`).toBeDefined();
      if (!bodies.has(id)) {
        const raw = fs.readFileSync(path.join(ROOT, "corpus", rel as string), "utf8");
        const withoutFrontMatter = raw.replace(/^---\n[\s\S]*?\n---\n/, "");
        bodies.set(id, normalizeForQuote(displaySentence(withoutFrontMatter)).toLowerCase());
      }
      return bodies.get(id) as string;
    };
    for (const q of inScopeQuestions) {
      for (const nugget of q.nuggets) {
        const found = nugget.some((phrase) =>
          q.acceptableDocuments.some((id) =>
            body(id).includes(normalizeForQuote(phrase).toLowerCase()),
          ),
        );
        expect(found, `${q.id}: ${JSON.stringify(nugget)}`).toBe(true);
      }
    }
  });

  it("flags exactly the questions corpus/suggested-questions.json offers", () => {
    const offered = loadSuggestedQuestions(path.join(ROOT, "corpus"));
    expect(offered).toBeDefined();
    expect(suggestedFromEvalSet(evalSet).sort()).toEqual([...(offered ?? [])].sort());
  });
});
