// The coverage decision on the structure of a question (issue #12): a span it asks across ("from
// Antalya to Guadalajara": each place tells of one end, seldom both), a series asked of each
// member, and a collective noun after a name ("the RCC bloc": a place naming the RCC names the
// bloc).
import { describe, expect, it } from "vitest";
import type { RelevanceOptions } from "../../src/answer/coverage-reading.ts";
import { makeDocument, smallCorpusOf } from "./fixtures.ts";

/** The coverage decision over a few passages of one note (see `smallCorpusOf`). */
function judgeOn(title: string, texts: readonly string[]) {
  const doc = makeDocument({ id: `notes/${title.toLowerCase().replace(/\W+/g, "-")}.md`, title });
  const { judgeAs } = smallCorpusOf(doc, texts);
  return (question: string, expected?: RelevanceOptions["expected"]) => judgeAs(question, expected);
}

const judge = judgeOn("The road to the harbour summit", [
  "In 2006 the Lindqvist assembly adopted a charter that opened the road to the harbour summit.",
  "In 2010 the Okonkwo assembly confirmed the summit's agenda and dates.",
  "The pilots' guild publishes a newsletter about tides.",
  "The guild posts its decisions monthly.",
]);

describe("a question asking across a span", () => {
  // Tuning half (604 questions): nugget recall 0.834 → 0.836, wrong refusals 36 → 35 of 485,
  // out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
  it("is covered by a place stating one end whole", () => {
    const r = judge("the charters and decisions from Lindqvist to Okonkwo");
    expect(r.covered).toBe(true);
    // The other end is still unstated there: the place does not state the whole question.
    expect(r.missingTerms).toContain("okonkwo");
  });

  it("still needs the rest of the question beside that end", () => {
    expect(judge("the tides and newsletters from Lindqvist through to Okonkwo").covered).toBe(
      false,
    );
  });
});

describe("a span whose ends are years", () => {
  // Round 11 (fresh list batch): a timeline "from the 2016 group to the 2026 deadline" was refused
  // though a place stated its first end whole: the other end's year had to stand with its event
  // there too. Tuning half (612 q): recall 0.8487 -> 0.8504 (in-761 0 -> 0.8), wrong refusals 26
  // -> 25 of 493, out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
  const judgeReview = judgeOn("The charter review", [
    "In 2016 the harbour council created a review group on the pilots' charter.",
    "The group met twice in Lindqvist and reported on its obstacles.",
    "The review was revived later, with a final report due in 2026.",
    "This note does not cover what that 2026 meeting decided.",
  ]);

  it("is covered by a place stating one end whole, the other end's year excused", () => {
    const r = judgeReview(
      "timeline, one line each: the charter review from the 2016 group to the 2026 deadline",
      "date",
    );
    expect(r.covered).toBe(true);
  });

  it("still needs the year of the end it states to stand with its event", () => {
    expect(
      judgeReview(
        "timeline, one line each: the charter review from the 2019 group to the 2026 deadline",
        "date",
      ).covered,
    ).toBe(false);
  });
});

describe("a collective noun right after a name", () => {
  // Tuning half (604 questions): nugget recall 0.836 → 0.839, wrong refusals 35 → 32 of 485,
  // out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
  const judgeGroups = judgeOn("Regional groups", [
    "Pilots coordinate through four regional groupings, among them the Northern Pilots Union (NPU, centred on Lindqvist and Okonkwo).",
    "The guild's team publishes a newsletter about tides.",
    "Tug owners formed a bloc of their own.",
  ]);
  const judgeGroup = (question: string) => judgeGroups(question, "agent");

  it("is met where the name is: 'Who is in the NPU team?'", () => {
    expect(judgeGroup("Who is in the NPU team?").covered).toBe(true);
  });

  // Tuning half: nugget recall 0.844 → 0.846, wrong refusals 28 → 27 of 485, out-of-scope refused
  // 98 of 119 and answered "full" 0 unchanged.
  it("meets one noun of alliance with another: 'regional blocs' are 'regional groupings'", () => {
    expect(judgeGroups("How do pilots coordinate through regional blocs?").covered).toBe(true);
  });

  it("leaves any other noun after a name to be met itself: 'the NPU newsletter'", () => {
    expect(judgeGroup("Who wrote the NPU newsletter?").covered).toBe(false);
  });
});

describe("a series asked of each member", () => {
  // Tuning half (604 questions): nugget recall 0.841 → 0.842, wrong refusals 31 → 30 of 485,
  // out-of-scope refused 98 of 119 and answered "full" 0 unchanged.
  const judgeMembers = judgeOn("Regional proposals", [
    "Lindqvist wanted a charter on tides.",
    "Okonkwo wanted a levy on newsletters.",
    "Arvidsson wanted a register of pilots.",
  ]);

  it("is covered by a place telling of one member", () => {
    expect(judgeMembers("What did Lindqvist, Okonkwo and Arvidsson each want?").covered).toBe(true);
  });

  it("needs them together where the question does not ask of each", () => {
    expect(judgeMembers("What did Lindqvist, Okonkwo and Arvidsson want together?").covered).toBe(
      false,
    );
  });
});
