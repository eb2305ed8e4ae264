// Staffers' words for the field's own (wording21): "which US official…" asks for a person, whom
// a title in front of a name names where the tagger reads no person ("Secretary-General Touré");
// "regs" are the regulations, as "rules" and "rulebook" are.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kindOfName, namesKind } from "../../src/answer/name-kinds.ts";
import { loadGlossary } from "../../src/search/glossary.ts";
import { starterEngine } from "../support/extractive-engine.ts";

describe("an official asked for is a person", () => {
  const person = kindOfName("person");

  it("reads 'official' as asking for a person, but not 'officials'", () => {
    expect(kindOfName("official")).toBe(person);
    // (A class of people asked for, "Which officials leaked TD-64?", stays a noun the answer must
    // name: read as any person, it answered near misses; see near-miss-officials.test.ts.)
    expect(kindOfName("officials")).toBeUndefined();
  });

  it("reads a title before a capitalised name as naming a person", () => {
    expect(person).toBeDefined();
    if (person === undefined) return;
    expect(namesKind("Throughout, Secretary-General Touré insisted on it.", person)).toBe(true);
    expect(namesKind("NTIA head Larry Strickling said so.", person)).toBe(true);
    // Not where the question names the bearer already, nor a title before a common word.
    const kramer = (w: string) => /kramer/i.test(w);
    expect(namesKind("Ambassador Kramer denied the reports.", person, kramer)).toBe(false);
    expect(namesKind("He was chosen to head the delegation.", person)).toBe(false);
  });
});

describe("questions in a staffer's words, on the starter corpus", () => {
  const starter = starterEngine("wcit-wording-21-");

  it.each([
    [
      "Which US official said the outcome created a new layer of international Internet regulation?",
      "Genachowski",
    ],
    [
      "Which ITU official kept telling everyone Dubai would not give the agency regulatory powers over the Internet?",
      "Touré",
    ],
  ])("answers %s with the official's name", async (question, name) => {
    const answer = await starter.answerTo(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain(name);
  });

  it("still refuses an official the notes never name", async () => {
    const answer = await starter.answerTo(
      "which US official did Kramer's team send to the Busan Plenipotentiary in 2014?",
    );
    expect(answer.coverage).toBe("none");
  });
});

describe("the corpus glossary", () => {
  it("reads 'regs' as the regulations", () => {
    const glossary = loadGlossary(path.join(import.meta.dirname, "../../corpus/glossary.json"));
    const entry = glossary.entries.find((e) => e.variants.includes("regulations"));
    expect(entry?.variants).toContain("regs");
  });
});
