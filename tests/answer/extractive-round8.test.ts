// Extractive composition, round 8 (issue #12): a how answer's next paragraph follows its lead, a
// chosen sentence brings the ones carrying it on, and a comparison sets out each side's own view,
// in a list too. Scored passages in, answer out; the engine on a written corpus for the sides.
import { describe, expect, it } from "vitest";
import { type AnswerShape, DESCRIBE } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

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

  const numbering = labelled(
    code,
    9,
    "Numbering caveat",
    "The towage clause was numbered 5B in the drafts. Hale later quotes the towage clause as 'clause 7' of the final code, which suggests it was renumbered.",
    1,
  );
  const critics = labelled(
    code,
    6,
    "Critics",
    "Ross argued that ports cannot police towage without first inspecting cargo, which in practice means opening containers.",
    0.95,
  );
  const defenders = labelled(
    code,
    7,
    "Defenders",
    "Hale argued that the towage clause is non-binding. She pointed out that the code sits below the harbour charter, which protects free trade.",
    0.8,
  );
  const shape: AnswerShape = {
    ...DESCRIBE,
    expected: "both-sides",
    sides: [hale, ross],
    list: { count: 2 },
  };

  it("asked as bullets, one per side, still gives every side", () => {
    // The engine reads "2 bullets, one per side: Hale vs Ross on the towage clause" so.
    const answer = compose(
      "Hale vs Ross on the towage clause",
      [numbering, critics, defenders],
      shape,
    );
    expect(answer.text).toContain(
      "Ross argued that ports cannot police towage without first inspecting cargo",
    );
    expect(answer.answersType).toBe(true);
  });

  it("speaks for a side with the passage giving its view, not one naming it in passing", () => {
    const answer = compose(
      "Hale vs Ross on the towage clause",
      [numbering, critics, defenders],
      shape,
    );
    expect(answer.text).toContain("Hale argued that the towage clause is non-binding.");
    expect(answer.text).not.toContain("Hale later quotes the towage clause");
  });

  it("answered briefly by one passage, adds a second setting the same sides side by side", () => {
    const us = makeDocument({ id: "note-guild", title: "The guild at the harbour talks" });
    const before = labelled(
      us,
      1,
      "Leadership",
      "The mayor chose Hale to lead the guild. In May Hale and Ross both argued that towage should stay out of the code.",
      1,
    );
    const after = labelled(
      us,
      7,
      "Reactions",
      "Ross said the outcome created a new layer of rules instead of dredging the channel. Later Hale said the guild did not regard the talks as a failure, pointing to the ten ports that stood with it.",
      0.8,
    );
    const shown = texts(
      compose(
        "Hale vs Ross: how did their spin on the harbour result differ once it was over?",
        [before, after],
        { ...DESCRIBE, expected: "both-sides", sides: [hale, ross] },
      ),
    );
    expect(shown).toContain(
      "Ross said the outcome created a new layer of rules instead of dredging the channel.",
    );
    expect(shown.some((t) => t.includes("did not regard the talks as a failure"))).toBe(true);
  });
});

describe("the sides of a comparison, as the engine reads them", () => {
  const GUILD = briefingNote("The guild at the harbour talks", [
    "**Leadership.** The mayor chose Hale to lead the guild to the harbour talks in the spring of that year. In May Hale and Ross both argued that towage should stay out of the code. [1]",
    "**Reactions.** Ross said the outcome created a new layer of rules instead of dredging the channel. Later Hale said the guild did not regard the talks as a failure, pointing to the ten ports that stood with it. [2]",
  ]);
  const written = notesEngine("wcit-extractive-round8-", {
    "notes/guild.md": GUILD,
    "notes/agenda.md": UNRELATED_AGENDA_NOTE,
  });

  const reaction =
    "Ross said the outcome created a new layer of rules instead of dredging the channel.";

  it("takes a side naming someone as that name, not the words after it", async () => {
    // Read as "Hale" and "Ross: how did their spin…": no sentence names Ross with "spin".
    const answer = await written.engine.answer(
      "Hale vs Ross: how did their spin on the harbour result differ once it was over?",
    );
    expect(answer.text).toContain(reaction);
  });
});

describe("a long best passage read for a who question", () => {
  it("reads the sentence naming who, right after the one about the question", () => {
    const code = makeDocument({ id: "note-code", title: "The harbour code" });
    const resolution = labelled(
      code,
      5,
      "The ferry resolution",
      "The chair's package included a non-binding resolution on ferries, titled 'To foster an enabling environment for the growth of ferry services'. Late on 12 May the chair asked for a show of flags to gauge the feel of the room, then declared that most delegates supported the resolution. When Leith asked whether that had been a vote, the chair said it had not. Hale and Ross, two of the oldest pilots of the coast, criticised the procedure in a joint letter to the board. According to the northern account, the southern ports strongly supported the resolution, while the northern ports, the river towns, the fishing harbours of the coast and the islands opposed it from the first day to the last. According to Dunn, the draft told the harbour master to play an active and constructive role in ferry matters. The resolution's text was printed in the evening bulletin and handed to every delegation before the session closed late that night.",
      1,
    );
    const shown = texts(
      compose(
        "Who called out the chair for running what looked like a vote on the ferry resolution?",
        [resolution],
        { ...DESCRIBE, expected: "agent" },
      ),
    );
    expect(shown).toContain(
      "Hale and Ross, two of the oldest pilots of the coast, criticised the procedure in a joint letter to the board.",
    );
  });
});
