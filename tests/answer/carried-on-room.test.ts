// A further passage's sentence keeps the sentences carrying it on ("He pointed out that…") though
// they take the answer past its usual budget, up to a comparison's room (issue #12, fifteenth
// session): the point was cut after its first sentence while shorter, lesser ones filled in.
import { describe, expect, it } from "vitest";
import { DESCRIBE } from "../../src/answer/extractive.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown, wordsIn } from "./fixtures.ts";

const shown = (question: string, passages: ScoredPassage[]) =>
  sentencesShown(question, passages, DESCRIBE);

const words = wordsIn;

describe("a further passage's point is told whole", () => {
  const code = makeDocument({ id: "note-tolls", title: "The harbour toll article" });
  // About 110 words: read whole as the best passage, leaving little of the usual 125.
  const adopted = labelled(
    code,
    3,
    "What was adopted",
    "Article 7B is headed “Harbour tolls for small vessels”, avoiding the word “levy”. It says member ports should endeavour to keep the toll on small vessels low and to publish the toll each spring, and it encourages them to cooperate with neighbouring ports on the rates they charge. The obligation on the ports is soft: “should”, not “shall”. No definition of a small vessel was added to Article 2 of the code. The guild's own commentary notes that the article was agreed late on the final night, after a long debate in the plenary about the cost of the toll to fishing fleets and ferries.",
    1,
  );
  const defender = labelled(
    code,
    6,
    "Defenders after the conference",
    "Anna Weller, formerly of the guild secretariat, argued that the toll article is harmless for fishing fleets. She pointed out that the code sits below the guild charter, which protects free passage for every fishing fleet.",
    0.9,
  );
  const question =
    "Did the guild's former staff defend the toll article as harmless for fishing fleets?";

  it("keeps the sentence carrying the point on past the usual budget", () => {
    const texts = shown(question, [adopted, defender]);
    expect(texts.some((t) => t.startsWith("Anna Weller, formerly of the guild secretariat"))).toBe(
      true,
    );
    expect(texts.some((t) => t.startsWith("She pointed out that the code sits below"))).toBe(true);
    expect(words(texts)).toBeGreaterThan(125);
    expect(words(texts)).toBeLessThanOrEqual(150);
  });
});
