// "Was it Canada that suggested…?" (issue #12): a cleft presupposes that one party did the act and
// asks whether it was the one named. A place saying that another party of the kind did that very
// act, the rest of the question stated whole, answers it by correcting the guess (`partial`, never
// `full`); a place naming another party for another act, another detail of the act, or the act
// shared in a series does not. A plain "Did X…?" presupposes one party only for an act of putting
// forward or asking ("Did Peru propose…?", the twenty-third session), not for others ("Did Chile
// send observers…?").
import { describe, expect, it } from "vitest";
import { cleftGuess, namesAnotherDoer } from "../../src/answer/premise-guess.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const DEFINITIONS = briefingNote("Definitions in the fisheries rules", [
  "**Where the word came from.** Spain proposed the word bycatch for the fisheries rules. [1]",
  "**Limits.** Chile, Ecuador and Portugal proposed the word quota for the limits. [2]",
]);

const HOSTS = briefingNote("The 2019 fisheries talks", [
  "**Venue.** Brazil hosted the 2019 fisheries talks in Lima. [1]",
  "**Observers.** Peru sent observers to the talks. [2]",
]);

const ingested = notesEngine("wcit-cleft-guess-", {
  "notes/definitions.md": DEFINITIONS,
  "notes/hosts.md": HOSTS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a cleft's guessed name", () => {
  it("reads the guess, its kind and the act's verb", () => {
    expect(cleftGuess("Was it Canada that suggested the word robustness?")).toMatchObject({
      name: "Canada",
      verb: "suggested",
    });
    expect(cleftGuess("was it the United Kingdom who proposed it?")?.name).toBe("United Kingdom");
    expect(cleftGuess("Did Canada suggest the word robustness?")).toBeUndefined();
    expect(cleftGuess("Was it true that Canada suggested it?")).toBeUndefined();
  });

  it("reads the guess after what is typed around a question", () => {
    for (const typed of [
      "Morning all Was it Canada that suggested the word robustness?",
      "Sorry if this is obvious, but was it Canada that suggested the word robustness?",
      "Context: we're prepping the board. Was it Canada that suggested the word robustness?",
    ]) {
      expect(cleftGuess(typed)?.name, typed).toBe("Canada");
    }
  });

  it("finds another party doing the act, not one item of a series (the act shared settles nothing)", () => {
    const guess = cleftGuess("Was it Peru that proposed binding quotas?");
    expect(guess).toBeDefined();
    if (!guess) return;
    expect(
      namesAnotherDoer("During the debate, Spain proposed binding quotas.", guess, analyze),
    ).toBe(true);
    expect(namesAnotherDoer("Chile, Ecuador and Portugal proposed quotas.", guess, analyze)).toBe(
      false,
    );
    expect(namesAnotherDoer("When Spain asked about quotas, Peru objected.", guess, analyze)).toBe(
      false,
    );
  });

  it("is corrected by a place where another party did the act", async () => {
    const answer = await ingested.engine.answer("Was it Peru that proposed the word bycatch?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Spain proposed the word bycatch");
  });

  it("is corrected as well after a greeting or an apology", async () => {
    for (const typed of [
      "Morning all, was it Peru that proposed the word bycatch?",
      "Sorry if this is obvious, but was it Peru that proposed the word bycatch?",
    ]) {
      const answer = await ingested.engine.answer(typed);
      expect(answer.coverage, typed).toBe("partial");
      expect(answer.text).toContain("Spain proposed the word bycatch");
    }
  });

  it("is corrected where the corpus never names the guessed party at all", async () => {
    const answer = await ingested.engine.answer("Was it France that proposed the word bycatch?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Spain proposed the word bycatch");
  });

  it("leaves a guessed party the corpus never names absent where nothing corrects it", async () => {
    for (const typed of [
      "Was it France that proposed the word quota?",
      "Did France propose the word quota?",
    ]) {
      expect((await ingested.engine.answer(typed)).coverage, typed).toBe("none");
    }
  });

  it("is not corrected where the place states another detail of the act", async () => {
    const answer = await ingested.engine.answer(
      "Was it Peru that proposed the word bycatch in Lima?",
    );
    expect(answer.coverage).toBe("none");
  });

  it("is not corrected by a series sharing the act", async () => {
    const answer = await ingested.engine.answer("Was it Peru that proposed the word quota?");
    expect(answer.coverage).toBe("none");
  });

  it("is not corrected for a plain yes/no of an act that presupposes no one party", async () => {
    const answer = await ingested.engine.answer("Did Peru host the 2019 fisheries talks?");
    expect(answer.coverage).toBe("none");
  });

  it("is corrected for a plain yes/no of proposing, which presupposes one party", async () => {
    const answer = await ingested.engine.answer("Did Peru propose the word bycatch?");
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("Spain proposed the word bycatch");
  });
});
