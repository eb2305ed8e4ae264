// English idioms for a law starting to bind ("kick in", "take effect") find the writer's wording
// ("entered into force", "apply from"): idiom-readings.ts `idiomExpansions`.
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { idiomExpansions } from "../../src/search/idiom-readings.ts";
import { weightedQueryTerms } from "../../src/search/index.ts";
import { notesIndexPerTest, sectionedNote, withOtherSubjects } from "../support/notes-index.ts";

const BIND = ["enter", "entry", "force", "apply"].map((w) => stem(w));

describe("start-to-bind idioms", () => {
  it("reads kick in, take effect and come into effect as entry into force", () => {
    for (const question of [
      "When do the new rules kick in?",
      "The treaty took effect straight away in 2013, right?",
      "How was it meant to take effect for signatories?",
      "When did the convention come into effect?",
      "Did it go into force in 2015?",
    ]) {
      expect(idiomExpansions(question)).toEqual(expect.arrayContaining(BIND));
    }
  });

  it("leaves other uses of the words alone", () => {
    for (const question of [
      "What effect did the treaty take on roaming prices?",
      "Who kicked off the debate?",
      "What was the effect of the vote?",
      "Did the police force take part?",
    ]) {
      expect(idiomExpansions(question)).toEqual([]);
    }
  });

  it("adds the writer's terms below the words typed", () => {
    const terms = weightedQueryTerms("When do the new rules kick in?");
    const force = terms.find((t) => t.term === stem("force"));
    expect(force?.weight).toBeGreaterThan(0);
    expect(force?.weight).toBeLessThan(1);
  });
});

const indexOf = notesIndexPerTest("wcit-bind-idioms-");

describe("ranking a question asked with a start-to-bind idiom", () => {
  it("finds the passage saying when the rules enter into force", async () => {
    const files: Record<string, string> = {
      "notes/status.md": sectionedNote("Status of the treaty", [
        ["In force", "For signatories the treaty was to apply provisionally from 1 January 2015."],
      ]),
      "notes/debate.md": sectionedNote("The debate", [
        [
          "New rules",
          "Delegates debated the new rules at length, and the new rules drew many amendments.",
        ],
      ]),
    };
    const index = await indexOf(withOtherSubjects(files));
    const hits = index.search("When does the new treaty kick in?", { k: 3 });
    expect(hits[0]?.document.id).toBe("status");
  });
});
