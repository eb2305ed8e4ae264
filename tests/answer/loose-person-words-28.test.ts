// A loose word for the person a question asks to be named (issue #12, the twenty-eighth session's
// batch in-3116..in-3125, out-1050..out-1051): "which civil-society FIGURE balked at…", "which two
// think-tank GUYS put the drafts online…". The notes name the person and never call anyone a
// figure, a voice or a guy, so the asker's noun was a required word missing from the paragraph
// that names the one asked for, and the question was refused. After "which" or "who was the"
// the word is now read as an everyday word (`loosePersonAsked`, loose-person-words.ts), and an
// unseen one ("guys") is no absent term.
import { describe, expect, it } from "vitest";
import { loosePersonAsked } from "../../src/answer/loose-person-words.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("loosePersonAsked", () => {
  it("reads the loose word after which or who was the", () => {
    expect(loosePersonAsked("which civil-society figure objected to the statement?")).toBe(
      "figure",
    );
    expect(loosePersonAsked("who was the industry voice saying the alarm was overstated?")).toBe(
      "voice",
    );
    expect(loosePersonAsked("which two think-tank guys launched the leak site?")).toBe("guys");
  });

  it("does not read a figure asked after what, nor a word that is not loose", () => {
    expect(loosePersonAsked("what 1988 figure did the ITU compare it with?")).toBeUndefined();
    expect(loosePersonAsked("how many figures did the report give?")).toBeUndefined();
    expect(loosePersonAsked("which delegation objected to the statement?")).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/dissent.md": note("Dissent within civil society", [
    "**Dissent within civil society.** Civil society was not unanimous. Parminder of IT for Change argued that the final text was consistent with the Baku statement. He objected to a proposed joint statement condemning the resolution. [1]",
    "**Leaks.** Two researchers at the Mercatus Center, Jerry Brito and Eli Dourado, launched a leak site in mid-2012 to post the documents publicly. [2]",
  ]),
  "notes/spam.md": note("The spam article after Dubai", [
    "**Critics after Dubai.** After Dubai, critics held that the spam article was about content, on the grounds that governments cannot block spam without looking at it. Ex-delegates said the spam article after Dubai would let governments read messages. [1]",
    "**Defenders after Dubai.** Richard Hill, formerly of the ITU secretariat, argued that the article is non-binding. He pointed out that the preamble commits Member States to their human-rights obligations. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-loose-person-words-28-", NOTES);

describe("a loose word for the person asked", () => {
  it("is answered from the paragraph naming the person", async () => {
    const question =
      "which civil-society figure balked at a joint statement condemning the resolution?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Parminder");
  });

  it("is answered where the loose word is one the corpus never uses", async () => {
    const question = "which two think-tank guys launched the leak site, and where did they work?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toContain("Mercatus Center");
  });

  it("leads with the paragraph naming the person, though another ranks higher", async () => {
    const question =
      "which ex-ITU figure stuck up for the spam article after Dubai, and on what grounds?";
    expect(await coverageOf(question)).not.toBe("none");
    expect((await answerTo(question)).text).toMatch(/^Richard Hill/);
  });

  // (As before: the paragraph names no one for the act asked, or no paragraph tells it.)
  for (const question of [
    "which civil-society figure chaired the Baku meeting in 2014?",
    "which think-tank figure funded the leak site?",
    "who was the civil-society voice who convened the Best Bits meeting?",
    "which two guys hosted the Busan plenipotentiary?",
  ]) {
    it(`stays refused: ${question}`, async () => {
      expect(await coverageOf(question)).toBe("none");
    });
  }
});
