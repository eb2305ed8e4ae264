// A yes/no with a false premise (issue #12, the twenty-third session's batch in-2560..in-2565,
// out-896..out-897): "Did Iran ask the group to add…?", "was it Canada that came up with…?",
// "…held in Riyadh?" are answered, `partial`, from the place that states the same act and the
// rest of the question with another party or place in the guessed one's role. An act many share
// ("Did Peru sign…?"), an act no place records for anyone, and another detail of the act stay
// refused.
import { describe, expect, it } from "vitest";
import { cleftGuess, namesAnotherDoer } from "../../src/answer/premise-guess.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/words.md": note("Definitions in the fisheries rules", [
    "**Where the idea came from.** Spain asked the drafting group to add a definition of bycatch to Article 2. [1]",
    "**The wording.** Chile suggested the more precise word selectivity for the gear article. [2]",
    "**Signatures.** Spain signed the fisheries treaty in Lima. [3]",
    "**Review.** In a 2020 debriefing, Ecuador's delegate Ana Ruiz listed the Article 7 review among the provisions proposed for the new rules. [4]",
  ]),
  "notes/meetings.md": note("Regional meetings before the fisheries talks", [
    "**Andean group.** After a first meeting in Quito in May 2018, the Andean states set out their principles. A regional coordination meeting followed in Bogotá from 3 to 5 June 2019. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-falsepremise-", NOTES);

describe("reading a false premise's guess", () => {
  it("reads a plain yes/no's doer only for an act of putting forward or asking", () => {
    expect(
      cleftGuess("Did Peru ask the drafting group to add a definition?", analyze),
    ).toMatchObject({ name: "Peru", verb: "ask" });
    expect(cleftGuess("Did Peru sign the fisheries treaty?", analyze)).toBeUndefined();
    expect(cleftGuess("Did Peru vote for the treaty?", analyze)).toBeUndefined();
  });

  it("reads a phrasal verb of proposing as the class of proposing", () => {
    const guess = cleftGuess("was it Peru that came up with 'selectivity'?", analyze);
    expect(guess?.acts).toContain("suggest");
    if (!guess) return;
    expect(namesAnotherDoer("Chile suggested the word selectivity.", guess, analyze)).toBe(true);
    // (Not a verb of another act.)
    expect(namesAnotherDoer("Chile signed the treaty.", guess, analyze)).toBe(false);
  });

  it("reads a guessed place after the verb of holding", () => {
    const guess = cleftGuess("Was the regional coordination meeting held in Lima?", analyze);
    expect(guess).toMatchObject({ name: "Lima", place: true });
    if (!guess) return;
    expect(namesAnotherDoer("A meeting followed in Bogotá in June.", guess, analyze)).toBe(true);
    expect(namesAnotherDoer("The meeting in Lima was short.", guess, analyze)).toBe(false);
    expect(namesAnotherDoer("Meetings were held in Quito and Bogotá.", guess, analyze)).toBe(false);
    // (The place must be the asked thing's: another meeting held elsewhere corrects no summit.)
    const summit = cleftGuess("Was the 2018 summit held in Lima?", analyze);
    if (!summit) throw new Error("no guess");
    expect(namesAnotherDoer("A second meeting was held in Bogotá.", summit, analyze)).toBe(false);
    expect(namesAnotherDoer("The 2018 summit was held in Bogotá.", summit, analyze)).toBe(true);
  });

  it("tells another party from one sharing a word of the guess's name", () => {
    const guess = cleftGuess("Did the United Kingdom propose the line?", analyze);
    if (!guess) throw new Error("no guess");
    expect(namesAnotherDoer("The United States proposed a line.", guess, analyze)).toBe(true);
    expect(namesAnotherDoer("The United Kingdom proposed a line.", guess, analyze)).toBe(false);
    expect(namesAnotherDoer("The Kingdom proposed a line.", guess, analyze)).toBe(false);
    // (A guess by its initials is the party itself.)
    const uk = cleftGuess("Was it the UK that proposed the line?", analyze);
    if (!uk) throw new Error("no guess");
    expect(namesAnotherDoer("The United Kingdom proposed a line.", uk, analyze)).toBe(false);
    expect(namesAnotherDoer("The United Kingdom proposed a line.", uk, analyze, true)).toBe(true);
  });
});

describe("a false premise corrected by the notes", () => {
  it("answers a plain yes/no whose request another party made", async () => {
    const answer = await answerTo(
      "Did Peru ask the drafting group to add a definition of bycatch to Article 2?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Spain asked the drafting group");
  });

  it("answers a cleft whose verb is a phrasal one of proposing", async () => {
    const answer = await answerTo(
      "was it Peru that came up with the more precise word selectivity for the gear article?",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Chile suggested");
  });

  it("answers a guessed place where the meeting was held elsewhere", async () => {
    const answer = await answerTo("Was the Andean regional coordination meeting held in Caracas?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Bogotá");
  });
});

describe("the label of a guessed doer", () => {
  it("is full where a sentence names the guessed party as the act's doer", async () => {
    expect(
      await coverageOf(
        "Did Spain ask the drafting group to add a definition of bycatch to Article 2?",
      ),
    ).toBe("full");
  });

  it("is never full where the window names the party only for something else", async () => {
    expect(await coverageOf("Did Ecuador propose the Article 7 review?")).not.toBe("full");
  });
});

describe("a yes/no the notes do not settle", () => {
  it("stays refused for an act many share", async () => {
    expect(await coverageOf("Did Peru sign the fisheries treaty in Lima?")).toBe("none");
  });

  it("stays refused where another meeting was held elsewhere", async () => {
    expect(await coverageOf("Was the 2020 Andean summit held in Caracas?")).toBe("none");
  });

  it("stays refused where the place states another detail of the act", async () => {
    expect(
      await coverageOf(
        "Did Peru ask the drafting group to add a definition of bycatch to Article 9?",
      ),
    ).toBe("none");
  });

  it("stays refused where no place records the act for anyone", async () => {
    expect(await coverageOf("Did Peru ask the drafting group to add a definition of quota?")).toBe(
      "none",
    );
  });
});
