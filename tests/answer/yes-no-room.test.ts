// A yes-no answer that no chosen sentence settles reads on for its grounds while it has room
// (issue #12, fifteenth session): it read on only while under 60 words, and an answer of 80
// words on the draft's story left out the next passage's "The draft did not show which port had
// proposed which change."
import { describe, expect, it } from "vitest";
import type { AnswerShape } from "../../src/answer/extractive.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { labelledPassage as labelled, makeDocument, sentencesShown, wordsIn } from "./fixtures.ts";

const YES_NO: AnswerShape = { expected: "yes-no", sides: [] };

const shown = (question: string, passages: ScoredPassage[]) =>
  sentencesShown(question, passages, YES_NO);

const words = wordsIn;

describe("a yes-no answer nothing settles reads on while it has room", () => {
  const code = makeDocument({ id: "note-drafts", title: "The road to the harbour conference" });
  // About 80 words on the draft's story, naming every word asked but not saying whether it named
  // the proposers.
  const story = labelled(
    code,
    2,
    "The leak",
    "On 20 June the harbourmaster told the working group that some people with access to the draft charter had misrepresented the changes each member proposed. He acknowledged that the draft charter had leaked and said he would recommend that the council show the papers to the public and hold a consultation on them. Several guild members welcomed the idea at once, though the council itself took another month to decide and then released only part of what had been asked for.",
    1,
  );
  const compilation = labelled(
    code,
    1,
    "The working papers",
    "The group collected member proposals into a series of working papers. The draft charter did not show which harbour had proposed which change.",
    0.9,
  );
  const question = "Did the draft charter name the port behind each edit?";

  it("adds the next passage's sentence on what is asked past 60 words", () => {
    const before = shown(question, [story]);
    expect(words(before)).toBeGreaterThan(60);
    const texts = shown(question, [story, compilation]);
    expect(texts).toContain(
      "The draft charter did not show which harbour had proposed which change.",
    );
    expect(words(texts)).toBeLessThanOrEqual(125);
  });

  it("reads on no further once a chosen sentence states the whole question", () => {
    const settles = labelled(
      code,
      3,
      "The charter's silence",
      "The draft charter did not name the port behind each edit, and the guild's clerks kept the list of proposers to themselves until long after the council had met, to the annoyance of the smaller ports, whose delegates said so at every meeting they could attend that spring and summer. The clerks answered that the list was the council's to publish, not theirs, and that they had asked the council twice.",
      1,
    );
    const later = labelled(
      code,
      7,
      "Later readings",
      "A historian later called the draft charter a curiosity of its time.",
      0.9,
    );
    const texts = shown(question, [settles, later]);
    expect(texts.join(" ")).not.toContain("historian");
  });
});
