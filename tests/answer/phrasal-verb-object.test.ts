// A phrasal verb asked with "do" and followed by its object ("When did Kramer shoot down the press
// reports…?") is the asker's idiom, not an event the corpus never records (issue #12): its verb
// is read as phrasal, so a when/who question is not refused for a verb the corpus never uses.
import { describe, expect, it } from "vitest";
import { phrasalVerbWords } from "../../src/answer/phrasal-verbs.ts";

describe("phrasal verbs before their object", () => {
  it("reads a bare verb with a particle and then its object as phrasal", () => {
    expect(
      phrasalVerbWords(
        "When did Kramer shoot down the press reports that the US was threatening a walkout?",
      ),
    ).toContain("shoot");
    expect(
      phrasalVerbWords("when did EFF lean on member states to release the prep docs?"),
    ).toContain("lean");
  });

  it("does not read a passive or a verb before a year as phrasal", () => {
    expect(phrasalVerbWords("Who was elected in the first round?")).not.toContain("elected");
    expect(phrasalVerbWords("Who did the members elect in 2014?")).not.toContain("elect");
    expect(phrasalVerbWords("Who did the members elect?")).not.toContain("elect");
  });
});
