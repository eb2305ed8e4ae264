// A named party asked for its word on a topic (near49, the forty-ninth session's batch
// in-5514..in-5519, out-1842..out-1847): "did X say anything about Y", "X's take on Y", "where did
// X come down on Y", "what did X make of Y" is told only by a window meeting a word of the party
// and a word of the topic, the topic written in the passage itself, not only in its document's
// title: `speakerTopicAsked` and `speakerTopicDemand` (speaker-topic.ts) read the question,
// `speakerTopicMet` judges the window (coverage-window.ts).
import { describe, expect, it } from "vitest";
import { speakerTopicAsked } from "../src/answer/speaker-topic.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/harbour.md": note(
    "Dredging in the harbour rules: the Article 7 compromise, and the arguments",
    [
      "**Starting point.** The 1990 harbour rules said almost nothing about dredging. Critics of the 2019 process, citing a history of the harbour board's dredging work by Ana Reis, argued that the board had always treated dredging only vaguely. They noted that a board draft used the word dredging dozens of times without defining it. [1]",
      "**Views on the TX-9 levy.** Portwatch argued that the TX-9 levy on berths should stay a national matter. Tidewatch said the cap in the TX-9 levy was a fair compromise for small ports. [2]",
      "**Article 7.** The final Article 7 asks harbour states to endeavour to keep shipping channels open. Quayline called Article 7 too weak to matter for small ports. [1]",
      "**Resolution 12.** Resolution 12, introduced on 3 May 2019, stated that harbour policy should stay free of central control. The assembly approved it unanimously and sent it to the council in June 2019. [2]",
    ],
  ),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-near49-49-", NOTES);

describe("a named party's word asked on a topic", () => {
  it("reads the party and the topic in the asker's shapes", () => {
    expect(speakerTopicAsked("did res 12 say anything about pilotage or tugs")).toEqual({
      party: "res 12",
      topic: "pilotage or tugs",
    });
    expect(speakerTopicAsked("reis's take on article 7 after porto - too weak?")).toEqual({
      party: "reis",
      topic: "article 7 after porto",
    });
    expect(speakerTopicAsked("where did quayline come down on berth fees")).toEqual({
      party: "quayline",
      topic: "berth fees",
    });
    expect(speakerTopicAsked("what did portwatch make of the cap, and when was it set?")).toEqual({
      party: "portwatch",
      topic: "the cap",
    });
  });

  it("reads no comparison and no word asked without a topic", () => {
    expect(
      speakerTopicAsked("how did portwatch's take on berth fees compare with tidewatch's?"),
    ).toBeUndefined();
    expect(speakerTopicAsked("what did portwatch say in porto?")).toBeUndefined();
    expect(speakerTopicAsked("reis's take on why so many ports would not sign?")).toBeUndefined();
    expect(speakerTopicAsked("when did tidewatch file its proposal?")).toBeUndefined();
  });
});

describe("a named party's word on a topic, through the engine", () => {
  it("refuses a party named only on another topic, the topic in the title alone", async () => {
    expect(await coverageOf("ana reis's take on article 7 - did she think it too weak?")).toBe(
      "none",
    );
  }, 60_000);

  it("refuses a topic told of other parties, the party asked never named there", async () => {
    expect(await coverageOf("where did quayline come down on the tx-9 levy")).toBe("none");
  }, 60_000);

  it("keeps refusing a party asked on a topic no passage names", async () => {
    expect(await coverageOf("did resolution 12 say anything about pilotage or tug fees?")).toBe(
      "none",
    );
  }, 60_000);

  it("answers the party's word where its own sentence tells the topic", async () => {
    expect(await coverageOf("where did portwatch come down on the tx-9 levy")).not.toBe("none");
    expect(await coverageOf("quayline's take on article 7 - worth much?")).not.toBe("none");
    expect(await coverageOf("did tidewatch say anything about the tx-9 levy?")).not.toBe("none");
  }, 60_000);
});
