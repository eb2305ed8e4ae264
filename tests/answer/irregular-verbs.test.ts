// A verb typed in an irregular past form ("brought", "wrote", "sought") where the corpus writes
// another form of it ("bring", "bringing"): the stemmer reads "signed" as "sign" but "brought" as
// a word of its own, which the corpus never has, and the question was refused as naming a word
// the corpus lacks (issue #12). The form is read as its verb.
import { describe, expect, it } from "vitest";
import { irregularVerbs } from "../../src/answer/verb-forms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine } from "../support/extractive-engine.ts";

const LETTER = briefingNote("The harbour letter", [
  "**The letter.** In March 2019 the Harbour Coalition sent a letter to the fisheries ministers. It urged them to bring port workers and academics into national preparations for the accord. [1]",
  "**Signatures.** Twelve groups signed the letter in its first week. [2]",
]);

const ingested = notesEngine("wcit-irregular-verbs-", {
  "notes/letter.md": LETTER,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("irregularVerbs: bases of irregular past forms", () => {
  it("gives the bare form of an irregular past form the stemmer reads apart", () => {
    const bases = irregularVerbs(
      "Who wrote the letter, who was brought in, and what did they seek and sought?",
      (w) => analyze(w),
    ).bases;
    expect(bases.get("wrote")).toBe("write");
    expect(bases.get("brought")).toBe("bring");
  });

  it("leaves regular forms, which the stemmer already reads as their verb", () => {
    const bases = irregularVerbs("Which groups signed the letter and urged the ministers?", (w) =>
      analyze(w),
    ).bases;
    expect(bases.size).toBe(0);
  });
});

describe("a question with an irregular past form", () => {
  it("is answered where the corpus writes the verb's other form", async () => {
    // (Asked as "what": the people it names are a class, "port workers and academics", and a
    // who answer needs a name, which "In March 2019" had given when a month counted as one.)
    const answer = await ingested.answerTo(
      "What did the Harbour Coalition's letter want brought into national preparations?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("port workers and academics");
  });

  it("is still refused where the corpus holds no such act", async () => {
    const answer = await ingested.answerTo(
      "Who wrote the fisheries ministers' reply to the letter?",
    );
    expect(answer.coverage).toBe("none");
  });
});
