// A when question's act that no sentence states as an act (act47, the forty-seventh session's
// batch in-5358..in-5363, out-1758..out-1763): a window whose passage meets the question's verbs
// only by its title or headings ("Campaign pressure…"), by a piece of a name ("OpenHarbour" for
// "open", of "launch") or by a word the tagger reads as no verb ("an open letter") does not state
// the act, and its answer is never `full` (`actUnstated`, window-act-date.ts, read by `keptOf`,
// coverage-window.ts, for the label only).
import { describe, expect, it } from "vitest";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/harbour.md": note(
    "Dockworker concerns and civil-society campaigning around the harbour pact",
    [
      "**Campaign pressure at the summit.** On 3–4 May 2019 harbour groups sent the Chair an open letter. It raised two problems: the working groups were closed and dockworkers could not take part. On 9 May 2019 a coalition including Tidewatch, PortRights and OpenHarbour said it had delivered more than 200,000 petition signatures urging states not to ratify. [1][2]",
    ],
  ),
  "notes/convention.md": note("The port safety convention", [
    "**The Lisbon convention.** The port safety convention was opened for signature in Lisbon on 2 March 2001 and entered into force on 1 June 2004. Norway refused to join it, citing cost. [1]",
    "**Earlier campaigns.** The dockers' campaign for shorter shifts ran through the 1990s and won a ten-hour cap in 1998. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-act47-47-", NOTES);

describe("a when question whose act no sentence states", () => {
  // (Without `actUnstated` the first is answered `full` from the 9 May delivery: "open" of
  // "OpenHarbour" meets "launch", the heading's "Campaign" meets "campaign". Run so, it fails.)
  it("never labels full a launch met only by a name's piece and the heading", async () => {
    expect(await coverageOf("when did openharbour launch its campaign")).not.toBe("full");
  }, 60_000);

  it("keeps refusing a start met only by an adjective and the heading", async () => {
    expect(await coverageOf("when did portrights start its campaign on the harbour pact")).toBe(
      "none",
    );
  }, 60_000);

  it("answers the act a sentence states in the asker's verb", async () => {
    expect(
      await coverageOf(
        "when did the coalition deliver its petition signatures on the harbour pact",
      ),
    ).not.toBe("none");
  }, 60_000);

  it("answers an act the source tells in its own verb", async () => {
    expect(await coverageOf("when did the port safety convention take effect")).not.toBe("none");
    expect(await coverageOf("when did the port safety convention go into force")).not.toBe("none");
  }, 60_000);
});
