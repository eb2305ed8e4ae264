// Issue #12: how-questions and lists are led by the passage whose own heading the question names,
// not by a higher-scored passage that mentions the same thing in passing.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage, makeDocument } from "./fixtures.ts";

const outcome = makeDocument({ id: "note-outcome", title: "The harbour outcome" });
const guild = makeDocument({ id: "note-guild", title: "The guild at the harbour talks" });

/** Corpus weights as an index gives them: "code" is the corpus's topic, in most passages. */
const WEIGHTS: Record<string, number> = { guild: 1.4, refus: 3, sign: 1.6, code: 0.8 };

function compose(focus: string, passages: ScoredPassage[], shape: AnswerShape) {
  const keyTerms = keyTermsOf(focus, { termWeight: (t) => WEIGHTS[t] ?? 2 });
  const answer = composeExtractive(passages, keyTerms, analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

// Retrieval scores the tally higher: it names the guild, the refusal and the signing in passing.
const tally = labelledPassage(
  outcome,
  4,
  "The final tally",
  "On 14 May, 89 ports signed the code. Reports said the 55 others included ports that firmly refused, the guild among them, and ports still consulting their councils. [1]",
  1,
);
// The paragraph headed with what is asked says why.
const refusal = labelledPassage(
  guild,
  5,
  "Refusal to sign",
  "On 13 May the guild announced that it could not sign the code. It said the code should stay high-level and should not reach ferries. It named pilotage and dredging as the dividing issues. [2]",
  0.8,
);

describe("the lead passage of a how or list answer", () => {
  it("gives a list its first points from the passage whose heading the request names", () => {
    // The engine reads "Give me talking points on why the guild refused to sign the code" so.
    const answer = compose("why the guild refused to sign the code", [tally, refusal], {
      ...DESCRIBE,
      expected: "reason",
      list: {},
    });
    expect(answer.text.split("\n")[0]).toMatch(
      /^- On 13 May the guild announced that it could not sign the code\./,
    );
  });

  it("leads a how answer with the passage whose heading the question names", () => {
    const answer = compose("How did the guild come to refuse to sign the code?", [tally, refusal], {
      ...DESCRIBE,
      expected: "method",
    });
    expect(answer.sentences[0]?.text).toBe(
      "On 13 May the guild announced that it could not sign the code.",
    );
  });
});

describe("a heading named by the question", () => {
  it("is not named through a word of the corpus's topic", () => {
    // "harbour" is in most passages (weight under 1): "Lines held at the harbour" shares with the
    // question only that and "held", and is not what the question asks about.
    const lines = labelledPassage(
      guild,
      3,
      "Lines held at the harbour",
      "The guild said it would oppose pilotage language in the code. It held that dredging belongs to the ports alone. [2]",
      1,
    );
    const tally = labelledPassage(
      outcome,
      4,
      "The final tally",
      "On 14 May, 89 ports signed the code. Reports said the 55 others included ports still consulting their councils, Hull among them. [1]",
      0.8,
    );
    const answer = composeExtractive(
      [lines, tally],
      keyTermsOf("Which ports held off signing at the harbour to check with their councils?", {
        termWeight: (t) => ({ harbour: 0.8, port: 1.2, held: 2.6, sign: 1.6 })[t] ?? 2,
      }),
      analyze,
      { ...DESCRIBE, expected: "items", list: {} },
    );
    expect(answer?.text.split("\n")[0]).toMatch(/^- On 14 May, 89 ports signed the code\./);
  });
});

describe("a list point taken from a further passage", () => {
  it("keeps every sentence that carries it on, not only the first", () => {
    const single = labelledPassage(
      outcome,
      4,
      "The final tally",
      "On 14 May, 89 ports signed the code, and the guild was among the ports that firmly refused. [1]",
      1,
    );
    const evening = labelledPassage(
      guild,
      5,
      "The last evening",
      "On 13 May the guild announced that it could not sign the code. It said the code should stay high-level and should not reach ferries. It objected that other ports kept tabling proposals on pilotage. It named dredging and towage as the dividing issues. [2]",
      0.9,
    );
    const press = makeDocument({ id: "note-press", title: "Press coverage" });
    const reactions = labelledPassage(
      press,
      2,
      "Reactions",
      "The pilots' union said the guild's refusal to sign left the code weak. [3]",
      0.7,
    );
    const answer = compose("why the guild refused to sign the code", [single, evening, reactions], {
      ...DESCRIBE,
      expected: "description",
      list: { count: 3 },
    });
    const bullets = answer.text.split("\n");
    expect(bullets).toHaveLength(3);
    expect(bullets[1]).toMatch(/^- On 13 May the guild announced/);
    expect(bullets[1]).toContain(
      "It objected that other ports kept tabling proposals on pilotage.",
    );
    expect(bullets[1]).toContain("It named dredging and towage as the dividing issues.");
  });
});

describe("a how answer taking a sentence from a further passage", () => {
  it("keeps the sentence carrying it on, though it has no word of method", () => {
    const overview = makeDocument({ id: "note-overview", title: "The harbour code: overview" });
    const pilotage = makeDocument({ id: "note-pilotage", title: "Pilotage in the harbour code" });
    const contention = labelledPassage(
      overview,
      7,
      "Why it became contentious",
      "Much of the debate was about whether the revised code would reach ferries. Proposals on pilotage and dredging drew heavy criticism from some ports. [1]",
      1,
    );
    const start = labelledPassage(
      pilotage,
      1,
      "Starting point",
      "The old code said almost nothing about pilotage. Critics of the revision argued that the guild had always treated pilotage only vaguely. They noted that a later draft used the word dozens of times without defining it. [2]",
      0.8,
    );
    const answer = compose(
      "How did critics describe the guild's handling of pilotage before the revision?",
      [contention, start],
      { ...DESCRIBE, expected: "method" },
    );
    expect(answer.sentences.map((s) => s.text)).toContain(
      "Critics of the revision argued that the guild had always treated pilotage only vaguely.",
    );
    expect(answer.sentences.at(-1)?.text).toBe(
      "They noted that a later draft used the word dozens of times without defining it.",
    );
  });
});
