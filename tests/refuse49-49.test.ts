// A span counted in a unit of time between two ends the question names (refuse49, the
// forty-ninth session's batch in-5502..in-5507, out-1830..out-1835): "how many years went by
// between A and B", "A and B - how many years apart". Notes date events and may never write
// "years"; read as the thing counted, the unit was a term the corpus lacks (`absentTerms`) and
// refused a span whose two ends the notes date, its ends too. Where the question parts two ends,
// each asked for its date and dated alone, the unit is left out of the absent terms the ends'
// asks must write (`withoutSpanUnit`, coverage-otherwise.ts); the question judged whole keeps it.
// A count of years naming no two ends ("how many years had X been chair when Y") is refused.
import { describe, expect, it } from "vitest";
import { countsSpanOfTwoEnds } from "../src/answer/side-asks.ts";
import { briefingNote as note, UNRELATED_AGENDA_NOTE } from "./support/corpus-builder.ts";
import { notesAppContext } from "./support/notes-app.ts";

// (No note writes "year", "years" or "decade": the spans are told by dates only.)
const NOTES = {
  "notes/pilots.md": note("The pilot working group and the harbour pact's review", [
    "**Summits.** The first harbour summit was held in Oslo from 3 to 9 May 2004. Delegates agreed to meet again once the pilot rules had been tested. [1]",
    "**Working group.** In 2011 the port council adopted Resolution 40, creating a pilot working group open to member ports. Its mandate was to compare pilot training across regions. [2]",
    "**Federation.** Ines Moreau chairs the dockers' federation. At the Lisbon signing she said cargo handled had grown from about 2 million tonnes in 1975 to over 9 million. [3]",
  ]),
  "notes/signing.md": note("The Lisbon outcome: who signed the harbour pact", [
    "**Signature count.** On 9 May 2019, the last day, 61 states signed the pact in Lisbon. [1]",
    "**Provisional start.** For signatories, the pact was to apply provisionally from 1 March 2021. [2]",
  ]),
  "notes/other.md": UNRELATED_AGENDA_NOTE,
};

const { answerTo, coverageOf } = notesAppContext("wcit-refuse49-49-", NOTES);

describe("which counts of time name two ends", () => {
  it("reads a span between, from one end to another, or two ends set apart", () => {
    expect(
      countsSpanOfTwoEnds("how many years went by between the oslo summit and resolution 40"),
    ).toBe(true);
    expect(
      countsSpanOfTwoEnds("how many years passed from the lisbon signing to the provisional start"),
    ).toBe(true);
    expect(
      countsSpanOfTwoEnds("the oslo summit and the lisbon signing - how many years apart?"),
    ).toBe(true);
  });

  it("does not read a length with no two ends named", () => {
    expect(
      countsSpanOfTwoEnds("how many years had moreau chaired the federation when lisbon signed"),
    ).toBe(false);
    expect(countsSpanOfTwoEnds("how many states signed the pact in lisbon")).toBe(false);
  });
});

describe("a span counted in years, through the engine", () => {
  // (With `withoutSpanUnit` switched off, "year" is an absent term and both are refused; run so,
  // these two fail.)
  it("answers a span between two dated ends with their dates", async () => {
    const answer = await answerTo(
      "how many years went by between the oslo harbour summit and the council's resolution 40",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("2004");
    expect(answer.text).toContain("2011");
  }, 60_000);

  it("answers two ends set side by side and asked how many years apart", async () => {
    const answer = await answerTo(
      "the lisbon signing and the pact's provisional start - how many years apart were they?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("9 May 2019");
    expect(answer.text).toContain("1 March 2021");
  }, 60_000);

  it("keeps refusing a length whose start the notes never date", async () => {
    expect(
      await coverageOf(
        "how many years had ines moreau chaired the dockers' federation when the pact was signed",
      ),
    ).toBe("none");
  }, 60_000);

  // (The federation's paragraph gives a count and a year, 1975, of another thing: with the unit
  // left out of the whole question's absent terms, it answered this; run so, this fails.)
  it("keeps refusing a span between two ends when one is dated nowhere", async () => {
    expect(
      await coverageOf(
        "how many years went by between the dockers' federation's founding and the lisbon signing",
      ),
    ).toBe("none");
  }, 60_000);
});
