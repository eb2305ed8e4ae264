// A later ask whose act the first ask's paragraph tells only as hedged, denied or not done (issue
// #12, the thirty-third session's batch in-3748..in-3757, out-1228..out-1229): "when did the
// Harbour Union file K-12 and when did they drop it" beside "the Union was said to be considering
// dropping it" is refused (`laterActHedged`, later-act-hedged.ts); a later act told plainly in a
// clause of its own, beside a hedge in another clause, is still answered.
import { describe } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Who filed what before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. [1] It asked for a cap on transit fees. [1] In August 2011 the Tarn regulators rejected the cap as out of scope, and the Harbour Union was said to be considering dropping it. [2]",
    "**The board.** On 4 July 2011 the Lomé board decided to publish the draft code and to open a web page where anyone could send comments. [1] It did not release the other working papers. [1]",
    "**The vote.** Late on 9 November the chair counted raised cards on the roaming resolution. [3] When Ostria asked whether that had been a vote, the chair said it had not. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-hedge33-33-", NOTES);

describe("a later act told only under a hedge governing its verb", () => {
  // "considering dropping it", "did not release": the asked act was not done, as the notes tell.
  refusesEach(app, [
    "when did the harbour union file k-12 and when did they drop it",
    "when did the lomé board decide to publish the draft code and when did they release the other working papers",
  ]);
});

describe("a later act told plainly beside a hedge in another clause", () => {
  answersStatingEach(app, [
    // "the Tarn regulators rejected the cap" is its own clause: "considering" governs "dropping".
    [
      "when did the harbour union file k-12 and when did the tarn regulators reject it",
      "August 2011",
    ],
    // "anyone could send comments" hedges "send", not "open".
    [
      "when did the lomé board decide to publish the draft code and when did they open the web page",
      "4 July 2011",
    ],
    // A later yes/no ask is answered by the hedge itself: whether the union kept the cap.
    [
      "when did the harbour union file k-12, and did they drop it afterwards",
      "considering dropping it",
    ],
    // "When Ostria asked": the negation is in the chair's clause.
    [
      "when did the chair count cards on the roaming resolution and who asked if that was a vote",
      "Ostria",
    ],
  ]);
});
