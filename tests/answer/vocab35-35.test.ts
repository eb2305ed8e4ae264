// Everyday verbs for pressing for an act, binding a party and urging one (issue #12, the
// thirty-fifth session's batch in-4002..in-4011, out-1308..out-1309). "Who pushed to get spam
// defined in the treaty?" was refused: the notes say a party "asked" a group to add a definition,
// and "push" met nothing. "Does the spam article force govts to do anything or just nudge them?"
// was refused: the notes speak of a soft "obligation", of what is "binding" and what a text
// "encourages". Each verb is read in one frame only (`VERB_IDIOMS`): "pushed"/"pressing" with
// "to" and a verb, never the noun or a passive; "force" with an object and "to", never "in force".
import { describe, expect, it } from "vitest";
import { idiomSenseTerms } from "../../src/search/idiom-readings.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("idiomSenseTerms: pushing, forcing and nudging in their one frame", () => {
  const read = (q: string) => [...idiomSenseTerms(q).entries()];

  it("reads pushed or pressing to do something as asking for it", () => {
    expect(read("who pushed to get junk calls defined in the charter")).toContainEqual([
      "push",
      ["propos", "urg", "ask", "seek"],
    ]);
    expect(read("which members kept pressing hard to add a fraud clause?")).toHaveLength(1);
  });

  it("does not read the noun, a passive, or a push to a date or a place", () => {
    expect(
      read("how many names did the league's spring push to get the files out collect"),
    ).toEqual([]);
    expect(read("was the vote pushed to the next day?")).toEqual([]);
    expect(read("the review was pushed to 2015, right?")).toEqual([]);
    expect(read("who pushed to the front of the queue")).toEqual([]);
  });

  it("reads force with an object and to as binding, nudge as urging", () => {
    expect(read("does clause 7 force members to do anything")).toContainEqual([
      "forc",
      ["oblig", "bind", "requir"],
    ]);
    expect(read("or does it just nudge them")).toContainEqual([
      "nudg",
      ["encourag", "urg", "invit"],
    ]);
  });

  it("does not read a treaty in force as a party bound", () => {
    expect(read("did the charter enter into force in most states to general relief?")).toEqual([]);
    expect(read("is the 1990 charter still in force for anybody?")).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/calls.md": note("Junk calls in the charter", [
    '**Where the idea came from.** Sylvania asked the drafting group to add a definition of "junk calls" to Clause 3 (Definitions) of the charter. [1]',
    '**What was adopted.** Clause 7 says members "should endeavour" to limit junk calls and encourages them to cooperate. The obligation is soft: "should", not "shall". [2]',
  ]),
  // ("Force" is a word the notes use, of a treaty in force: unread, the asker's "force" is a
  // seen word that no sentence on the clause meets.)
  "notes/start.md": note("When the charter started", [
    "**Entry into force.** The 1990 charter entered into force on 1 March 1991 for the states that ratified it, and remains in force among them. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-vocab35-", NOTES);

describe("questions asking for an act in everyday verbs", () => {
  it("answers who pushed to get a term defined where the note says who asked for it", async () => {
    expect(await coverageOf("who pushed to get junk calls defined in the charter")).not.toBe(
      "none",
    );
  });

  // (This small corpus answers it with the reading off too, the clause's other words carrying it:
  // the reading itself is tested above; here it must not cost the answer.)
  it("answers whether a clause forces or nudges where the note says how it binds", async () => {
    expect(
      await coverageOf("does clause 7 actually force members to do anything or just nudge them"),
    ).not.toBe("none");
  });

  it("still refuses a push the notes do not tell", async () => {
    expect(await coverageOf("who pushed to get robocall blocking defined in the charter")).toBe(
      "none",
    );
  });
});
