// The thing asked may be classed by the members the question lists (issue #12, the twenty-third
// session's batch in-2580..in-2585, out-900..out-901): "what the officials said - Harlan, Osric,
// Brandt" is told by a place that names those people without calling them officials. Without the
// list, or where the place names fewer than two of its members, the asked noun must still be said.
import { describe, expect, it } from "vitest";
import { listedMembers } from "../../src/answer/window-subjects.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/ruritania.md": note("The Ruritanian delegation at the conference", [
    "**After the conference.** Harlan said the outcome created a new layer of network regulation instead of expanding access. Bureau head Piet Osric said Ruritania had come committed both to a successful conference and to keeping networks out of the treaty. [1]",
    "**The drafts.** TD-12 (June 2011) was a compilation of proposals. TD-19 (November 2011) reorganised them into numbered options for each article. [2]",
    "**Before the conference.** Ambassador Ilse Brandt led the Ruritanian delegation from 2010. The last preparatory draft, TD-30, was posted in May 2012. [3]",
  ]),
  "notes/budget.md": note("Budget planning", [
    "**Staff.** A finance official prepared the 2013 budget estimates for the council's spring session. A second official checked them, and the official figures were published in June. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-asked-members-", NOTES);

describe("listedMembers", () => {
  it("reads a list of names after a dash, colon or parenthesis", () => {
    expect(listedMembers("what the officials said - Harlan, Osric, Brandt")).toEqual([
      "Harlan",
      "Osric",
      "Brandt",
    ]);
    expect(listedMembers("which stages (TD-12, TD-19 and TD-30) came first?")).toEqual([
      "TD-12",
      "TD-19",
      "TD-30",
    ]);
  });

  it("reads no list of lower-case words, nor a single name", () => {
    expect(listedMembers("what the officials said - one line each, short")).toEqual([]);
    expect(listedMembers("what did the officials say - Harlan?")).toEqual([]);
  });
});

describe("an asked noun the question classes by its listed members", () => {
  it("is met where the place names two of the members", async () => {
    expect(
      await coverageOf(
        "Talking points on what the officials said after the conference - Harlan, Osric",
      ),
    ).not.toBe("none");
  });

  it("must still be said where the question lists no members", async () => {
    expect(await coverageOf("Talking points on what the officials said after the conference")).toBe(
      "none",
    );
  });

  it("must still be said where the place names only one of the members", async () => {
    expect(
      await coverageOf(
        "Talking points on what the officials said after the conference - Harlan, Brandt",
      ),
    ).toBe("none");
  });
});
