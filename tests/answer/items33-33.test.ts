// A list or drafting request naming its own items, three to six after a dash or a colon (issue
// #12, the thirty-third session's batch in-3788..in-3797, out-1236..out-1237): "draft a cheat-sheet
// - k-12, document 44 and resolution 808 - one line each" is covered item by item (`byItem`,
// coverage-otherwise.ts) where a sentence of the notes names each item (named-items.ts), and
// answered one bullet an item, never "full"; an item no sentence names keeps it refused.
import { describe, expect, it } from "vitest";
import { asksForList, namedListItems } from "../../src/answer/named-items.ts";
import { analyzeQuestion } from "../../src/search/question.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("the items a list request names", () => {
  it("reads three to six short items after a dash or colon, without remarks on form", () => {
    expect(
      namedListItems("cheat-sheet pls - k-12, document 44 and resolution 808 - one line each"),
    ).toEqual(["k-12", "document 44", "resolution 808"]);
    expect(namedListItems("jargon box: spell out krt, zb, tdx and owg in a line each")).toEqual([
      "krt",
      "zb",
      "tdx",
      "owg",
    ]);
  });

  it("reads no items in two, in a clause, in an asking piece or with no lead", () => {
    expect(namedListItems("cheat-sheet - k-12 and document 44 - one line each")).toEqual([]);
    expect(
      namedListItems("bullets - what did norland, ostria and the union each file before lomé"),
    ).toEqual([]);
    expect(namedListItems("k-12, document 44 and resolution 808")).toEqual([]);
    expect(
      namedListItems(
        "bullets - the union's long-delayed filing on transit fees in may, document 44, resolution 808",
      ),
    ).toEqual([]);
  });

  it("takes a fact-led request asking a line each as a list", () => {
    const question = "draft a jargon box - spell out krt, zb and owg in a line each";
    expect(asksForList(question, analyzeQuestion(question))).toBe(true);
    const plain = "draft a note - what is krt";
    expect(asksForList(plain, analyzeQuestion(plain))).toBe(false);
  });
});

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Filings before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. [1] Its members asked for a cap on transit fees. [1]",
    "**The ministries.** Norland submitted Document 44 on 9 October 2011, after a national consultation. [2]",
  ]),
  "notes/council.md": note("The Tarn council and its working group", [
    "**The working group.** In 2009 the Tarn council adopted Resolution 808. It made the Kestrel Working Group the official preparatory body for the Lomé conference. [1]",
    "**Budget.** The council's budget for the preparations was never published, and delegates complained about it. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-items33-33-", NOTES);

describe("a list request covered item by item", () => {
  it("answers each item from the sentence naming it, one bullet an item, never full", async () => {
    const answer = await app.answerTo(
      "draft a cheat-sheet for new staff - k-12, document 44 and resolution 808 - one line each",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("3 May 2011");
    expect(answer.text).toContain("9 October 2011");
    // The sentence after the one naming the resolution says what it did, and leans on it.
    expect(answer.text).toContain("official preparatory body");
    expect(answer.text.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(3);
  });

  // An item the notes never name (Resolution 909, Document 51), or name nowhere in one sentence
  // with all its words: refused, the items they hold notwithstanding.
  refusesEach(app, [
    "draft a cheat-sheet for new staff - k-12, document 44 and resolution 909 - one line each",
    "draft a cheat-sheet for new staff - k-12, document 51 and resolution 808 - one line each",
    "draft a cheat-sheet for new staff - k-12, document 44 and the harbour budget - one line each",
  ]);
});
