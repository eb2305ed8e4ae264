// A later ask that leaves out the first ask's question and verb and names only who it is asked of
// (issue #12, the thirty-second session's batch in-3658..in-3667, out-1204..out-1205): "when did
// the Harbour Union file K-12, and Norland its Document 44?" is two asks (`gappedAsks`,
// gapped-asks.ts), each judged and answered on its own passages (`byEachAsk`); a later party the
// notes name doing nothing of the kind keeps the question refused.
import { describe, expect, it } from "vitest";
import { gappedAsks } from "../../src/answer/gapped-asks.ts";
import { withOwnerThing } from "../../src/answer/owner-noun.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("a later ask leaving out the first ask's question and verb", () => {
  it("writes the later ask out with the first's question and verb", () => {
    expect(gappedAsks("what did Norland table at the March meeting, and the Union?")).toEqual([
      "what did Norland table at the March meeting",
      "what did the Union table at the March meeting",
    ]);
    // A possessive after the party: what follows stands for the first ask's object.
    expect(
      gappedAsks("when did the Harbour Union file K-12, and Norland its Document 44?"),
    ).toEqual(["when did the Harbour Union file K-12", "when did Norland file its Document 44"]);
    // A year of its own: the first ask's year is left out.
    expect(
      gappedAsks("what did the board adopt on roaming in '14, and the Lomé summit in '19?"),
    ).toEqual([
      "what did the board adopt on roaming in '14",
      "what did the Lomé summit in '19 adopt on roaming",
    ]);
  });

  it("reads no gapped ask where the later words ask, set a time, offer a choice or name nothing", () => {
    expect(gappedAsks("what did Norland table, and why?")).toEqual([]);
    expect(gappedAsks("what did Norland table, and at which meeting?")).toEqual([]);
    expect(gappedAsks("what happened to the code in '14, and then at the summit in '19?")).toEqual(
      [],
    );
    expect(gappedAsks("did Norland sign with reservations, or clean?")).toEqual([]);
    expect(gappedAsks("what did Norland table, and the rest?")).toEqual([]);
    // A clause of its own is an ask `splitAsks` reads, not a gapped one.
    expect(gappedAsks("what did Norland table, and the Union walked out?")).toEqual([]);
    // No question word and auxiliary to borrow.
    expect(gappedAsks("how many states signed in Lomé, and the Union members?")).toEqual([]);
  });
});

describe("a later ask ending on an owner whose thing the first ask names", () => {
  it("writes the thing after the owner", () => {
    expect(withOwnerThing("who led the Norland delegation in Lomé", "who led Ostria's?")).toBe(
      "who led Ostria's delegation",
    );
    // The thing written, no such verb in the first ask, or a name after it: unchanged.
    expect(withOwnerThing("who led the Norland delegation", "who led Ostria's team?")).toBe(
      "who led Ostria's team?",
    );
    expect(withOwnerThing("when did Norland sign", "who led Ostria's?")).toBe("who led Ostria's?");
    expect(withOwnerThing("who led the team at Lomé", "who led Ostria's?")).toBe(
      "who led Ostria's team",
    );
  });
});

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Who filed what before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. [1] It asked for a cap on transit fees. [1]",
    "**The ministries.** Norland submitted Document 44 on 9 October 2011, after a national consultation. [2]",
    "**The hosts.** Ostria hosted the regional meeting in Tarn, where delegates discussed roaming. [2]",
  ]),
  "notes/delegations.md": note("Norland at Lomé", [
    "**Lead.** Ambassador Ilse Varga headed the Norland delegation in Lomé, with twelve advisers. [1] Norland arrived with a mandate to cap roaming rates. [1]",
  ]),
  "notes/forum.md": note("Observers at Lomé", [
    "**Observers.** The Sahel Forum sent observers to Lomé, among them Pia Lund, who followed the roaming debate from the gallery. [1]",
  ]),
  "notes/ostria.md": note("Ostria at Lomé", [
    "**Lead.** Minister Tomas Reh headed the Ostria delegation in Lomé and spoke for the hosts. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-asks32-32-", NOTES);

describe("answering each gapped ask from its own place", () => {
  answersStatingEach(app, [
    ["when did the harbour union file k-12, and norland its document 44?", "3 May 2011"],
    ["when did the harbour union file k-12, and norland its document 44?", "9 October 2011"],
  ]);

  answersStatingEach(app, [
    ["who headed the norland delegation in lomé, and who headed ostria's", "Tomas Reh"],
  ]);

  // The later party is named, but the notes say it filed nothing, or name its people in no lead:
  // refused, as before.
  refusesEach(app, [
    "when did the harbour union file k-12, and ostria its own proposal?",
    "when did the harbour union file k-12, and the dakar regulator its document 50?",
    "who headed the norland delegation in lomé, and who headed the sahel forum's",
  ]);
});
