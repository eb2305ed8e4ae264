// An ask for a date, a count or a doer whose answer sentences name its words only in passing
// (issue #12, the fortieth session's batch in-4664..in-4679, out-1526..out-1529): "what day did
// security first get raised on the floor…, and what evening did the ambassador say the league
// couldn't sign" was answered with the refusal paragraph alone, its "cybersecurity" meeting the
// first ask's word without its date. The sentence of another passage giving the first ask's date
// beside three of its words is added (`withTypedAskSentence`, asks.ts). An ask the notes lack is
// still refused: the reading runs after coverage is decided. (On this small corpus the engine
// states both dates without the reader too, "security" being no topic word there: the engine
// test guards the behaviour; the reader's tests are the ones that fail without it.)
import { describe, expect, it } from "vitest";
import { withTypedAskSentence } from "../src/answer/asks.ts";
import { carriesAnswer } from "../src/answer/evidence.ts";
import { givesAskInClause } from "../src/answer/typed-clause.ts";
import { cited } from "./support/cited-text.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

/** How many of a date ask's words ("security", "first", "floor") a text meets. */
const wordsMet = (s: string) =>
  [/\bsecurity\b/i, /\bfirst\b/i, /\bfloor\b/i].filter((w) => w.test(s)).length;
/** How many of them a sentence giving a date meets. */
const dateMeets = (s: string) => (carriesAnswer(s, "date") ? wordsMet(s) : 0);
const rule = { maxWords: 160, filler: () => false };

const REFUSAL = cited([
  ["On the evening of 13 March the ambassador said his delegation could not sign.", "refusal:1"],
  ["He named dredging, cybersecurity and pilotage, security first among them.", "refusal:1"],
]);
const FLOOR = cited([
  ["The observers reported that security first came up on the floor on 5 March.", "security:2"],
  ["It came up during a discussion of berth allocation.", "security:2"],
]);

describe("withTypedAskSentence: the sentence giving what the ask asks for", () => {
  it("adds the sentence giving the date where the answer names the ask's words without one", () => {
    const answer = withTypedAskSentence(REFUSAL, FLOOR, dateMeets, rule);
    expect(answer.text).toContain("security first came up on the floor on 5 March. [2]");
    expect(answer.citations.map((c) => c.passageId)).toEqual(["refusal:1", "security:2"]);
  });

  it("adds nothing where a sentence of the answer gives a date beside two of the ask's words", () => {
    const held = cited([["Security first came up on the floor on 5 March.", "security:2"]]);
    expect(withTypedAskSentence(held, FLOOR, dateMeets, rule)).toBe(held);
  });

  it("adds no sentence meeting only two of the ask's words, a date beside them in passing", () => {
    // (sel41: two words count where one clause ties them to the date, `givesAskInClause`.)
    const ask = {
      carries: (c: string) => carriesAnswer(c, "date"),
      meets: dateMeets,
      namesRequired: () => true,
    };
    const tiedMeets = (s: string) =>
      dateMeets(s) >= 3 || givesAskInClause(s, { ...ask, meets: (c) => wordsMet(c) }, 2)
        ? dateMeets(s)
        : 0;
    const passing = cited([
      ["Security first drew notice (at the 1 March reception).", "security:2"],
    ]);
    expect(withTypedAskSentence(REFUSAL, passing, tiedMeets, rule)).toBe(REFUSAL);
  });

  it("adds no sentence leaning on the one before it", () => {
    const leaning = cited([
      ["It first came up on the floor on 5 March, security or not.", "security:2"],
    ]);
    expect(withTypedAskSentence(REFUSAL, leaning, dateMeets, rule)).toBe(REFUSAL);
  });
});

const NOTES: Record<string, string> = {
  "notes/security.md": note("Security at the harbour talks", [
    "**Starting point.** The old harbour rules said almost nothing about security, and the League had treated it only vaguely. [1]",
    "**On the floor.** The observers reported that security first came up on 5 March, during a discussion of berth allocation. Delegations split between those who wanted no security language and those who wanted it at the centre of the rules. [2]",
  ]),
  "notes/refusal.md": note("The northern delegation at the harbour talks", [
    "**Refusal to sign.** On the evening of 13 March the northern ambassador announced that his delegation could not sign the revised harbour rules in their current form. He said the rules should be high-level and should not extend to shipping content. He named dredging, cybersecurity and pilotage as the dividing issues. Several coastal delegations then declared they would not sign or reserved their position. [1]",
    "**Earlier.** On 10 March the ambassador denied press reports that his delegation had threatened to walk out. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-sel40-40-", NOTES);

describe("an ask for a date its answer's sentences name only in passing", () => {
  it("adds the other passage's sentence giving the date", async () => {
    const answer = await app.answerTo(
      "what day did security first get raised on the floor at the harbour talks, and what evening did the northern ambassador say his delegation couldn't sign",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("13 March");
    expect(answer.text).toContain("5 March");
  }, 60_000);

  // The notes give no budget for the talks: the ask they lack refuses the question.
  it.each([
    "what day did security first get raised on the floor at the harbour talks, and how much did the League spend on the talks",
  ])(
    "refuses where the notes lack an ask: %s",
    async (question) => {
      const answer = await app.answerTo(question);
      expect(answer.coverage).toBe("none");
    },
    60_000,
  );
});
