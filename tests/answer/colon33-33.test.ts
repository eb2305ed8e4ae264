// A lead-in before a colon or a dash saying what kind of answer is wanted, then noun-phrase asks
// with no question word (issue #12, the thirty-third session's batch in-3806..in-3813,
// out-1242..out-1243): "two dates for the slide: the Harbour Union's K-12 filing, and Norland's
// Document 44" is two asks (`leadInAsks`, lead-in-asks.ts), each given the kind word's question
// and judged on its own passages (`byEachAsk`); an ask the notes do not answer keeps it refused.
import { describe, expect, it } from "vitest";
import { leadInAsks } from "../../src/answer/lead-in-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("noun-phrase asks after a lead-in naming the kind wanted", () => {
  it.each<[string, string[]]>([
    [
      "two dates for the slide: the K-12 filing, and Norland's Document 44",
      ["when was the K-12 filing", "when was Norland's Document 44"],
    ],
    [
      "numbers for the box - the union's member count, plus the vote tally",
      ["how many is the union's member", "how many is the vote"],
    ],
    // The nouns naming the kind asked are left out ("the tally of" is what "how many" asks).
    [
      "numbers: the tally of late signers, and the union's share",
      ["how many is late signers", "how many is the union's"],
    ],
    [
      "names for the people slide: the tarn chair, and the norland lead",
      ["who is the tarn chair", "who is the norland lead"],
    ],
    // A qualifier of the kind is each ask's; a word for the answer's look is not.
    [
      "two may '11 dates: the K-12 filing, and the tarn meeting",
      ["when was the K-12 filing, may '11", "when was the tarn meeting, may '11"],
    ],
    [
      "key dates for the deck: the K-12 filing, and the tarn meeting",
      ["when was the K-12 filing", "when was the tarn meeting"],
    ],
  ])("gives each phrase the kind word's question: %s", (question, asks) => {
    expect(leadInAsks(question)).toEqual(asks);
  });

  // No kind word, a question word, one phrase or many.
  it.each([
    "for the slide: the K-12 filing, and Norland's Document 44",
    "quick question: the K-12 filing, and Norland's Document 44",
    "two dates: when the union filed K-12, and Norland's Document 44",
    "two dates: the K-12 filing, and did Norland file at all",
    "dates for the slide: the K-12 filing",
    "dates: the filing, the meeting, the vote, the signing",
    // The lead-in asks itself: no kind word before the colon.
    "what were the dates: the K-12 filing, and Document 44",
  ])("reads no asks in %s", (question) => {
    expect(leadInAsks(question)).toEqual([]);
  });
});

const NOTES: Record<string, string> = {
  "notes/filings.md": note("Who filed what before the Lomé conference", [
    "**The operators.** The Harbour Union filed contribution K-12 on 3 May 2011. [1] It asked for a cap on transit fees. [1]",
    "**The ministries.** Norland submitted Document 44 on 9 October 2011, after a national consultation. [2]",
    "**The hosts.** Ostria hosted the regional meeting in Tarn, where delegates discussed roaming. [2]",
  ]),
  "notes/membership.md": note("The Harbour Union's members", [
    "**Members.** The Harbour Union says its 31 member operators back the transit cap. [1]",
  ]),
  "notes/vote.md": note("The roaming vote in Lomé", [
    "**The vote.** On the last evening the Kessel resolution on roaming passed by 64 votes to 21, with 9 abstentions. [1] Ostria voted against. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-colon33-33-", NOTES);

describe("answering each noun-phrase ask from its own place", () => {
  answersStatingEach(app, [
    [
      "two dates for the slide: the harbour union's k-12 filing, and norland's document 44",
      "3 May 2011",
    ],
    [
      "two dates for the slide: the harbour union's k-12 filing, and norland's document 44",
      "9 October 2011",
    ],
  ]);

  answersStatingEach(app, [
    [
      "two numbers for the box: the harbour union's member count, and the kessel resolution's vote tally",
      "31 member operators",
    ],
    [
      "two numbers for the box: the harbour union's member count, and the kessel resolution's vote tally",
      "64 votes to 21",
    ],
  ]);

  // One ask the notes do not answer (no note counts Norland's members): refused, as before.
  refusesEach(app, [
    "two numbers for the box: the kessel resolution's vote tally, and norland's member count",
  ]);
});

// Left: a date ask the notes do not answer beside a dated one ("…: the harbour union's k-12
// filing, and ostria's own proposal") is read as a series of events (`timelineEvents`), not here,
// and is covered as a whole by the K-12 paragraph, as before this reading.
