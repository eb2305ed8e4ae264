// Wording misread before retrieval (issue #12, the thirty-third session's batch in-3768..in-3777,
// out-1232..out-1233): a closing remark doubting what the asker was told ("…? that's how a
// colleague put it, sounds off") is framing, not content (`SEEMS_DOUBTFUL`, question-framing.ts);
// "who was he" after a dash following a noun phrase asks for a name (`TOPIC_THEN_WHO`,
// question-leads.ts). A remark that is the ask, a relative clause after a comma, a who asked
// after a statement, and a who the notes cannot answer stay as they were.
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/search/question.ts";
import { stripInstructions } from "../../src/search/question-instructions.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("a closing remark doubting what the asker was told", () => {
  for (const [question, content] of [
    [
      "so 6R flat out obliges member states to publish prices? that's how a colleague put it, sounds off",
      "6R flat out obliges member states to publish prices?",
    ],
    [
      "did the board meet in march? that's what my boss says, seems wrong",
      "did the board meet in march?",
    ],
    [
      "did the coalition walk out? that's how a colleague remembers it, doesn't sound right",
      "did the coalition walk out?",
    ],
  ] as const) {
    it(`reads "${question}" without it`, () => {
      expect(stripInstructions(question).content).toBe(content);
    });
  }

  it("leaves a remark that is the ask, or no closing clause", () => {
    for (const question of [
      "which proposal sounds off",
      "why did the chair get it wrong",
      "how did the outcome look, off or fine",
    ])
      expect(stripInstructions(question).content).toBe(question);
  });

  it("reads the yes/no that is left", () => {
    expect(
      analyzeQuestion(
        "so 6R flat out obliges member states to publish prices? that's how a colleague put it, sounds off",
      ).kind,
    ).toBe("yes-no");
  });
});

describe("a who asked after a dash", () => {
  it("asks for a name after a noun phrase and a dash or colon", () => {
    expect(analyzeQuestion("the regulator who chaired the talks - who was he").kind).toBe("who");
    expect(analyzeQuestion("the chair of the roaming panel: who was that").kind).toBe("who");
  });

  it("leaves a relative clause after a comma, and an earlier which ask", () => {
    expect(analyzeQuestion("the chair, who ran the panel, what did he declare").kind).toBe("fact");
    expect(
      analyzeQuestion("the us text - which bodies did it name, and who wrote it").kind,
    ).not.toBe("who");
    expect(
      analyzeQuestion(
        "the coalition reckons fixes won't come from governments - who did they say would",
      ).kind,
    ).toBe("fact");
  });
});

// Invented notes: a soft roaming duty, the new articles, and who chaired.
const NOTES: Record<string, string> = {
  "notes/roaming.md": note("The roaming article 6R", [
    '**What was adopted.** Article 6R says Member States should endeavour to publish retail roaming prices, and it encourages them to cooperate. The obligation is soft: "should", not "shall". [1]',
  ]),
  "notes/structure.md": note("The structure of the new text", [
    "**New articles.** Beyond the headline provisions, the revised text adds Article 9C on tariff transparency and Article 9D on numbering misuse. [1]",
  ]),
  "notes/headline.md": note("The headline provisions", [
    "**Criticism.** The security article and the spam article of the revised text drew the most criticism from civil society. [2]",
  ]),
  "notes/chair.md": note("Chairing the Lisbon talks", [
    "**Who chaired.** The regulator's Director General, Ana Ribeiro Costa, chaired the Lisbon talks and ruled on every show of hands. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-leads-33-", NOTES);

describe("questions read for what they ask", () => {
  it("answers a yes/no followed by a doubting remark, not in full", async () => {
    const question =
      "so 6R flat out obliges member states to publish roaming prices? that's how a colleague put it, sounds off";
    const coverage = await coverageOf(question);
    expect(coverage).not.toBe("none");
    expect(coverage).not.toBe("full");
    expect((await answerTo(question)).text).toContain("should endeavour");
  });

  it("names the chair asked for after a dash", async () => {
    const answer = await answerTo(
      "the director general who chaired the lisbon talks - who was she",
    );
    expect(answer.text).toContain("Ana Ribeiro Costa");
  });

  // (No note tells of France, nor of any deputy chair.)
  for (const question of [
    "other than the tariff article, what wording did france put forward for roaming",
    "the deputy chair of the lisbon talks - who was he",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
