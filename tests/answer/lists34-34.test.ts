// A list or drafting request asking of the notes' own caveats (issue #12, the thirty-fourth
// session's batch in-3906..in-3915, out-1282..out-1283): "draft a caveats box: the claims across
// our notes flagged as single-sourced or uncorroborated" is covered by gathering the notes' caveat
// sentences, one bullet a passage (`byCaveat`, coverage-otherwise.ts; caveat-list.ts), never
// "full"; a request about caveats the notes hold only one of, or a list that asks of no caveat,
// keeps its refusal.
import { describe, expect, it } from "vitest";
import {
  askedKinds,
  asksNotesCaveats,
  gatheredCaveats,
  isCaveat,
  passageCaveat,
} from "../../src/answer/caveat-list.ts";
import type { ScoredPassage } from "../../src/types.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

function passage(id: string, text: string): ScoredPassage {
  return {
    passage: {
      id,
      documentId: id.split(":")[0] ?? id,
      ordinal: 0,
      sectionPath: ["A note"],
      start: 0,
      end: text.length,
      text,
      sourceRefs: [],
    },
    score: 1,
  } as unknown as ScoredPassage;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2)
    .map((w) => w.replace(/(?:ed|s)$/, ""));

describe("what a caveat request asks and what a caveat is", () => {
  it("reads a request naming the notes and a caveat word", () => {
    expect(asksNotesCaveats("the claims across our notes flagged as uncorroborated")).toBe(true);
    expect(asksNotesCaveats("everything our notes own up to not being able to verify")).toBe(true);
    expect(asksNotesCaveats("which numbers in our notes come with a health warning")).toBe(true);
    // No caveat asked, or no notes named as the teller.
    expect(asksNotesCaveats("the claims our notes flag about the Lomé budget")).toBe(false);
    expect(asksNotesCaveats("which claims were uncorroborated at the Lomé conference")).toBe(false);
  });

  it("reads the notes' caveat wording, not a claim about the world", () => {
    expect(isCaveat("This corpus did not verify the full list of signatories.")).toBe(true);
    expect(isCaveat("The 51–0 figure comes from a single news source.")).toBe(true);
    expect(isCaveat("That figure is not corroborated elsewhere.")).toBe(true);
    expect(isCaveat("The exact count is therefore uncertain.")).toBe(true);
    expect(isCaveat("The deadlock left security cooperation uncertain.")).toBe(false);
    expect(isCaveat("Norland verified its filing with the secretariat.")).toBe(false);
  });

  it("reads an asker's negated or hyphened form as the notes' words", () => {
    expect(askedKinds("flagged as single-sourced, uncorroborated or non-binding")).toBe(
      "flagged as single sourced, corroborated or binding",
    );
  });

  it("takes the sentence a caveat leans on with it", () => {
    const one = passageCaveat(
      passage(
        "note-a:1",
        "Budget. One outlet put the Tarn delegation at 88 members. That figure is not corroborated elsewhere and should not be relied on.",
      ),
    );
    expect(one?.sentence).toContain("88 members");
    expect(one?.sentence).toContain("not corroborated");
  });

  it("gathers one caveat a passage, those sharing the question's words first, none for one", () => {
    const found = [
      passage("note-a:1", "Norland filed K-12. This corpus did not verify its annex."),
      passage("note-b:1", "The 51–0 figure comes from a single news source."),
      passage("note-c:1", "Harbour Union members met twice. They asked for a cap."),
    ];
    const gathered = gatheredCaveats("caveats in our notes: single-sourced claims", found, words);
    expect(gathered.map((g) => g.scored.passage.id)).toEqual(["note-b:1", "note-a:1"]);
    expect(gatheredCaveats("caveats in our notes", found.slice(1), words)).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/votes.md": note("The vote on the Lomé preamble", [
    "**The vote.** On 12 March the Tarn council passed a motion on the preamble, 51 to 0. The 51–0 figure comes from a single news source. [1]",
    "**Delegations.** One outlet put the Norland delegation at 88 members. That figure is not corroborated elsewhere in this corpus and should not be relied on. [2]",
  ]),
  "notes/filings.md": note("Filings before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. Its members asked for a cap on transit fees. [1]",
    "**Unverified.** This corpus did not verify the annex to contribution K-12 or who drafted it. Check those against the conference documents. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-lists34-34-", NOTES);

describe("a list request asking of the notes' caveats", () => {
  it("gathers the caveats of several notes, one bullet each, never full", async () => {
    const answer = await app.answerTo(
      "draft a source-caveats box: the claims across our notes flagged as single-sourced, uncorroborated or unverified",
    );
    expect(answer.coverage).toBe("partial");
    expect(answer.text).toContain("single news source");
    expect(answer.text).toContain("88 members");
    expect(answer.text).toContain("annex to contribution K-12");
    // (One bullet a passage: the vote note's two caveats may share one.)
    expect(
      answer.text.split("\n").filter((line) => line.startsWith("- ")).length,
    ).toBeGreaterThanOrEqual(2);
  });

  // A caveat request about a topic the notes tell of (roaming tariffs) but no caveat names keeps
  // its refusal: the caveats gathered are about other things.
  refusesEach(app, [
    "draft a caveats box: the figures on the roaming tariffs our notes could not verify",
  ]);
});
