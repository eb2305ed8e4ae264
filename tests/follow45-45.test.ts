// A follow-up's pointer that only the earlier answer resolves (follow45, the forty-fifth session's
// batch in-5170..in-5179, out-1692..out-1693): after "who ran the fcc during the wcit fight?"
// answered "Julius Genachowski was FCC Chairman.", "how did his knock on the itu…" points at
// Genachowski, whom the earlier question never names. The pointer is read as the answer's name for
// the search and the asks (follow-up-referent.ts, `withAnswerReferent` in follow-up-query.ts); the
// follow-up's own words are still only those typed, so the name cannot cover a fact the notes lack.
import { describe, expect, it } from "vitest";
import { withReferentNamed } from "../src/answer/follow-up-referent.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/panel.md": note("The harbour panel", [
    "**The panel.** In March 2013 the harbour panel was chaired by Mara Velden, a former port official. It met three times in Porto. [1]",
  ]),
  "notes/lisbon.md": note("The Lisbon talks", [
    "**The shipping lines.** At the Lisbon talks in 2015 Joss Harlan asked for longer night hours for the shipping lines. [2]",
    "**The panel's line.** Velden also went to Lisbon in 2015, where she sought a cap on night landings. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-follow45-45-", NOTES);

const CHAIR_ASKED = {
  question: "who chaired the harbour panel",
  answer: "In March 2013 the harbour panel was chaired by Mara Velden, a former port official. [1]",
};

async function answerAfter(question: string) {
  return app.ctx.engine.answer(question, { history: [CHAIR_ASKED], forceExtractive: true });
}

describe("withReferentNamed", () => {
  it("reads a person pointer after a who question as the answer's person", () => {
    expect(withReferentNamed("what did she warn about later on", [CHAIR_ASKED])).toBe(
      "what did Mara Velden warn about later on",
    );
    expect(
      withReferentNamed("how did his knock on the itu compare with his take after", [
        { question: "who ran the fcc", answer: "Julius Genachowski was FCC Chairman. [1]" },
      ]),
    ).toBe("how did Julius Genachowski's knock on the itu compare with his take after");
  });

  it("takes, of several people, the one beside the words the question asked", () => {
    expect(
      withReferentNamed("when did he say the us was out", [
        {
          question: "Who led the US delegation?",
          answer: "President Obama chose Ambassador Terry Kramer to head the US delegation. [1]",
        },
      ]),
    ).toBe("when did Ambassador Terry Kramer say the us was out");
  });

  it("reads 'them' after a which question as the answer's series", () => {
    expect(
      withReferentNamed("which of them filed security articles", [
        {
          question: "whose names were on the bloc text",
          answer: "The listing named Russia, the UAE, China and Egypt. [1]",
        },
      ]),
    ).toBe("which of Russia, UAE, China and Egypt filed security articles");
  });

  it("reads 'that same day' with the answer's day where the earlier question gives none", () => {
    expect(
      withReferentNamed("what else happened that same day", [
        {
          question: "did the us threaten to walk out",
          answer:
            "No: on 10 December Kramer denied press reports that the US had threatened to walk out. [1]",
        },
      ]),
    ).toBe("what else happened that same day (10 December)");
  });

  it("leaves a pointer the thread's question carries, or one after the follow-up's own noun", () => {
    // The earlier question names its subject: the thread carries it already.
    expect(
      withReferentNamed("what was his reasoning", [
        {
          question: "When did Kramer say the US wouldn't sign?",
          answer: "On the evening of 13 December 2012 Kramer announced it. [1]",
        },
      ]),
    ).toBe("what was his reasoning");
    // "he" points at the one who asked the chair, in the follow-up itself.
    expect(
      withReferentNamed("who asked the chair if it had been a vote, and what did he say", [
        CHAIR_ASKED,
      ]),
    ).toBe("who asked the chair if it had been a vote, and what did he say");
    // "their" points at the follow-up's own "orgs".
    expect(
      withReferentNamed("how many orgs had put their names to it", [
        { question: "who drafted the statement", answer: "Access and Free Press. [1]" },
      ]),
    ).toBe("how many orgs had put their names to it");
  });
});

describe("a follow-up whose pointer only the earlier answer resolves", () => {
  // (With `withAnswerReferent` returning the question as typed, the search carries only the earlier
  // question and "she": run so, it fails.)
  it("is searched, and answered, with the person the answer named", async () => {
    const answer = await answerAfter("what did she ask for at the lisbon talks");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("cap on night landings");
    expect(answer.searchQuery).toContain("Mara Velden");
  }, 60_000);

  it("stays refused where the notes lack what is asked of that person", async () => {
    expect((await answerAfter("did she ever fly out to oslo for talks")).coverage).toBe("none");
  }, 60_000);
});
