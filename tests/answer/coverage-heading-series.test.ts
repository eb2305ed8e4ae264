// Near misses under a heading naming two things ("Unity statement and Best Bits.", "Next venues:
// WTPF-13 and PP-14."), where the count, date or name given belongs to the other one (issue #12,
// trust): the heading does not by itself put a sentence's answer with the thing asked; the
// sentence, or the one it points back at, must name it. The twins asking each thing correctly stay
// answered.
import { describe, expect, it } from "vitest";
import {
  headingTopics,
  isSeriesHeading,
  missesAskedTopic,
} from "../../src/answer/window-referents.ts";
import { analyze } from "../../src/search/index.ts";
import { briefingNote, UNRELATED_AGENDA_NOTE } from "../support/corpus-builder.ts";
import { notesEngine, shippedEngine } from "../support/extractive-engine.ts";

const VENUES = briefingNote("After the fisheries talks", [
  "**Next venues: the Oslo forum and the Lima summit.** Observers turned to two meetings, one in Oslo in May 2020 and one in Lima in October 2021. In a column, Karlsen pointed out that the Oslo forum would make no binding rules. Port unions lobbied delegates there. [1]",
]);

const CAMPAIGNS = briefingNote("Civil society around the fisheries talks", [
  "**Pledge and Harbour Charter.** A short pledge was drafted by the Dockers Union, SeaWatch and Blue Coast, and after the Lisbon forum the coalition reported that more than 80 organisations from 20 countries had signed it. Separately, groups meeting at the Harbour Charter forum in Lisbon sent the commission a charter. It asked the delegations to publish their proposals. [1]",
]);

const ingested = notesEngine("wcit-heading-series-", {
  "notes/venues.md": VENUES,
  "notes/campaigns.md": CAMPAIGNS,
  "notes/agenda.md": UNRELATED_AGENDA_NOTE,
});

describe("a heading naming two things", () => {
  it("reads each thing it names, the class before a colon left out", () => {
    expect(headingTopics("Unity statement and Best Bits", analyze)).toEqual([
      ["uniti", "statement"],
      ["best", "bit"],
    ]);
    expect(headingTopics("Next venues: WTPF-13 and PP-14", analyze)).toEqual([
      ["wtpf", "13"],
      ["pp", "14"],
    ]);
    expect(headingTopics("The compromise", analyze)).toEqual([]);
  });

  it("takes a run-in heading naming several things for a label, not a claim", () => {
    const path = ["Unity statement and Best Bits"];
    expect(isSeriesHeading("Unity statement and Best Bits.", path, analyze)).toBe(true);
    expect(isSeriesHeading("A short unity statement was drafted.", path, analyze)).toBe(false);
    expect(isSeriesHeading("The compromise.", ["The compromise"], analyze)).toBe(false);
  });

  it("needs the sentence, or the one it points back at, to name the thing asked", () => {
    const path = ["Pledge and Harbour Charter"];
    const spans = [
      { text: "The pledge was signed by 80 groups." },
      { text: "Groups at the Harbour Charter forum sent a charter." },
      { text: "It was signed by 30 groups." },
    ];
    const sentences = spans.map((s) => analyze(s.text));
    const keyTerms = analyze("harbour charter").map((term) => ({
      term,
      alternatives: [],
      weight: 1,
    }));
    const misses = (at: number) => missesAskedTopic(path, spans, sentences, at, keyTerms, analyze);
    expect(misses(0)).toBe(true);
    expect(misses(1)).toBe(false);
    expect(misses(2)).toBe(false);
    // A question naming every thing of the heading, or none, is not asked of one of them.
    const both = analyze("pledge harbour charter").map((term) => ({
      term,
      alternatives: [],
      weight: 1,
    }));
    expect(missesAskedTopic(path, spans, sentences, 0, both, analyze)).toBe(false);
  });

  it("refuses a count of the other thing", async () => {
    expect(
      await ingested.coverageOf(
        "How many organisations took part in the Harbour Charter forum in Lisbon?",
      ),
    ).toBe("none");
  });

  it("refuses a name said of the other thing", async () => {
    expect(
      await ingested.coverageOf(
        "Who pointed out that the Lima summit would make no binding rules?",
      ),
    ).toBe("none");
  });

  it("answers the count of the thing it stands with (in-scope twin)", async () => {
    const answer = await ingested.engine.answer("How many organisations signed the pledge?");
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("more than 80 organisations");
  });

  it("answers the name said of the thing asked (in-scope twin)", async () => {
    const answer = await ingested.engine.answer(
      "Who pointed out that the Oslo forum would make no binding rules?",
    );
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain("Karlsen");
  });
});

const real = shippedEngine("wcit-heading-series-real-");

describe("under 'Unity statement and Best Bits.' (real corpus)", () => {
  it("refuses how many took part at Best Bits (the 120 signed the unity statement)", async () => {
    expect(
      await real.coverageOf("How many organisations took part in the Best Bits meeting in Baku?"),
    ).toBe("none");
  });

  it.each([
    ["When did the Best Bits groups meet in Baku?", "November 2012"],
    ["From how many countries did the unity statement's signatories come?", "55 countries"],
    ["Who pointed out that WTPF-13 was not a treaty conference?", "Dourado"],
  ])("answers %s (in-scope twin)", async (question, said) => {
    const answer = await real.engine.answer(question);
    expect(answer.coverage).not.toBe("none");
    expect(answer.text).toContain(said);
  });
});
