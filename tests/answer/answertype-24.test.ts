// Who questions refused by `answerTypeGiven` (issue #12, the twenty-fourth session's batch
// in-2670..in-2675, out-920..out-921): "who was the chairman / who presided" is searched as the
// record's "chaired", so the place naming the holder is retrieved; "who ran the X team's prep"
// asks who ran the prep, not who led the team, so no sentence saying who led the team is needed;
// "the talks" or "the meeting" is met by the record's "the conference" for the coverage decision.
import { describe, expect, it } from "vitest";
import { stem } from "../../src/search/analyze.ts";
import { idiomReadings, idiomSenseTerms } from "../../src/search/idiom-readings.ts";
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

describe("a meeting's everyday names where its chair is asked", () => {
  it("are met by the record's word for the coverage decision only", () => {
    expect(idiomSenseTerms("Who chaired the talks in Freetown?").get(stem("talks"))).toContain(
      stem("conference"),
    );
    expect(idiomSenseTerms("Who chaired the Freetown meeting?").get(stem("meeting"))).toContain(
      stem("conference"),
    );
    expect(idiomReadings("Who chaired the talks in Freetown?")).toEqual([]);
    // (Only where the chair of the meeting is asked: other talks are other things.)
    expect(idiomSenseTerms("When did the talks on the new treaty start?").get(stem("talks"))).toBe(
      undefined,
    );
  });

  answersStatingEach(app, [
    ["Who chaired the talks in Freetown?", "Amara Kallon"],
    ["Who was the chairman of the Freetown meeting?", "Amara Kallon"],
  ]);

  // The meeting named is not the conference the place tells of.
  refusesEach(app, ["Who chaired the Lakeside meeting in March 2013?"]);
});
