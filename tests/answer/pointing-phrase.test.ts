// A sentence opening with a phrase whose pronoun points back ("In its view, …", "On that reading,
// …") leans on the sentence before it (issue #12, compose20): read as standing alone, it was left
// behind when that sentence was taken from a further passage, and the answer lost its reason.
import { describe, expect, it } from "vitest";
import { type AnswerShape, composeExtractive, DESCRIBE } from "../../src/answer/extractive.ts";
import { leansOnPrevious } from "../../src/answer/sentences.ts";
import { keyTermsOf } from "../../src/answer/terms.ts";
import { analyze } from "../../src/search/analyze.ts";
import { labelledPassage as labelled, makeDocument } from "./fixtures.ts";

describe("an opening phrase pointing back", () => {
  it("leans on the sentence before", () => {
    expect(
      leansOnPrevious("In its view, spam was a telecom problem the treaty should address."),
    ).toBe(true);
    expect(leansOnPrevious("On that reading, the provision cannot justify censorship.")).toBe(true);
    expect(leansOnPrevious("In their view it encouraged states to keep acting alone.")).toBe(true);
  });

  it("not a phrase naming its own thing", () => {
    expect(leansOnPrevious("In 2007 the Secretary-General launched the agenda.")).toBe(false);
    expect(leansOnPrevious("On the evening of 13 December Kramer spoke.")).toBe(false);
    expect(leansOnPrevious("In Dubai, delegations split.")).toBe(false);
  });

  it("comes with the further passage's sentence it carries on", () => {
    const note = makeDocument({ id: "note-tolls", title: "The harbour toll article" });
    const adopted = labelled(
      note,
      3,
      "What was adopted",
      "No definition of a toll was added to Article 2 of the harbour code. Article 7B is headed “Harbour charges for small vessels”, avoiding the word “toll”. It says member ports should endeavour to keep the charge low.",
      1,
    );
    const origin = labelled(
      note,
      1,
      "Where the idea came from",
      "Norway asked the drafting group to add a definition of the toll to Article 2 of the harbour code. In its view, the toll was a shipping problem the code should address.",
      0.95,
    );
    const shape: AnswerShape = { ...DESCRIBE, expected: "yes-no" };
    const answer = composeExtractive(
      [adopted, origin],
      keyTermsOf("Was it Article 7 where Norway wanted the toll defined?"),
      analyze,
      shape,
    );
    const texts = answer?.sentences.map((s) => s.text) ?? [];
    const asked = texts.findIndex((t) => t.startsWith("Norway asked the drafting group"));
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(texts[asked + 1]).toBe(
      "In its view, the toll was a shipping problem the code should address.",
    );
  });
});
