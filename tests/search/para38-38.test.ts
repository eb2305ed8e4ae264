// A question's everyday words weigh half a topic word in retrieval (issue #12, the
// thirty-eighth session's para38): `LIGHT_TERM_SHARE`, ranker.ts, for the terms `isEverydayTerm`
// (index.ts) reads as the commonest English word forms. A question worded in everyday words
// around one fact ("who was actually running the show ... who put it on") shared those words with
// other notes' paragraphs, which outranked the one paragraph naming its topic words. The built
// corpus holds that paragraph beside paragraphs of other notes using the question's everyday words
// in other senses; questions about facts no note states stay refused.
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/harbour-overview.md": note("The Harbour Code talks: overview", [
    "**The 1990 code.** The old Harbour Code was adopted in Lisbon in 1990 and covered pilotage and berthing. [1]",
    "**The Portsmouth conference.** The Harbour Code conference met in Portsmouth from 3 to 14 May 2019. The Port Authority of Hampshire hosted it at the Guildhall, and its director, Ann Vale, chaired the conference. [1]",
    "**Who took part.** Eighty port states sent delegations, and forty of them signed the revised code. [2]",
  ]),
  "notes/harbour-reactions.md": note("Reactions to the Harbour Code", [
    "**Reactions.** A shipping minister said the outcome put a new layer of rules on top of the old ones, and that people who actually run ports had no say in the thing. [1]",
    "**The vote.** The chair asked for a show of flags to read the room, and people put their flags up on the last day. [2]",
    "**Later on.** Inspectors said they would run the new checks through the next year. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-para38-38-", NOTES);

describe("a question worded in everyday words around one paragraph's fact", () => {
  it("finds the paragraph naming its topic words over those sharing its everyday words", async () => {
    const { passages } = await app.ctx.engine.search(
      "who was actually running the show at the harbour talks in portsmouth - as in chairing the thing - and who put it on",
      { k: 3 },
    );
    expect(passages[0]?.passage.text).toContain("Ann Vale, chaired the conference");
  });

  // No note gives a cost, a budget or a flag count: refused, the everyday words notwithstanding.
  refusesEach(app, [
    "how much did it actually cost to put on the show in portsmouth",
    "how many flags did people put up when the chair read the room",
    "what was the budget for running the harbour talks",
  ]);
});
