// Chat shorthand read as content (issue #12, the twenty-fifth session's batch in-2780..in-2785,
// out-952..out-953): a document abbreviation before its number ("Res 1379", "res. 52", "doc #27",
// "doc no. 21") is read as its noun with the number kept, and chat words ("cuz", "ctte", "grp",
// "props", "rn", "idk") as the words they stand for or dropped; a bill's name ("H. Con. Res. 127")
// and a revised text's edition ("Rev. Dubai") stay as typed.
import { describe, expect, it } from "vitest";
import { withoutShorthand } from "../../src/search/question-shorthand.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("withoutShorthand: document abbreviations and chat words", () => {
  it.each([
    ["what did Res 1379 set up?", "what did Resolution 1379 set up?"],
    ["what did res. 52 list?", "what did resolution 52 list?"],
    ["when was doc #27 filed?", "when was document 27 filed?"],
    ["who filed doc no. 21?", "who filed document 21?"],
    ["what's in Res. No. 146?", "what's in Resolution 146?"],
    [
      "when was the rev out, cuz the props changed",
      "when was the revision out, because the proposals changed",
    ],
    ["which ctte grp met rn", "which committee group met"],
    ["idk, what did the admin say?", "what did the administration say?"],
  ])("reads %j as %j", (typed, read) => {
    expect(withoutShorthand(typed)).toBe(read);
  });

  it("leaves a bill's name, a revised edition and other words as typed", () => {
    expect(withoutShorthand("what did H. Con. Res. 127 say?")).toBe(
      "what did H. Con. Res. 127 say?",
    );
    expect(withoutShorthand("what did S. Res. 446 say?")).toBe("what did S. Res. 446 say?");
    expect(withoutShorthand("Resolution 146 (Rev. Bucharest, 2022)")).toBe(
      "Resolution 146 (Rev. Bucharest, 2022)",
    );
    expect(withoutShorthand("the resources and the results")).toBe("the resources and the results");
    expect(withoutShorthand("say no. 5 times")).toBe("say no. 5 times");
    expect(withoutShorthand("did Ruritania prop up the draft?")).toBe(
      "did Ruritania prop up the draft?",
    );
    expect(withoutShorthand("props to Openline for the letter")).toBe(
      "props to Openline for the letter",
    );
    expect(withoutShorthand("whose prop was it")).toBe("whose proposal was it");
  });
});

const NOTES: Record<string, string> = {
  "notes/review.md": note("The review group", [
    "**Review group.** In 2016 the Council adopted Resolution 1379, creating a review group open to Member States and Sector Members. Its mandate was to study new trends in numbering. [1]",
  ]),
  "notes/filing.md": note("Ruritania's filing", [
    "**Document 27.** Ruritania filed Document 27 on 13 November 2012 and revised it on 17 November. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-shorthand-25-", NOTES);

describe("questions typed with a document abbreviation before its number", () => {
  it("answers 'Res 1379' as Resolution 1379, not as a word 're' no source holds", async () => {
    const answer = await answerTo("iirc Res 1379 set up a review group - who could join it? pls");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Sector Members");
  });

  it("answers 'doc #27' as Document 27", async () => {
    const answer = await answerTo("fwiw when did Ruritania file doc #27?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("13 November 2012");
  });

  it("still refuses what the notes do not say", async () => {
    expect(
      await coverageOf("iirc how many govts sent ppl to the Res 1379 group's first mtg?"),
    ).toBe("none");
    // Read as "Document 27", as the question typed in full is.
    expect(await coverageOf("which ministry signed off on doc #27 rn?")).toBe(
      await coverageOf("which ministry signed off on Document 27?"),
    );
  });
});
