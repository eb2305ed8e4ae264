// A question opening with what the asker already knows, stated up to a dash or a semicolon, then
// asking (issue #12, the twenty-seventh session's batch in-3002..in-3011, out-1018..out-1019):
// "Borel said in June she'd recommend opening up the drafts - when did the Board actually make
// the call?". Read whole, the window best matching every word restates the lead-in (Borel's June
// remarks). Covered whole, the question is read again with the lead-in as context
// (`statedLeadIn`, stated-lead.ts; engine.ts), and that reading, covered from another passage,
// leads the answer with the passage answering the ask (the Board's July decision).
import { describe, expect, it } from "vitest";
import { statedLeadIn } from "../../src/answer/stated-lead.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { answersStatingEach } from "../support/coverage-cases.ts";
import { notesAppContext } from "../support/notes-app.ts";

const NOTES: Record<string, string> = {
  "notes/freetown.md": note("The road to Freetown", [
    "**Borel's response.** On 20 June 2012 Secretary-General Anna Borel told the working group that some people with access to the proposals had misrepresented them. She said she would recommend that the Board open access to the drafts and hold a public consultation. [1]",
    "**The Board decision.** On 11 July 2012 the ZTU Board decided to publish the draft charter and to open a web page for comments. Civil-society groups said the decision fell short of Borel's recommendations. [2]",
    "**Borel's framing.** Throughout, Borel insisted that the charter could not give the ZTU powers over the network. She said its resolutions do not bind members and only invite cooperation. [4]",
    "**The working documents.** The group collected member proposals into working documents. WD-36 (June 2011) was a compilation of proposals. [3]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const app = notesAppContext("wcit-stated-lead-27-", NOTES);

describe("reading a stated lead-in", () => {
  it("splits a statement before a dash or a semicolon from the ask after it", () => {
    expect(
      statedLeadIn(
        "Borel said in June she'd recommend opening up the drafts - so when did the Board decide to publish them?",
      ),
    ).toEqual({
      context: "Borel said in June she'd recommend opening up the drafts",
      ask: "when did the Board decide to publish them?",
    });
    expect(
      statedLeadIn("Borel told the group about leaks in June; so when did the Board decide?"),
    ).toEqual({
      context: "Borel told the group about leaks in June",
      ask: "when did the Board decide?",
    });
  });

  it.each([
    // A topic, not a statement: no finite verb.
    "the Board decision on the drafts - when was it taken?",
    "Borel vs the Board on the drafts going in - how did each frame it?",
    // Two sides set against each other, with a verb.
    "Borel vs the Board once the drafts leaked - who wanted what?",
    // An ask or a request before the dash.
    "quick one for the memo - when did the Board decide?",
    "what did Borel say - and when did the Board decide?",
    // An ask pointing back to the lead-in, which holds what is asked.
    "Borel had a figure for the leaked drafts, and the Board used one too - what was it?",
    // A lead-in whose last sentence asks: the dash joins two asks.
    "people keep saying the June leak was the turning point. why that leak exactly - what did it contain?",
    // Too short to be read apart from its ask.
    "Borel said so - why?",
    // No ask after the dash.
    "Borel said in June she'd recommend opening up the drafts - the Board decided later.",
  ])("reads no stated lead-in in %s", (question) => {
    expect(statedLeadIn(question)).toBeUndefined();
  });
});

describe("a when asked after a lead-in stated from another paragraph", () => {
  it("leads with the paragraph answering the ask, not the one restating the lead-in", async () => {
    const answer = await app.answerTo(
      "Borel said in June she'd recommend opening up the drafts - so when did the Board decide to publish them?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("11 July 2012");
    expect(answer.text.indexOf("11 July 2012")).toBeLessThan(answer.text.indexOf("20 June 2012"));
  });

  // With no lead-in, the question is answered from the paragraph it names, as before.
  answersStatingEach(app, [
    ["when did Borel tell the working group the proposals were misrepresented?", "20 June 2012"],
    ["when did the ZTU Board decide to publish the draft charter?", "11 July 2012"],
  ]);
});

describe("a lead-in stated from the paragraph that also answers", () => {
  // The window restating the lead-in holds the reasons too, and the answer stays with it, as
  // before the rule. (On the tuning half, in-2279's answer moved off such a paragraph until a
  // window elsewhere had to say more of the ask itself; this small corpus does not reproduce
  // that move, so this case guards the outcome, not that condition.)
  it("keeps the answer on that paragraph", async () => {
    const answer = await app.answerTo(
      "Borel kept saying the charter couldn't give the ZTU powers over the network - what was her reasoning?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text.startsWith("Throughout, Borel insisted")).toBe(true);
  });
});
