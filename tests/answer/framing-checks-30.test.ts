// Refusals that were not about a missing word (issue #12, the thirtieth session's batch
// in-3458..in-3467, out-1144..out-1145). One reading kept, one taken out:
// - a noun standing only for a list's members ("which Internet-related ITEMS did CEPT say its
//   members got taken out?") is no kind the answering place must name (`placeholderAsked`,
//   placeholder-nouns.ts, read in `askedThingsNamed`). In a small corpus the list was answered
//   without the rule too (that check did not decide it there), so the rule is tested on its unit
//   and the corpus cases show what must stay as it was;
// - (a given name and surname followed by ", who" read as a person was tried and taken out: it let
//   "which egyptian official made that denial?" be answered from Guinena's sentence, which tells
//   no denial; the blind probes hold such a near miss.)
import { describe, expect, it } from "vitest";
import { placeholderAsked } from "../../src/answer/placeholder-nouns.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("placeholderAsked", () => {
  it("reads a noun that only stands for the list's members", () => {
    expect(
      placeholderAsked("which Internet-related items did CEPT say its members got taken out?"),
    ).toBe("items");
    expect(placeholderAsked("which parts did Dourado flag as the problem?")).toBe("parts");
  });

  it("does not read a counted one, an owned one or a noun naming a kind", () => {
    expect(placeholderAsked("how many items did CEPT say it got removed?")).toBeUndefined();
    expect(placeholderAsked("which delegations did CEPT say did not sign?")).toBeUndefined();
    expect(placeholderAsked("what did CEPT say about the scope clause?")).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/outcome.md": note("The outcome and the European non-signers", [
    "**European non-signers.** CEPT said its 48 members had succeeded in removing the most controversial proposals on the Internet, routing, spam and cybersecurity. It added that the scope clause was still unclear enough that most CEPT members could not accept it. [1]",
  ]),
  "notes/regions.md": note("Regional proposals", [
    "**Africa.** An African regional contribution, coordinated through Egypt, gave reasons for revision: privatisation, growing IP traffic and financial fraud. Egypt's Sherif Guinena, who coordinated the African common proposals, presented the regional preparations in 2012. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-framing-checks-30-", NOTES);

describe("framing nouns and unknown names", () => {
  it("still answers a list asked by its items from the paragraph listing them", async () => {
    const question =
      "bullets: which Internet-related items did CEPT say its members got taken out of the text?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("routing, spam and cybersecurity");
  });

  // (As before: the items' own kind, or the person's act, is told nowhere.)
  for (const question of [
    "bullets: which items on mobile roaming tariffs did CEPT get taken out of the text?",
    "who was Egypt's point person on the Asia-Pacific proposals in 2014?",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
