import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/search/analyze.ts";
import {
  createGlossary,
  GlossaryError,
  glossaryExpansions,
  loadGlossary,
} from "../../src/search/glossary.ts";
import { queryTerms, weightedQueryTerms } from "../../src/search/index.ts";
import { STARTER_FIXTURE } from "../support/corpus-builder.ts";

const glossary = createGlossary([
  { id: "itrs", variants: ["ITRs", "International Telecommunication Regulations"] },
  { id: "roa", variants: ["ROA", "recognized operating agency"] },
  { id: "wcit", variants: ["WCIT-12", "World Conference on International Telecommunications"] },
  { id: "us", variants: ["United States"], alsoFinds: ["US"] },
]);

describe("glossary expansion", () => {
  it("expands an acronym to its long form", () => {
    expect(queryTerms("What do the ITRs say?", glossary)).toEqual(
      expect.arrayContaining(["itr", "intern", "telecommun", "regul"]),
    );
  });

  it("expands a long form to its acronym", () => {
    expect(queryTerms("Which recognized operating agencies?", glossary)).toContain("roa");
  });

  it("weights expansions below the words typed", () => {
    const terms = weightedQueryTerms("ROA obligations", glossary);
    const weight = (t: string) => terms.find((x) => x.term === t)?.weight;
    expect(weight("roa")).toBe(1);
    expect(weight("oblig")).toBe(1);
    expect(weight("recogn")).toBeGreaterThan(0);
    expect(weight("recogn")).toBeLessThan(1);
  });

  it("expands as the whole glossary would, whichever entries the question can trigger", () => {
    for (const question of [
      "ITRs and WCIT-12",
      "ROA and the World Conference on International Telecommunications",
      "international regulations",
      "United States US position",
      "nothing from the glossary here",
      "ITRs ITRs recognized operating agency",
    ]) {
      const own = analyze(question);
      const expected = new Map<string, number>();
      for (const t of own) expected.set(t, (expected.get(t) ?? 0) + 1);
      for (const t of glossaryExpansions(own, glossary)) if (!expected.has(t)) expected.set(t, 0.5);
      expect(
        weightedQueryTerms(question, glossary, { expansionWeight: 0.5, contextWeight: 0.3 }),
      ).toEqual([...expected].map(([term, weight]) => ({ term, weight })));
    }
  });

  it("needs the whole long form, in order, to fire", () => {
    expect(queryTerms("international regulations", glossary)).not.toContain("itr");
  });

  it("never adds bare numbers or single letters, nor fires on alsoFinds", () => {
    expect(
      queryTerms("World Conference on International Telecommunications", glossary),
    ).not.toContain("12");
    expect(queryTerms("tell us about it", glossary)).not.toContain("unit");
    expect(queryTerms("United States delegation", glossary)).toContain("us");
  });

  it("spells out contractions instead of making terms of their pieces", () => {
    expect(queryTerms("Why didn't the US sign, and can't Canada?")).toEqual([
      "us",
      "sign",
      "can",
      "canada",
    ]);
    expect(queryTerms("They’re the ones who won’t sign")).toEqual(["on", "sign"]);
  });

  it("leaves a query alone without a glossary", () => {
    expect(queryTerms("ITRs")).toEqual(["itr"]);
  });
});

describe("demonyms", () => {
  const places = createGlossary([
    { id: "russia", variants: ["Russia", "Russian Federation"], demonyms: ["Russian"] },
    { id: "china", variants: ["China"], demonyms: ["Chinese"] },
    { id: "us", variants: ["United States"], alsoFinds: ["US"], demonyms: ["American"] },
    { id: "citel", variants: ["CITEL", "Inter-American"] },
    { id: "africa", variants: ["Africa", "African continent"], demonyms: ["African"] },
    { id: "south-africa", variants: ["South Africa"], demonyms: ["South African"] },
    { id: "asmg", variants: ["ASMG", "Arab States"], demonyms: ["Arab"] },
    { id: "uae", variants: ["UAE", "United Arab Emirates"] },
    { id: "europe", variants: ["Europe"], demonyms: ["European"] },
    { id: "eu", variants: ["EU", "European Union"], demonyms: ["European"] },
    {
      id: "cept",
      variants: ["CEPT", "European Conference of Postal and Telecommunications Administrations"],
    },
  ]);
  const weight = (question: string, term: string) =>
    weightedQueryTerms(question, places).find((t) => t.term === term)?.weight;

  it("finds the country of a demonym, at the expansion weight, plurals included", () => {
    expect(weight("What did the Russian delegation propose?", "russia")).toBe(0.5);
    expect(weight("What did the Russians propose?", "russia")).toBe(0.5);
    expect(weight("What did the Chinese proposal say?", "china")).toBe(0.5);
    expect(weight("What did the American delegation say?", "unit")).toBe(0.5);
    expect(weight("What did the American delegation say?", "us")).toBe(0.5);
    expect(weight("the Arab proposal", "state")).toBe(0.5);
    expect(weight("a European position", "europ")).toBe(0.5);
    expect(weight("a European position", "eu")).toBe(0.5);
  });

  it("is needed: Porter alone leaves each demonym apart from its country", () => {
    for (const [demonym, country] of [
      ["Russian", "Russia"],
      ["Chinese", "China"],
      ["European", "Europe"],
      ["American", "America"],
      ["African", "Africa"],
      ["Indian", "India"],
    ]) {
      expect(analyze(demonym as string)).not.toEqual(analyze(country as string));
    }
  });

  it("expands one way: a country's name does not add its demonym", () => {
    expect(queryTerms("What did the United States say?", places)).not.toContain("american");
    expect(queryTerms("What did China propose?", places)).not.toContain("chines");
  });

  it("does not count a demonym inside a longer name or describing an entry named", () => {
    expect(queryTerms("the Inter-American proposals", places)).not.toContain("unit");
    expect(queryTerms("the African delegation", places)).toContain("contin");
    expect(queryTerms("the South African delegation", places)).toContain("africa");
    expect(queryTerms("the South African delegation", places)).not.toContain("contin");
    expect(queryTerms("the United Arab Emirates proposal", places)).not.toContain("asmg");
    expect(queryTerms("Why did European CEPT members not sign?", places)).not.toContain("eu");
    expect(queryTerms("the European Union position", places)).not.toContain("europ");
  });
});

describe("loadGlossary", () => {
  const dirs: string[] = [];
  const write = (content: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wcit-glossary-"));
    dirs.push(dir);
    const file = path.join(dir, "glossary.json");
    fs.writeFileSync(file, content);
    return file;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("loads the fixture corpus's glossary", () => {
    const g = loadGlossary(path.join(STARTER_FIXTURE, "glossary.json"));
    expect(g.entries.length).toBeGreaterThan(20);
    expect(queryTerms("ITU", g)).toEqual(expect.arrayContaining(["intern", "telecommun", "union"]));
  });

  it("reads demonyms and rejects an empty one", () => {
    const ok = write(
      JSON.stringify({ entries: [{ id: "x", variants: ["Xland"], demonyms: ["Xlandish"] }] }),
    );
    expect(loadGlossary(ok).entries[0]?.demonymTerms).toEqual([analyze("Xlandish")]);
    const bad = write(
      JSON.stringify({ entries: [{ id: "x", variants: ["Xland"], demonyms: [""] }] }),
    );
    expect(() => loadGlossary(bad)).toThrow(/entry 1 \("x"\) entries\.0\.demonyms\.0/);
  });

  it("names the file when it is missing or not JSON", () => {
    expect(() => loadGlossary("/nonexistent/glossary.json")).toThrow(
      /glossary \/nonexistent\/glossary\.json: file not found/,
    );
    const file = write("{ nope");
    expect(() => loadGlossary(file)).toThrow(GlossaryError);
    expect(() => loadGlossary(file)).toThrow(file);
  });

  it("names the file and the entry that is invalid", () => {
    const file = write(
      JSON.stringify({
        entries: [
          { id: "ok", variants: ["A", "B"] },
          { id: "bad", variants: [] },
        ],
      }),
    );
    expect(() => loadGlossary(file)).toThrow(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: entry 2 \\("bad"\\) entries\\.1\\.variants`,
      ),
    );
  });

  it("rejects duplicate ids", () => {
    const file = write(
      JSON.stringify({
        entries: [
          { id: "x", variants: ["A"] },
          { id: "x", variants: ["B"] },
        ],
      }),
    );
    expect(() => loadGlossary(file)).toThrow(/duplicate entry id "x"/);
  });
});
