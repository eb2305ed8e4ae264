// A yes-no answer's second source stating what is asked gets a story's room (issue #12, sixteenth
// session): the best passage's scene ("Late on 12 May the Chair asked for a show of flags…") had
// filled the budget, and the guild's own word that resolutions have no charter status was left out.
import { describe, expect, it } from "vitest";
import type { AnswerShape } from "../../src/answer/extractive.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown, wordsIn } from "./fixtures.ts";

const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };

const shown = (question: string, passages: ScoredPassage[]) =>
  sentencesShown(question, passages, YES_NO);

const words = wordsIn;

describe("a yes-no answer's second source stating the question", () => {
  const code = makeDocument({ id: "note-code", title: "The harbour code" });
  // About 110 words: the resolution's adoption told as a scene.
  const adoption = labelled(
    code,
    5,
    "The harbour resolution",
    "The Chair's compromise package included a non-binding harbour resolution on safe moorings and quiet approaches for the smaller ports. " +
      "Late on 12 May the Chair asked for a show of flags to gauge the mood of the hall, then declared that most delegates supported including it. " +
      "When the river ports asked whether that had been a vote, the Chair said it had not. " +
      "According to the clerks' account, the southern and eastern ports strongly supported it, while the northern ports, the islands and the canal towns opposed it. " +
      "According to one observer, the draft told the harbourmaster to play an active role in mooring matters.",
    1,
  );
  const framing = labelled(
    code,
    8,
    "The guild's framing",
    "Throughout, the harbourmaster insisted that the assembly could not give the guild powers over the quays. " +
      "After the harbour resolution was adopted, the guild said publicly that resolutions do not have charter status and that this one only invites the ports to keep their moorings safe.",
    0.85,
  );
  const question = "Is the harbour resolution actually binding?";

  it("gives it past the usual budget", () => {
    const alone = shown(question, [adoption]);
    expect(words(alone)).toBeGreaterThan(95);
    const texts = shown(question, [adoption, framing]);
    expect(texts).toContain(
      "After the harbour resolution was adopted, the guild said publicly that resolutions do not have charter status and that this one only invites the ports to keep their moorings safe.",
    );
    expect(words(texts)).toBeGreaterThan(125);
    expect(words(texts)).toBeLessThanOrEqual(150);
  });

  it("gives no more of that source than its stating sentence", () => {
    const texts = shown(question, [adoption, framing]);
    expect(texts.join(" ")).not.toContain("Throughout, the harbourmaster insisted");
  });
});
