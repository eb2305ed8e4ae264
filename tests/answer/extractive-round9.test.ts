// Extractive composition, round 9 (issue #12): what a list of unknowns is made of. Scored passages
// in, answer out.
import { describe, expect, it } from "vitest";
import type { AnswerShape } from "../../src/answer/extractive.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { composeFrom as compose, labelledPassage as labelled, makeDocument } from "./fixtures.ts";

const texts = (answer: { sentences: { text: string }[] }) => answer.sentences.map((s) => s.text);

/** A comparison of the Hansa and the Levant League, as the engine shapes it. */
function hansaAndLevant(question: string): AnswerShape {
  const sides = keyTermsOf(question).filter((k) => ["hansa", "levant"].includes(k.term));
  return { expected: "both-sides", sides: sides.map((k) => [k]), names: ["hansa", "levant"] };
}

describe("a list of what is not known", () => {
  const aftermath = makeDocument({ id: "note-aftermath", title: "After the harbour charter" });
  const signing = makeDocument({ id: "note-signing", title: "Signing the harbour charter" });
  const unknownsAfter = labelled(
    aftermath,
    8,
    "Unverified here",
    "This corpus did not verify how many ports have since joined the charter, or ratified it. Treat any current count as unknown unless it is checked against the registry.",
  );
  const unknownsAtSigning = labelled(
    signing,
    8,
    "Open questions",
    "This corpus did not verify the full list of founding ports that joined in May, or any reservations they filed.",
    0.9,
  );
  const shape: AnswerShape = { expected: "items", sides: [], list: {}, asksIfKnown: true };

  it("keeps a passage's line on what the corpus could not confirm, though it is all it gives", () => {
    const shown = texts(
      compose(
        "what's still unverified in our notes about which ports joined the charter?",
        [unknownsAfter, unknownsAtSigning],
        shape,
      ),
    );
    // (Before: taken as a point, then dropped as a caveat with no substance beside it.)
    expect(shown).toContain(
      "This corpus did not verify the full list of founding ports that joined in May, or any reservations they filed.",
    );
  });
});

describe("a how answer read on to how the story came out", () => {
  const proposals = makeDocument({
    id: "note-proposals",
    title: "Who proposed what before the code",
  });
  const pilotage = makeDocument({ id: "note-pilotage", title: "Pilotage in the harbour code" });
  const guild = labelled(
    proposals,
    7,
    "The guild",
    "At the May 2011 meeting, the guild proposed a pilotage clause on harbour safety. The northern ports asked what it meant.",
  );
  const earlyLine = labelled(
    pilotage,
    2,
    "Pilotage or steerage?",
    "The guild's May 2011 pilotage proposal was the first fault line in harbour safety. The northern ports asked the guild what it meant.",
    0.95,
  );
  const outcome = labelled(
    pilotage,
    7,
    "The compromise",
    "Delegates argued at length in the hall. The adopted clause says ports shall endeavour to keep pilotage safe in the channel.",
    0.6,
  );
  const shape: AnswerShape = { expected: "method", sides: [] };

  it("takes the outcome a lower passage states in the question's words", () => {
    const shown = texts(
      compose(
        "walk me through how the pilotage wording evolved from the guild's 2011 proposal to what got adopted",
        [guild, earlyLine, outcome],
        shape,
      ),
    );
    // (Before: the lead's two sentences and nothing on what was adopted.)
    expect(shown).toContain(
      "The adopted clause says ports shall endeavour to keep pilotage safe in the channel.",
    );
    expect(shown).not.toContain("Delegates argued at length in the hall.");
  });
});

describe("a side spoken for by a passage headed with it", () => {
  const positions = makeDocument({
    id: "note-positions",
    title: "Who proposed what before the code",
  });
  const dues = makeDocument({ id: "note-dues", title: "Harbour dues and the code" });
  const hansa = labelled(
    positions,
    2,
    "Hansa objections",
    "The Hansa said pilotage did not belong in a binding code. Its concern was that fees would rise for small ships.",
  );
  const levantEarly = labelled(
    positions,
    5,
    "Levant League",
    "The Levant League's early input called for a broad rewrite of the pilotage rules. Its outline included a clause on towage.",
    0.7,
  );
  const levantPaper = labelled(
    dues,
    1,
    "Levant League Paper 27",
    "The Levant League filed Paper 27 on 13 November. The original added a clause titled Harbours. It said ports have a sovereign right to set pilotage dues.",
    0.7,
  );
  const question = "compare the Hansa and Levant positions on pilotage";
  const shape = hansaAndLevant(question);

  it("reads the side's view in a sentence that does not name it", () => {
    const shown = texts(compose(question, [hansa, levantEarly, levantPaper], shape));
    // (Before: only sentences naming the side counted, and the early input, with no view, spoke.)
    expect(shown).toContain("It said ports have a sovereign right to set pilotage dues.");
  });
});
