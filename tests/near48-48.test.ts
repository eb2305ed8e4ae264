// A when question asking when something began (near48, the forty-eighth session's batch
// in-5436..in-5441, out-1800..out-1805): "when did X start drafting Y", "when did X launch its
// campaign", "kick off", "get under way" is answered only by a dated sentence telling a start or
// a span ("launched", "began", "set up", "from 3 to 9 May"), not by the date of another act of
// the same doer ("filed Document 14 on 6 March"): `START_ASKED` (demand-dates.ts) marks the
// question, `tellsStart` (evidence.ts) reads the dated sentence, in `evidenceGiven`
// (window-answer-type.ts).
import { describe, expect, it } from "vitest";
import { START_ASKED } from "../src/answer/demand-dates.ts";
import { tellsStart } from "../src/answer/evidence.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/harbour.md": note("Proposals to the harbour summit", [
    "**Tidewatch's Document 14.** Tidewatch filed Document 14 on 6 March 2019, a week after the announced deadline, and revised it on 12 March. The original would have capped berth fees for small ports. [1]",
    "**The Lisbon review.** The formal harbour review began with Resolution 9 of the 2015 Lisbon assembly, which asked the secretariat to study the old berth rules. [2]",
    "**The summit.** The harbour summit took place in Porto from 3 to 9 May 2019. PortRights said on 9 May that it had delivered 200,000 petition signatures urging states not to ratify. [1]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-near48-48-", NOTES);

describe("a start asked of a when question", () => {
  it("reads a verb of starting as the thing asked, not a start of a state or an adjective", () => {
    expect(START_ASKED.test("when did the port board start drafting its rules")).toBe(true);
    expect(START_ASKED.test("what day did the talks get under way")).toBe(true);
    expect(START_ASKED.test("when did the regulator open its inquiry")).toBe(true);
    expect(START_ASKED.test("when did the pitch start looking dead")).toBe(false);
    expect(START_ASKED.test("when was the open letter sent")).toBe(false);
    expect(START_ASKED.test("when did the itu open up its documents")).toBe(false);
  });

  it("takes a start or a span as telling a start, not another dated act", () => {
    expect(tellsStart("The review began with Resolution 9 of the 2015 Lisbon assembly.")).toBe(
      true,
    );
    expect(tellsStart("The summit took place in Porto from 3 to 9 May 2019.")).toBe(true);
    expect(tellsStart("Briefings were held in Geneva on 8–9 October 2012.")).toBe(true);
    expect(tellsStart("Tidewatch filed Document 14 on 6 March 2019.")).toBe(false);
    expect(tellsStart("On 9 May a coalition including OpenHarbour delivered signatures.")).toBe(
      false,
    );
  });
});

describe("a when question asking a start, through the engine", () => {
  // (Without `tellsStart` in `evidenceGiven` the first is answered from the 6 March filing: the
  // date belongs to the doer's filing, and "drafting" is the asker's word for nothing stated.)
  it("refuses a start of drafting dated only by the filing", async () => {
    expect(await coverageOf("when did tidewatch start drafting document 14")).toBe("none");
  }, 60_000);

  it("keeps refusing a launch of a campaign the notes never name", async () => {
    expect(await coverageOf("when did portrights launch its ratification campaign")).toBe("none");
  }, 60_000);

  it("answers the act the notes date in the asker's verb", async () => {
    expect(await coverageOf("when did tidewatch file document 14")).not.toBe("none");
  }, 60_000);

  it("answers a start told by a verb of beginning or by a span", async () => {
    expect(await coverageOf("when did the formal harbour review kick off")).not.toBe("none");
    expect(await coverageOf("when did the harbour summit in porto get under way")).not.toBe("none");
  }, 60_000);
});
