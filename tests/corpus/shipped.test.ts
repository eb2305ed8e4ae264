// The one check of the shipped corpus/ folder. Every other test reads the fixture corpus, so that a
// document added to corpus/ (as the README invites) changes no outcome; this file checks what must
// hold for ANY shipped corpus: it ingests cleanly, its settings files are valid, and the questions
// the app suggests to new users (corpus/suggested-questions.json, and the Slack manifest's prompts
// among them) are answered. No document or passage count is pinned.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSuggestedQuestions } from "../../src/answer/suggested.ts";
import { loadConfig } from "../../src/config.ts";
import { type AppContext, openContext, PROJECT_ROOT } from "../../src/context.ts";
import type { IngestReport } from "../../src/corpus/ingest.ts";
import { loadManifest } from "../../src/corpus/manifest.ts";
import { describeCorpusSources } from "../../src/corpus/sources.ts";
import { loadDigestTopicsIfPresent } from "../../src/digest/topics.ts";
import { silentLogger } from "../../src/log.ts";
import { loadGlossary } from "../../src/search/index.ts";
import { makeTempDir, removeDir } from "../support/corpus-builder.ts";

const SHIPPED = path.join(PROJECT_ROOT, "corpus");
const dataDir = makeTempDir("wcit-shipped-");
let ctx: AppContext;
let report: IngestReport | undefined;

beforeAll(async () => {
  const config = loadConfig({ CORPUS_DIR: SHIPPED, DATA_DIR: dataDir });
  ctx = await openContext(config, silentLogger, {
    onIngest: (phase, r) => {
      if (phase === "done") report = r;
    },
  });
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  removeDir(dataDir);
});

describe("the shipped corpus", () => {
  it("ingests every file without a skip, and every listed file without a warning", () => {
    expect(report?.skipped).toEqual([]);
    // A file someone dropped in without a manifest entry is indexed with a warning (README): fine.
    expect(report?.warnings.filter((w) => !/ is not listed in /.test(w))).toEqual([]);
    expect(loadManifest(SHIPPED).problems).toEqual([]);
    const states = describeCorpusSources({ corpusDir: SHIPPED, store: ctx.corpus });
    const local = states.filter((s) => !s.remote);
    expect(local.length).toBeGreaterThan(0);
    for (const s of local) expect(s.state, s.id).toBe("indexed");
    for (const d of ctx.corpus.listDocuments()) {
      expect(ctx.corpus.passagesOf(d.id).length, d.id).toBeGreaterThan(0);
    }
  });

  it("ships a valid glossary and digest topic list when it has them", () => {
    if (fs.existsSync(path.join(SHIPPED, "glossary.json"))) {
      expect(loadGlossary(path.join(SHIPPED, "glossary.json")).entries.length).toBeGreaterThan(0);
    }
    const topics = loadDigestTopicsIfPresent(SHIPPED);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });

  it("offers in the Slack manifest only prompts that the corpus lists as suggested", () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(PROJECT_ROOT, "manifest.json"), "utf8"),
    ) as {
      features: { agent_view?: { suggested_prompts: { message: string }[] } };
    };
    const offered = loadSuggestedQuestions(SHIPPED) ?? [];
    for (const prompt of manifest.features.agent_view?.suggested_prompts ?? []) {
      expect(offered).toContain(prompt.message);
    }
  });

  it("answers every question it suggests to new users, with citations", async () => {
    const suggested = ctx.engine.suggestedQuestions();
    expect(suggested.length).toBeGreaterThan(0);
    for (const question of suggested) {
      const answer = await ctx.engine.answer(question, { forceExtractive: true });
      expect(answer.coverage, question).not.toBe("none");
      expect(answer.citations.length, question).toBeGreaterThan(0);
    }
  });

  it("opens the README's quick-start answer with the article's own answer to it", async () => {
    // A sentence of background with a causal word ("…as Member States renegotiate…, warning of
    // the risks") once took the lead from the sentence that answers why.
    const answer = await ctx.engine.answer("Why is the ITU ill-suited to regulate cybersecurity?", {
      forceExtractive: true,
    });
    expect(answer.text).toMatch(
      /^The issue of cybersecurity perfectly illustrates why the International Telecommunication Union/,
    );
  });
});
