// A kind of name asked in chat shorthand (issue #12, the thirty-sixth session's study of wrong
// refusals, refuse36): "how many govts were listed…" asks for countries as "how many governments"
// does, so a window listing the countries gives the count. `kindOfName` reads the asked noun
// written out (`withoutShorthand`), as retrieval already did; a count of a kind no place lists
// stays refused.
import { describe, expect, it } from "vitest";
import { kindOfName } from "../../src/answer/name-kinds.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("kindOfName", () => {
  it("reads a kind noun typed in chat shorthand as the word it stands for", () => {
    expect(kindOfName("govts")).toBe(kindOfName("governments"));
    expect(kindOfName("Govt")).toBe(kindOfName("government"));
    expect(kindOfName("ppl")).toBe(kindOfName("people"));
    expect(kindOfName("govts")).toBeDefined();
  });

  it("reads no kind in shorthand standing for a word that asks none", () => {
    expect(kindOfName("docs")).toBeUndefined();
    expect(kindOfName("mtg")).toBeUndefined();
    expect(kindOfName("btw")).toBeUndefined();
  });
});

const NOTES: Record<string, string> = {
  "notes/bloc.md": note("The roaming bloc's text", [
    "**The bloc text.** Around 7–8 May a bloc text on roaming charges leaked in Valdoria. It was listed as coming from Norway, Chile, Kenya, Peru and Ghana. Chile later denied supporting it. [1]",
  ]),
  "notes/forum.md": note("The 2014 tariff forum", [
    "**Attendance.** The 2014 tariff forum met in Lyon over three days. Governments from several regions sent officials, and the forum's chair thanked them for coming. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-refuse36-36-", NOTES);

describe("a count of a kind asked in shorthand", () => {
  it("is answered where a place lists the kind's names, as the written-out word is", async () => {
    expect(
      await coverageOf("how many governments were listed on the bloc text on roaming charges"),
    ).not.toBe("none");
    expect(
      await coverageOf(
        "headcount check: how many govts were listed on the bloc text on roaming charges",
      ),
    ).not.toBe("none");
  }, 60_000);

  it("stays refused where no place names or counts them", async () => {
    expect(
      await coverageOf("how many govts actually sent officials to the 2014 tariff forum in lyon"),
    ).toBe("none");
  }, 60_000);
});
