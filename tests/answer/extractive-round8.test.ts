// Extractive composition, round 8 (issue #12): a how answer's next paragraph follows its lead, and
// a chosen sentence brings the ones carrying it on. Scored passages in, answer out.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

function compose(question: string, passages: ScoredPassage[], shape: AnswerShape = DESCRIBE) {
  const answer = composeExtractive(passages, keyTermsOf(question), analyze, shape);
  if (!answer) throw new Error("no extractive answer");
  return answer;
}

const texts = (answer: { sentences: { text: string }[] }) => answer.sentences.map((s) => s.text);

describe("a how answer read on into its lead's next paragraph", () => {
  const harbour = makeDocument({ id: "note-harbour", title: "Pilotage in the harbour code" });
  const charter = makeDocument({ id: "note-charter", title: "The harbour charter" });
  const scene = labelled(
    harbour,
    6,
    "In the hall",
    "Pilotage first came up on 5 May, during a debate on towage. Ports split between those who wanted no pilotage clause at all and those who wanted it at the centre of the code.",
    1,
  );
  const wayThrough = labelled(
    harbour,
    7,
    "The way through",
    "The guild suggested the narrower word steerage, meaning that vessels keep their course in the channel. The northern ports explained why: pilotage was heard as being about who boards a vessel, while harbour masters use steerage to mean safe passage. The adopted clause says that ports shall individually and collectively endeavour to ensure the pilotage and steerage of vessels in the channel, so that they can be brought in safely and protected from avoidable harm, and so that harbour services to the public grow in step with the pilots and tugs that serve them.",
    0.6,
  );
  const draft = labelled(
    charter,
    3,
    "Earlier proposals",
    "The drafters had borrowed pilotage rules from the eastern ports' earlier proposals. Their wording stayed in the published text.",
    0.7,
  );
  const question = "How did the drafters get a pilotage clause past the ports that wanted none?";
  const shape = { ...DESCRIBE, expected: "method" as const };

  it("shows the next paragraph straight after the lead, before another passage", () => {
    const shortWay = labelled(
      harbour,
      7,
      "The way through",
      "The guild suggested that the pilotage clause ask ports for steerage instead, meaning that vessels keep their course.",
      0.6,
    );
    const shown = texts(compose(question, [scene, draft, shortWay], shape));
    const lead = shown.indexOf("Pilotage first came up on 5 May, during a debate on towage.");
    const next = shown.findIndex((t) => t.startsWith("The guild suggested"));
    expect(lead).toBe(0);
    expect(next).toBe(2);
    // (Before: the next paragraph came after the draft clause, which retrieval ranked higher.)
    expect(
      shown.indexOf(
        "The drafters had borrowed pilotage rules from the eastern ports' earlier proposals.",
      ),
    ).toBeGreaterThan(next);
  });

  it("gives the next paragraph room for its outcome, as long as a comparison's", () => {
    const shown = texts(compose(question, [scene, wayThrough], shape));
    // Lead and next paragraph are about 140 words: more than a plain answer's 125.
    expect(shown.at(-1)).toMatch(/^The adopted clause says that ports shall individually/);
  });
});

describe("a chosen sentence and the ones carrying it on", () => {
  it("brings what its subject says ('It says…'), for a description too", () => {
    const code = makeDocument({ id: "note-code", title: "Pilotage and the harbour code" });
    const origin = labelled(
      code,
      1,
      "Where the idea came from",
      "The eastern ports asked the drafting group to add a pilotage clause to the harbour code. In their view pilotage was a safety matter the code should settle.",
      1,
    );
    const adopted = labelled(
      code,
      5,
      "What was adopted",
      "The pilotage clause of the final harbour code is headed 'Vessels in the channel', avoiding the word pilotage. It says ports should endeavour to keep vessels on a safe course and encourages them to share pilots. The duty is soft: should, not shall.",
      0.95,
    );
    const shown = texts(
      compose(
        "Draft a short paragraph on where the pilotage clause came from and what the final code adopted",
        [origin, adopted],
      ),
    );
    expect(shown).toContain(
      "The pilotage clause of the final harbour code is headed 'Vessels in the channel', avoiding the word pilotage.",
    );
    // No word of the question, but it is what the clause says.
    expect(shown).toContain(
      "It says ports should endeavour to keep vessels on a safe course and encourages them to share pilots.",
    );
  });
});

describe("a comparison", () => {
  const code = makeDocument({ id: "note-code", title: "Pilotage and the harbour code" });
  const hale = keyTermsOf("Hale");
  const ross = keyTermsOf("Ross");

  it("gives a side's argument whole: the sentence naming the side and the one carrying it on", () => {
    const supporters = labelled(
      code,
      4,
      "Supporters",
      "Not every port shared Ross's view. Hale, for example, accepted a narrow pilotage clause but still backed a towage article.",
      1,
    );
    const objection = labelled(
      code,
      3,
      "Ross's objection",
      "Ross accepted that unsafe towage is a serious problem but said it did not belong in a binding code with ports in charge. Her concern was that once ports decide which tugs may work, they could move on to restricting other kinds of trade.",
      0.9,
    );
    const answer = compose(
      "How did Hale's and Ross's positions on towage in the code differ?",
      [supporters, objection],
      { ...DESCRIBE, expected: "both-sides", sides: [hale, ross] },
    );
    expect(texts(answer)).toContain(
      "Her concern was that once ports decide which tugs may work, they could move on to restricting other kinds of trade.",
    );
  });
});
