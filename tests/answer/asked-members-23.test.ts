// The thing asked may be classed by the members the question lists, or named by classes of it
// (issue #12, the twenty-third session's batch in-2580..in-2585, out-900..out-901): "what the
// officials said - Harlan, Osric" is told by a place naming those people without calling them
// officials; "which outside experts…" by a list of classes holding "technical experts". Without
// the list, or where the list tells another act, the asked noun must still be said or named.
import { describe, expect, it } from "vitest";
import { listedMembers, listsClassesOf } from "../../src/answer/window-subjects.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/ruritania.md": note("The Ruritanian delegation at the conference", [
    "**After the conference.** Harlan said the outcome created a new layer of network regulation instead of expanding access. Bureau head Piet Osric said Ruritania had come committed both to a successful conference and to keeping networks out of the treaty. [1]",
    "**The drafts.** TD-12 (June 2011) was a compilation of proposals. TD-19 (November 2011) reorganised them into numbered options for each article. [2]",
    "**The sign-on letter.** The coalition's letter urged members to open national consultations to technical experts, academics and consumer advocates. [4]",
    "**The review.** Before it went out, the letter was vetted by several outside experts from the coalition's partners. [5]",
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

describe("listsClassesOf", () => {
  it("finds the asked people qualified as one class of a list of three", () => {
    expect(
      listsClassesOf(
        "open the processes to technical experts, academics and rights advocates.",
        "expert",
      ),
    ).toBe(true);
  });

  it("finds no lone class, nor one heading a longer clause", () => {
    expect(
      listsClassesOf("An outside analyst argued that the alarm was overstated.", "analyst"),
    ).toBe(false);
    expect(
      listsClassesOf("It passed 77 to 33, and several Western delegates saw a red line.", "deleg"),
    ).toBe(false);
  });
});

describe("asked people named by classes of them", () => {
  it("are named by a list of classes holding the asked noun", async () => {
    expect(
      await coverageOf(
        "Which outside experts did the coalition's letter want let into national consultations?",
      ),
    ).not.toBe("none");
  });

  it("are not named by a list that tells another act", async () => {
    expect(await coverageOf("Which outside experts vetted the coalition's letter?")).toBe("none");
  });
});
