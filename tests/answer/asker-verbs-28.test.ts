// Everyday verbs the notes never write, for acts they write in a formal verb (issue #12, the
// twenty-eighth session's batch in-3196..in-3205, out-1070..out-1071): "tap" someone for a post is
// what "chose" or "appointed" tells, and "hint" what "signalled" tells, so neither is an event the
// corpus never records (`absentTerms`).
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { sameSenseTerms } from "../../src/search/word-families.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

describe("everyday verbs of choosing and signalling in the notes' families", () => {
  it("put the everyday verb with the formal ones", () => {
    expect(sameSenseTerms(stem("tapped"))).toContain(stem("chose"));
    expect(sameSenseTerms(stem("tap"))).toContain(stem("appointed"));
    expect(sameSenseTerms(stem("hinted"))).toContain(stem("signalled"));
    expect(sameSenseTerms(stem("signalled"))).toContain(stem("indicated"));
    // (Not "suggest": the notes use it for putting a word forward, "the UK suggested 'robustness'".)
    expect(sameSenseTerms(stem("hinted"))).not.toContain(stem("suggested"));
  });
});

const NOTES: Record<string, string> = {
  "notes/delegation.md": note("Sylvania at the Freetown conference", [
    "**Leadership.** President Marlowe chose Ambassador Petra Voss to head the Sylvanian delegation to the Freetown conference. In March 2010 Voss argued in a speech that the treaty should stay high-level. [1]",
    "**Fees.** Sylvania opposed Opco's delivery-fee idea. In October 2010 Voss said Opco's chairman had signalled the proposal would likely be withdrawn. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-asker-verbs-28-", NOTES);

describe("a who or when question asked in an everyday verb", () => {
  // (Refused before: "tap" and "hint" were events the corpus never records.)
  answersStatingEach(app, [
    ["who did Marlowe tap to lead the Sylvanian team at Freetown?", "Voss"],
    [
      "in what month did Voss say Opco's chairman had hinted the fee idea would be dropped?",
      "October 2010",
    ],
  ]);

  // The notes never say whom Freedonia chose, nor what Opco's treasurer signalled.
  refusesEach(app, [
    "who did Freedonia's president tap to lead its team at Freetown?",
    "when did Opco's treasurer hint that the fee idea would be dropped?",
  ]);
});
