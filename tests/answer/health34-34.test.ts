// Code health with no answer changed (health34): a word's punctuation trimmed in one place
// (`trimWord`, text.ts) for a claim's figures and a later ask's hedge words, and the asking
// piece of a list request read on the shared `ASKING_OPENING` (named-items.ts).
import { describe, expect, it } from "vitest";
import { namedListItems } from "../../src/answer/named-items.ts";
import { trimWord } from "../../src/text.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("a word's trim", () => {
  it("drops the punctuation around a word and keeps its case and inner marks", () => {
    expect(trimWord("(Ostria),")).toBe("Ostria");
    expect(trimWord("'shall'")).toBe("shall");
    expect(trimWord("89-55.")).toBe("89-55");
    expect(trimWord("didn't?")).toBe("didn't");
    expect(trimWord("unions'")).toBe("unions");
    expect(trimWord("—")).toBe("");
  });
});

describe("the asking piece of a list request", () => {
  it("skips a piece opening on a question word or any shared auxiliary", () => {
    expect(namedListItems("jargon box - what are krt, zb, tdx and owg")).toEqual([]);
    expect(namedListItems("jargon box - can you do krt, zb, tdx and owg")).toEqual([]);
    expect(namedListItems("jargon box - should krt, zb, tdx and owg be in")).toEqual([]);
  });

  it("still reads the items of a piece after an asking one", () => {
    expect(
      namedListItems("jargon box - can you help - spell out krt, zb, tdx and owg in a line each"),
    ).toEqual(["krt", "zb", "tdx", "owg"]);
  });
});

const NOTES: Record<string, string> = {
  "notes/filings.md": note("What the Tarn operators filed before the Norvik talks", [
    "**The operators.** The Tarn Guild filed paper Q-7 on 2 March 2010. [1] It asked for a floor on relay fees. [1] In June 2010 the Norvik board turned the floor down, and the Tarn Guild was reported to be considering withdrawing it. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-health34-34-", NOTES);

describe("a later act told only under a hedge, its ask's words trimmed", () => {
  // "…reported to be considering withdrawing it": the asked act was not done, as the notes
  // tell, however the later ask's words are punctuated.
  refusesEach(app, [
    "when did the tarn guild file q-7 and when did they withdraw it",
    "when did the tarn guild file q-7, and when did they (finally) withdraw it?",
  ]);
});
