// A named party's reaction asked (near50, the fiftieth session's batch in-5586..in-5591,
// out-1878..out-1883): "how did X react to Y", "what did X say once Y", "X's response to Y" is
// told only by a window naming the party as one acting wherever it writes its name (not only in a
// list of sponsors, nor as the one acted on), and meeting half the weight of the event it reacted
// to: `reactionAsked` and `reactionDemand` (reaction-asked.ts) read the question, `reactionTold`
// judges the window (coverage-window.ts).
import { describe, expect, it } from "vitest";
import { reactionAsked } from "../src/answer/reaction-asked.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/quay.md": note("Berth fees, the Quay package and the levy rules", [
    "**The Quay package.** Around 5 May a bloc text on berth fees leaked. It was listed as coming from Portwatch, Tidewatch, Seabridge and Quayline, and amounted to a near-complete rewrite of the levy rules. Quayline publicly denied ever backing it. On 9 May the Chair said it was off the table. [1]",
    "**Supporters.** Not every port shared the Harbour Board's view. Lisbon, for example, accepted the levy cap but still backed a pilotage article, which the Dock Rights Project saw as a move into crew rules. [2]",
    "**Refusal.** On 12 May Ana Reis announced that the Harbour Board could not sign the levy rules in their current form. Delegations including Porto, Vigo and Bilbao then declared they would not sign either. [1]",
    "**Pilotage.** In March the Pilots' Guild asked Tidewatch whether its pilotage proposal meant crew rules or channel safety. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-near50-50-", NOTES);

describe("a named party's reaction asked", () => {
  it("reads the party and the event in the asker's shapes", () => {
    expect(reactionAsked("how did seabridge react to being listed on the quay package")).toEqual({
      party: "seabridge",
      event: "being listed on the quay package",
    });
    expect(reactionAsked("what did tidewatch say once the bloc text got pulled?")).toEqual({
      party: "tidewatch",
      event: "the bloc text got pulled",
    });
    expect(reactionAsked("portwatch's response to the board refusing to sign?")).toEqual({
      party: "portwatch",
      event: "the board refusing to sign",
    });
    expect(reactionAsked("did the chair ever respond")).toEqual({ party: "the chair", event: "" });
  });

  it("reads a pronoun's party from the lead-in, and no comparison", () => {
    expect(
      reactionAsked(
        "seabridge was one of the sponsors - what did it say after the text was pulled?",
      ),
    ).toEqual({ party: "seabridge", event: "the text was pulled" });
    expect(
      reactionAsked("how did quayline's response to the leak compare with portwatch's?"),
    ).toBeUndefined();
    expect(reactionAsked("when did quayline file its proposal?")).toBeUndefined();
  });
});

describe("a named party's reaction, through the engine", () => {
  it("refuses a party named only in the list of a text's sponsors", async () => {
    expect(
      await coverageOf("how did seabridge react to being listed on the leaked quay package?"),
    ).toBe("none");
  }, 60_000);

  it("refuses a party acting on another thing, nothing of the event met", async () => {
    expect(
      await coverageOf(
        "how did the dock rights project react to the harbour board refusing to sign?",
      ),
    ).toBe("none");
  }, 60_000);

  it("keeps refusing a party the notes never name", async () => {
    expect(await coverageOf("how did the port of tromso react to the anchoring tax?")).toBe("none");
  }, 60_000);

  it("answers the party's reaction where it acts beside the event", async () => {
    expect(
      await coverageOf("how did quayline respond to being listed on the quay bloc text?"),
    ).not.toBe("none");
    expect(
      await coverageOf("what did bilbao do once reis said the harbour board could not sign?"),
    ).not.toBe("none");
  }, 60_000);
});
