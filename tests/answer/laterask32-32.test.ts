// A later ask naming nothing of its own but asking a new act (issue #12, the thirty-second
// session's batch in-3688..in-3693, out-1210..out-1213): "when did the Harbour Union file K-12
// and when did they pull it" is refused where the paragraph says only that the Union was
// considering withdrawing it (`laterActUntold`, later-act.ts), and answered where the act is
// told.
import { describe } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Who filed what before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. [1] It asked for a cap on transit fees. [1] In August 2011 the Union was reported to be considering withdrawing it. [2]",
    "**The ministries.** Norland submitted Document 44 on 9 October 2011. [2] Norland withdrew it on 2 December 2011, after the regional meeting. [2]",
    "**The hosts.** Ostria announced on 4 March 2012 that it would not sign the Lomé code. [1] On 9 March Ostria denied reports that it had threatened to walk out. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-laterask32-32-", NOTES);

describe("a later ask naming nothing of its own, its act told", () => {
  answersStatingEach(app, [
    ["when did norland submit document 44 and when did they withdraw it", "2 December 2011"],
    [
      "when did ostria say it would not sign and when did they deny the walk-out reports",
      "9 March",
    ],
  ]);
});

describe("a later ask naming nothing of its own, its act only hedged, denied or absent", () => {
  refusesEach(app, [
    "when did the harbour union file k-12 and when did they formally pull it",
    "when did ostria announce it would not sign and when did they walk out",
    "when did norland submit document 44 and when did they ratify it",
  ]);
});
