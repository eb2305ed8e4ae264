// Who questions refused by `answerTypeGiven` (issue #12, the twenty-fourth session's batch
// in-2670..in-2675, out-920..out-921): "who was the chairman / who presided" is searched as the
// record's "chaired", so the place naming the holder is retrieved; "who ran the X team's prep"
// asks who ran the prep, not who led the team, so no sentence saying who led the team is needed.
import { describe, expect, it } from "vitest";
import { idiomReadings, stem } from "../../src/search/analyze.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach, refusesEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/conference.md": note("The Freetown conference", [
    "**The venue.** The Zenith Telecommunication Union (ZTU) held its treaty conference in Freetown from 3 to 14 December 2012. Amara Kallon, the regulator's Director General, chaired the conference in Freetown. [1]",
    "**The open letter.** During the conference in Freetown, activists wrote to Okafor and the Chair that public comments had no formal standing in the ZTU negotiations. [2]",
  ]),
  "notes/preparations.md": note("Regional preparations for the ZTU conference", [
    "**Freedonia.** Freedonia's Kofi Mensah, who coordinated the Freedonian common proposals, presented the national preparations for the ZTU conference in 2012. [1]",
    "**Sylvania.** The Sylvanian delegation sent proposals on roaming to the ZTU conference and reserved its position on the final day. [2]",
  ]),
  "notes/operators.md": note("Operators at the ZTU conference", [
    "**The operators.** Operators' association Chairman Bob Smith said in Freetown that the ZTU proposal on fees would likely be withdrawn. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-answertype-24-", NOTES);

describe("a chair's other names", () => {
  it("are searched as the record's verb", () => {
    expect(idiomReadings("Who was the chairman of the Freetown meeting?")).toContain(stem("chair"));
    expect(idiomReadings("who presided over the conference?")).toContain(stem("chair"));
    expect(idiomReadings("Who was the chairperson?")).toContain(stem("chair"));
  });

  it("are not read in other words", () => {
    expect(idiomReadings("Who was the president of Freedonia?")).toEqual([]);
    expect(idiomReadings("Who chaired the conference?")).toEqual([]);
  });

  answersStatingEach(app, [
    ["Who was the chairman of the Freetown conference?", "Amara Kallon"],
    ["Who was the chairwoman of the Freetown conference?", "Amara Kallon"],
  ]);
});

describe("a who question on a team's work, not its lead", () => {
  // "the Freedonian team's prep" asks who ran the prep: the coordinator named answers it.
  answersStatingEach(app, [
    ["who ran the Freedonian team's prep for the ZTU conference?", "Mensah"],
  ]);

  // Who led a delegation still needs a sentence saying who led it.
  refusesEach(app, ["who ran the Sylvanian team at the ZTU conference?"]);
});
