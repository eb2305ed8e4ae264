// An ask after a stated lead-in (leadin48, the forty-eighth session's batch in-5412..in-5417,
// out-1776..out-1781): "safety first came up at the summit during a berth-fee debate - what had
// the Harbour Alliance wanted in H-42?" Refused whole, the question is read again with the
// lead-in as context where the ask names its own topic before it points back (`leadInContext`,
// lead-in-context.ts, read by `readWhole`, engine-coverage.ts): the lead-in's words need only be
// met in the first passages, every name of the ask must be met in the window, and the answer is
// never `full`.
import { describe, expect, it } from "vitest";
import { leadInContext } from "../src/answer/lead-in-context.ts";
import type { KeyTerm } from "../src/answer/terms.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

const NOTES = {
  "notes/fees.md": note("Berth fees and the Harbour Alliance's H-42", [
    "**The alliance's filing.** The Harbour Alliance filed contribution H-42 on 5 March 2019. It proposed a surcharge on berth fees for late arrivals and priority lanes for the largest carriers. [1]",
    "**What became of it.** The surcharge was dropped from the final pact; only a non-binding note on priority lanes survived. [2]",
  ]),
  "notes/summit.md": note("Safety at the Lisbon harbour summit", [
    "**How safety came up.** Safety first came up at the summit on 4 May 2019, during a debate on berth fees, when Norway asked for inspections of crane cabins. [1]",
    "**The safety article.** The final pact asks states to endeavour to inspect cranes every year. [2]",
    "**The hosts.** Portugal hosted the summit and chaired its plenary sessions. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { coverageOf } = notesAppContext("wcit-leadin48-48-", NOTES);

/** Key terms as plain words, each a required name of some weight (what `leadInContext` reads). */
const plainTerms = (text: string): KeyTerm[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0)
    .map((term) => ({ term, alternatives: [], weight: 3 }));
const plainAnalyze = (text: string) => plainTerms(text).map((k) => k.term);

describe("the names an ask after a stated lead-in gives of its own", () => {
  it("reads the ask's names before it points back", () => {
    const read = leadInContext(
      "Safety first came up during a debate on fees - what had the Harbour Alliance wanted in H-42, and did any of that survive?",
      plainTerms,
      plainAnalyze,
    );
    expect(read?.opening.context).toBe("Safety first came up during a debate on fees");
    expect(read?.askNames).toEqual(expect.arrayContaining(["harbour", "alliance", "h-42"]));
  }, 60_000);

  it("reads none where the ask points back before it names anything", () => {
    expect(
      leadInContext(
        "The Alliance filed H-42 in March - which ministry drafted it for them?",
        plainTerms,
        plainAnalyze,
      ),
    ).toBeUndefined();
    expect(
      leadInContext(
        "The Alliance filed H-42 in March - what was its line on Norway?",
        plainTerms,
        plainAnalyze,
      ),
    ).toBeUndefined();
  });

  it("reads none where the ask names nothing", () => {
    expect(
      leadInContext(
        "The Alliance filed H-42 in March - which day was the vote?",
        plainTerms,
        plainAnalyze,
      ),
    ).toBeUndefined();
  });
});

describe("an ask after a stated lead-in, through the engine", () => {
  // (Without the reading after the lead-in, the first is refused: "safety", "summit" and
  // "debate" are required of the window on H-42, which is another note's. Run so, it fails.)
  it("answers the ask where the lead-in is told in another note", async () => {
    const asked =
      "safety first came up at the summit during a berth-fee debate - what had the harbour alliance wanted in h-42?";
    const coverage = await coverageOf(asked);
    expect(coverage).not.toBe("none");
    expect(coverage).not.toBe("full");
  }, 60_000);

  // (Without `askTermUnmet`, this near miss is answered from H-42's paragraph, which never names
  // Portugal: the lead-in read as context lowers what the window must hold, and one name may then
  // go missing. Run so, it fails.)
  it("keeps refusing an ask whose name its window does not meet", async () => {
    expect(
      await coverageOf(
        "safety first came up at the summit during a berth-fee debate - what did the Harbour Alliance's H-42 propose for Portugal?",
      ),
    ).toBe("none");
  }, 60_000);

  it("keeps refusing an ask pointing back at a lead-in the notes leave unanswered", async () => {
    expect(
      await coverageOf(
        "the harbour alliance filed h-42 on 5 march 2019 - which ministry drafted it?",
      ),
    ).toBe("none");
  }, 60_000);
});
